"""A name's own province does not make the town of the same name likelier (warta.geo.resolve):
after a headline's bare name read as the province, "provinsi X" / "X province" is the province,
not the city the province's centre lies near."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


@pytest.mark.parametrize("code,text", [
    ("id", "Baku Tembak di Deir ez-Zor, 9 Tewas\n\nSembilan orang tewas dalam baku tembak di provinsi "
           "Deir ez-Zor, Suriah timur, pada Selasa."),
    ("id", "Serangan di Hama\n\nEmpat warga terluka dalam serangan di provinsi Hama, Suriah, pada Rabu."),
])
def test_the_province_word_keeps_the_province_after_a_headline(gaz, code, text):
    lang = load(code)
    places = find_places(text, lang, sentences(text, lang), gaz)
    body = [p for p in places if p.start > text.index("\n")]
    assert body[0].precision == "admin1"


def test_a_city_still_backs_the_province_around_it(gaz):
    text = "Di Kyiv, dua warga terluka. Serpihan drone juga membakar sebuah gudang di Oblast Kyiv."
    lang = load("id")
    places = {p.start: p for p in find_places(text, lang, sentences(text, lang), gaz)}
    assert places[text.index("Oblast Kyiv")].name == "Kyivska oblast"
