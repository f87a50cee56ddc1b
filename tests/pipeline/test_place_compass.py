"""A region named by a compass point written in one word ("Northwest", "Barat Daya"):
the index writes it in two ("North-West"), found only in a country the text names
(warta.pipeline.places._with_spelled_out)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def by_text(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name,region", [
    ("en", "Gunmen ambushed a patrol in Cameroon's Northwest region on Friday.", "Northwest", "North-West"),
    ("en", "A teacher was abducted in the Southwest region of Cameroon.", "Southwest", "South-West"),
    ("id", "Orang bersenjata menyergap patroli di wilayah Barat Laut, Kamerun, pada Jumat.", "Barat Laut",
     "North-West"),
    ("id", "Seorang guru diculik di wilayah Barat Daya Kamerun.", "Barat Daya", "South-West"),
])
def test_a_compass_point_names_the_region_of_the_country_told(gaz, code, text, name, region):
    place = by_text(text, code, gaz)[name]
    assert place.country == "CM" and place.precision == "admin1" and place.name == region


def test_a_city_quadrant_is_no_region_abroad(gaz):
    # no country named: no South African or Botswanan province for a street quadrant
    found = by_text("Police closed two blocks of Northwest Seattle after a shooting on Monday.", "en", gaz)
    assert all(p.country in (None, "US") for p in found.values())
