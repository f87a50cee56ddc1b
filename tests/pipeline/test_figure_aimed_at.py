"""Weapons fired at a side are never that side's own: "the group fired two missiles at Israel, the
Israeli military said", "kelompok itu meluncurkan dua rudal ke arah Israel, kata militer Israel"
counts the missiles of Israel's enemy, though the Israeli military tells it."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The Houthis said they shot down two U.S. drones. The group also fired two ballistic missiles at "
           "Israel, the Israeli military said.", "two ballistic missiles"),
    ("id", "Houthi menyatakan menembak jatuh dua drone AS. Kelompok itu juga meluncurkan dua rudal balistik "
           "ke arah Israel, kata militer Israel.", "dua rudal balistik"),
])
def test_weapons_fired_at_a_side_are_its_enemys(code, text, figure):
    at = text.index(figure)
    doc = extract(text, lang=code, published="2025-04-19")
    assert [f.side for c in doc.claims for f in c.figures if f.start == at] == ["YE"]
