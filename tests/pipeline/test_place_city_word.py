"""A city word holds its name to the city though the villages of the province around it back the
province (warta.geo.resolve._cohere); a name after "desa di" holds the villages, it is none of them
(warta.pipeline.place_new)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

TEXTS = {
    "id": ("Rusia Klaim Rebut Dua Desa di Zaporizhzhia\n\nPasukan Rusia mengklaim merebut desa Malynivka "
           "dan Poltavka di wilayah Zaporizhzhia, di dekat Huliaipole. Gubernur Zaporizhzhia Ivan Fedorov "
           "mengatakan drone menghantam kota Zaporizhzhia pada Minggu malam dan melukai tiga orang. Pasukan "
           "Rusia maju perlahan di Zaporizhzhia sejak musim panas."),
    "en": ("Russia Says It Took Two Villages in Zaporizhzhia\n\nRussian forces said they had taken the "
           "villages of Malynivka and Poltavka in the Zaporizhzhia region, near Huliaipole. Zaporizhzhia "
           "Governor Ivan Fedorov said drones hit the city of Zaporizhzhia on Sunday night, wounding three "
           "people. Russian troops have advanced slowly in Zaporizhzhia since the summer."),
}


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code", ["id", "en"])
def test_the_city_word_keeps_the_city(gaz, code):
    text = TEXTS[code]
    marker = "kota Zaporizhzhia" if code == "id" else "city of Zaporizhzhia"
    at = text.index(marker) + len(marker) - len("Zaporizhzhia")
    [city] = [p for p in places(text, code, gaz) if p.start == at]
    assert city.precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("id", "Rusia mengklaim merebut dua desa di Zaporizhzhia, Ukraina, pekan ini."),
    ("en", "Russia said it had taken two villages in Zaporizhzhia, Ukraine, this week."),
])
def test_the_name_the_villages_lie_in_is_none_of_them(gaz, code, text):
    [place] = [p for p in places(text, code, gaz) if p.text == "Zaporizhzhia"]
    assert place.found
