"""People a site shelters who fled are displaced people, whatever verb the site has ("a camp which
shelters about 5,000 people who fled", "sekolah yang melindungi 700 orang yang mengungsi"): the
relative clause right after them says who they are."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Militiamen raided the Nizi camp, which shelters about 5,000 people who fled, an official said.",
     "about 5,000 people"),
    ("id", "Peluru artileri jatuh di dekat sekolah yang melindungi 700 orang yang mengungsi dari "
           "pertempuran.", "700 orang"),
])
def test_sheltered_people_who_fled_are_displaced(code, text, figure):
    doc = extract(text, lang=code, published="2025-06-01")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] == [(figure, "displaced")]
