"""Toponyms inside the names of oil and gas fields, dams, bridges and fuel depots the index
lacks are places (the news convention: a toponym inside a facility's name refers to the
place): "the X gas field", "the X Dam", "ladang minyak X", "Bendungan X", "depot bahan
bakar X" (warta.pipeline.place_new), located by the places named around them."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Fire broke out at the Banari field in Hasakah province after a drone strike.", "Banari", "SY"),
    ("en", "Rockets struck the Dolmer gas field near Sulaymaniyah overnight, halting it.", "Dolmer", "IQ"),
    ("en", "Fighters clashed near the Baqira Dam east of Aleppo on Sunday.", "Baqira Dam", "SY"),
    ("en", "Drones hit the Kadrun fuel depot in Tehran before dawn.", "Kadrun", "IR"),
    ("id", "Sebuah drone menghantam tangki di ladang minyak Banari di provinsi Hasakah pada Senin.",
     "Banari", "SY"),
    ("id", "Pejuang bentrok di dekat Bendungan Baqira di timur Aleppo.", "Bendungan Baqira", "SY"),
    ("id", "Serangan drone membakar depot bahan bakar Kadrun di Teheran.", "Kadrun", "IR"),
])
def test_a_site_the_index_lacks_is_a_place_by_the_places_beside_it(gaz, code, text, name, country):
    got = places(text, code, gaz)
    assert got[name].country == country and not got[name].found


@pytest.mark.parametrize("code,text", [
    ("en", "Oil fields and a gas field in the north were hit, the ministry said."),
    ("id", "Ladang minyak dan jembatan di utara rusak, kata kementerian."),
    ("en", "Initial field testing by police showed the powder was harmless."),
    ("en", "The parcel went to the FBI field office for tests."),
])
def test_a_site_word_with_no_name_before_it_makes_no_place(gaz, code, text):
    assert places(text, code, gaz) == {}
