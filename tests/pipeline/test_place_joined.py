"""Names with a conjunction or a hyphen inside (warta.pipeline.place_joined): two runs a
joiner word separates are one name when the index holds the span across it ("Trinidad and
Tobago", "Bosnia dan Herzegovina"); a hyphen between two capitalised words may stand for the
joiner ("Sistan-Baluchestan" is the index's "Sistan and Baluchestan")."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def _places(code: str, text: str, gaz) -> list:
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code,text,name,country,precision", [
    ("en", "Police in Trinidad and Tobago said three men were shot in a gang feud.",
     "Trinidad and Tobago", "TT", "country"),
    ("en", "A court in Bosnia and Herzegovina sentenced a wartime commander on Friday.",
     "Bosnia and Herzegovina", "BA", "country"),
    ("en", "Gunmen killed two guards in Sistan and Baluchestan province, state media said.",
     "Sistan and Baluchestan", "IR", "admin1"),
    ("en", "Gunmen killed two guards in Sistan-Baluchestan, state media said.",
     "Sistan-Baluchestan", "IR", "admin1"),
    ("id", "Pengadilan di Bosnia dan Herzegovina menjatuhkan vonis kepada seorang komandan.",
     "Bosnia dan Herzegovina", "BA", "country"),
    ("id", "Dua penjaga perbatasan tewas di Provinsi Sistan dan Baluchestan, kata media Iran.",
     "Provinsi Sistan dan Baluchestan", "IR", "admin1"),
    ("id", "Dua penjaga perbatasan tewas di Provinsi Sistan-Baluchestan, kata media Iran.",
     "Provinsi Sistan-Baluchestan", "IR", "admin1"),
])
def test_a_joined_name_is_one_place(gaz, code, text, name, country, precision):
    got = {p.text: p for p in _places(code, text, gaz)}
    assert name in got, sorted(got)
    assert got[name].country == country and got[name].precision == precision


@pytest.mark.parametrize("code,text", [
    ("id", "Bentrokan terjadi di Iran tenggara. Gubernur Sistan-Baluchestan, Reza Tahmasbi, "
           "mengatakan keadaan sudah aman."),
    ("id", "Pemberontak menyerang dua desa di Kivu Utara. Gubernur Kivu Utara, Jean Bahati, "
           "mengatakan pasukan sudah dikirim."),
])
def test_a_governors_province_read_another_way_is_no_name(gaz, code, text):
    """The office's place is known by any reading of it (a compass word moved, the joiner)."""
    got = _places(code, text, gaz)
    assert len(got) == 2 and got[-1].precision == "admin1", [(p.text, p.precision) for p in got]


@pytest.mark.parametrize("code,text,name", [
    ("en", "Police shot dead two gunmen in Russia's Kabardino-Balkaria region, officials said. The men "
           "had planned attacks in Nalchik. Kabardino-Balkaria has seen few attacks since 2010.",
     "Kabardino-Balkaria"),
    ("id", "Polisi Rusia menembak mati dua pria bersenjata di Nalchik. Kedua pria itu merencanakan serangan "
           "di Kabardino-Balkaria, kata polisi.", "Kabardino-Balkaria"),
])
def test_a_near_spelling_found_under_another_name_of_the_place(gaz, code, text, name):
    """A near match is judged by the name it was found under ("Kabardino-Balkariya"), not only the
    place's own longer name; a trigger word after the name marks it too, and the name again where
    nothing marks it is the same place."""
    got = [p for p in _places(code, text, gaz) if p.text == name]
    assert got and all(p.country == "RU" and p.precision == "admin1" for p in got)
    assert len(got) == text.count(name)


@pytest.mark.parametrize("code,text", [
    ("en", "Drones struck a market in Elfasher, the besieged city in Sudan, the army said."),
    ("id", "Drone menghantam pasar di Elfasher, kota yang dikepung di Sudan, kata militer."),
])
def test_an_article_written_onto_a_name_is_read_apart(gaz, code, text):
    """"Elfasher" is the index's "El Fasher" (a place's own name only)."""
    got = {p.text: p for p in _places(code, text, gaz)}
    assert got["Elfasher"].found and got["Elfasher"].precision == "settlement"
