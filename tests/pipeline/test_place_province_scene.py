"""A town the index lacks that the text puts in a province lies at the story's own town in that
province, not at the province's seat far away (warta.pipeline.place_regions): written sentences,
both languages."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def by_text(text: str, code: str, gaz):
    lang = load(code)
    return {p.text.split()[-1]: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,town,new", [
    ("en", "Troops were seen near Adigrat on Sunday, residents said. Two days later, gunmen attacked the "
           "town of Zalambessa in the Tigray region, killing four farmers. Shops in Adigrat stayed shut.",
     "Adigrat", "Zalambessa"),
    ("id", "Militer Myanmar mengebom Kalay pada Senin, kata warga. Pada Selasa, tentara membakar rumah di "
           "kota Khampat di Wilayah Sagaing. Ratusan warga Kalay mengungsi ke hutan.",
     "Kalay", "Khampat"),
])
def test_an_unknown_town_in_a_province_lies_at_the_story_town_there(gaz, code, text, town, new):
    found = by_text(text, code, gaz)
    where, place = found[town], found[new]
    assert where.found and not place.found
    assert km((place.lat, place.lon), (where.lat, where.lon)) < 5  # not the province's seat, ~180 km off


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen raided Gwoza on Friday. On Saturday they burned a market near Pulka in Borno state, "
           "and residents of Gwoza fled."),
    ("id", "Orang bersenjata menyerbu Gwoza pada Jumat. Pada Sabtu mereka membakar pasar di dekat Pulka di "
           "negara bagian Borno, dan warga Gwoza mengungsi."),
])
def test_a_bare_unknown_name_in_a_province_lies_at_its_town_too(gaz, code, text):
    found = by_text(text, code, gaz)
    assert km((found["Pulka"].lat, found["Pulka"].lon), (found["Gwoza"].lat, found["Gwoza"].lon)) < 5
