"""The names a count of settlements announces after "namely" / "yaitu" ("took two villages in the X
region, namely A and B") are settlements there: ones the index lacks are new places, and a known
name read only as another province's town by another name yields to a place the index lacks
(warta.pipeline.place_beside, warta.geo.doubt)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def names(text: str, code: str, gaz) -> dict:
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text", [
    ("en", "Officials in Kyiv admitted the loss of three villages in the Kharkiv region this month, namely "
           "Hlushkivka, Stroivka and Fyholivka."),
    ("id", "Sedikitnya tiga permukiman di wilayah Kharkiv lepas dari kendali Kyiv bulan ini, yakni "
           "Hlushkivka, Stroivka dan Fyholivka, menurut para blogger militer."),
])
def test_the_villages_a_count_announces_are_places(gaz, code, text):
    found = names(text, code, gaz)
    for name in ("Hlushkivka", "Stroivka", "Fyholivka"):
        assert name in found and not found[name].found and found[name].country == "UA"


@pytest.mark.parametrize("code,text", [
    ("en", "Officials in Kyiv admitted the loss of two villages in the Kharkiv region, namely Achtyrka and "
           "Fyholivka."),
    ("id", "Dua permukiman di wilayah Kharkiv lepas dari kendali Kyiv, yaitu Achtyrka dan Fyholivka."),
])
def test_a_counted_village_is_no_other_provinces_town_by_another_name(gaz, code, text):
    place = names(text, code, gaz)["Achtyrka"]
    assert not place.found and place.admin1 == "UA.07"  # not the Sumy town spelt that way
