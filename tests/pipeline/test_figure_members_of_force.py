"""Members counted as members of a force or armed group ("members of the ... Brigade") are
fighters; members of anything else ("of a family") stay people."""

import pytest

from warta.pipeline.extract import extract


def units(text, code):
    doc = extract(text, lang=code, published="2025-03-03")
    return {f.text: f.unit for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, unit", [
    ("en", "Kurdish forces said they had killed 17 members of the Turkish-backed Sultan Murad Brigade near "
     "Tal Tamr.", "17 members", "personnel"),
])
def test_members_of_a_force_are_fighters(code, text, figure, unit):
    assert units(text, code)[figure] == unit
