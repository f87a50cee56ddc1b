"""A people's adjective before a unit's word is no unit the index lacks: "the Kurdish
region", "the Kurdish district" (the English ``adjective_endings``,
warta.pipeline.place_new); a name so placed that ends otherwise still is one ("the
Karrada district of Baghdad"). Indonesian has no such adjective: "wilayah Kurdi" is
left to the index."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("text,word", [
    ("Rockets hit a gas plant in the Kurdish region of Iraq on Sunday.", "Kurdish"),
    ("Gunmen raided a police post in the Kurdish district overnight, residents said.", "Kurdish"),
])
def test_a_peoples_adjective_before_a_unit_word_is_no_place(gaz, text, word):
    assert word not in places(text, "en", gaz)


def test_a_name_before_a_unit_word_is_still_a_place(gaz):
    got = places("Shelling hit the Karrada district of Baghdad on Monday.", "en", gaz)
    assert got["Karrada"].country == "IQ"
