"""Regions by names the index lacks: a compass point written in one word ("Northwest", "Barat
Daya") that the index writes in two ("North-West"), found only in a country the text names
(warta.pipeline.places._with_spelled_out); spellings news uses, listed in the language's places."""

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


@pytest.mark.parametrize("code,text,name,code_of", [
    ("en", "Beledweyne, the main town of Hiran, saw fighting on Monday.", "Hiran", "SO"),
    ("id", "Pertempuran pecah di Beledweyne, kota utama wilayah Hiraan, pada Senin.", "Hiraan", "SO"),
    ("id", "Drone menghantam Kosti di Negara Bagian Nil Putih pada Senin.", "Nil Putih", "SD"),
    ("id", "Serangan udara mengenai posisi militan di Provinsi Jubba Tengah.", "Provinsi Jubba Tengah", "SO"),
])
def test_regions_by_the_names_news_gives_them(gaz, code, text, name, code_of):
    # spellings the index lacks (Hiiraan, White Nile, Jubbada Dhexe): listed in the language's places
    place = by_text(text, code, gaz)[name]
    assert place.country == code_of and place.precision == "admin1"
