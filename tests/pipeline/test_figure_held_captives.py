"""Captives held where their captors are ("hostages are still being held in tunnels under Gaza",
"sandera masih ditahan di terowongan di bawah Gaza") are the people of the captors' enemy, not of the
place."""

import pytest

from warta.pipeline.extract import extract


def side(text, code, figure):
    at = text.index(figure)
    doc = extract(text, lang=code, published="2025-02-10")
    return next(f.side for c in doc.claims for f in c.figures if f.start == at)


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Israel and Hamas began a truce on Sunday. Roughly 30 hostages are still being held in tunnels "
           "under Gaza.", "Roughly 30 hostages"),
    ("en", "Israel and Hamas began a truce on Sunday. Around 30 hostages remain captive in Gaza, mediators "
           "believe.", "Around 30 hostages"),
    ("id", "Israel dan Hamas memulai gencatan senjata pada Minggu. Sekitar 30 sandera diyakini masih ditahan "
           "di terowongan di bawah Gaza.", "Sekitar 30 sandera"),
])
def test_captives_held_by_the_enemy_are_not_the_places_people(code, text, figure):
    assert side(text, code, figure) == "IL"
