"""Camps and listed settlements the index lacks: "the X camp", "kamp pengungsi X", and
every name of "the A and B villages" (warta.pipeline.place_new); a person's or an
armed group's camp is no place (warta.pipeline.places, place_names)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text", [
    ("en", "Shells landed in the Qardaba camp near El Fasher on Sunday, aid workers said."),
    ("id", "Peluru artileri jatuh di kamp Qardaba dekat El Fasher pada Minggu, kata pekerja bantuan."),
    ("id", "Peluru artileri jatuh di kamp pengungsi Qardaba dekat El Fasher pada Minggu."),
])
def test_a_camp_the_index_lacks_is_a_place_by_the_town_named_beside_it(gaz, code, text):
    got = places(text, code, gaz)
    assert got["Qardaba"].country == "SD" and not got["Qardaba"].found


@pytest.mark.parametrize("code,text,names", [
    ("en", "Families fled from the Qardaba and Tumbuli villages near Mogadishu.", ["Qardaba", "Tumbuli"]),
    ("en", "Shelling hit the Qardaba, Tumbuli and Hawdiya camps outside Mogadishu.",
     ["Qardaba", "Tumbuli", "Hawdiya"]),
    ("en", "Air strikes hit the Qardaba and Zeitoun neighbourhoods of Mogadishu.", ["Qardaba", "Zeitoun"]),
    ("id", "Serangan udara menghantam kawasan Qardaba dan Zeitoun di Mogadishu.", ["Qardaba", "Zeitoun"]),
])
def test_every_name_listed_before_a_plural_place_word_is_a_place(gaz, code, text, names):
    got = places(text, code, gaz)
    assert all(got[n].country == "SO" for n in names)  # Zeitoun: no Turkish hamlet's other name


@pytest.mark.parametrize("code,text,name,place", [
    ("en", "President Donald Trump spoke in Ohio. The Trump camp said the count was fair.", "Trump", "Ohio"),
    ("en", "Troops raided an al-Shabaab camp near Jilib on Tuesday.", "al-Shabaab", "Jilib"),
    ("id", "Pasukan menyerbu kamp al-Shabaab di dekat Jilib pada Selasa.", "al-Shabaab", "Jilib"),
])
def test_a_persons_or_an_armed_groups_camp_is_no_place(gaz, code, text, name, place):
    assert sorted(places(text, code, gaz)) == [place]


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Turkish jets struck positions in the Qandil mountains of northern Iraq overnight.",
     "Qandil", "IQ"),
    ("id", "Ribuan truk tertahan di perlintasan perbatasan Torkham, dekat Jalalabad, pada Minggu.",
     "Torkham", "AF"),
    ("en", "The border crossings at Torkham and Chaman remained open on Sunday, traders said.",
     "Torkham", "PK"),
])
def test_mountains_and_border_crossings_the_index_lacks_are_places(gaz, code, text, name, country):
    got = places(text, code, gaz)
    assert got[name].country == country and not got[name].found


@pytest.mark.parametrize("code,text", [
    ("en", "Gunfire shook the Abu Salim and Salah al-Din districts of Tripoli late on Tuesday."),
    ("id", "Tembakan mengguncang distrik Abu Salim dan Salah al-Din di Tripoli pada Selasa malam."),
])
def test_names_listed_before_a_plural_district_word_are_districts_of_the_town(gaz, code, text):
    got = places(text, code, gaz)
    # no Iraqi province for the second name: both are quarters of the Libyan capital
    assert {got["Abu Salim"].country, got["Salah al-Din"].country} == {"LY"}


@pytest.mark.parametrize("code,text", [
    ("en", "His forces also overran posts at Lone Khin and Seng Tawng, two villages south of the "
           "town of Hpakant."),
    ("id", "Pasukannya juga merebut pos di Lone Khin dan Seng Tawng, dua desa di selatan kota Hpakant."),
])
def test_a_count_of_villages_after_a_list_makes_each_name_a_village(gaz, code, text):
    got = places(text, code, gaz)
    assert {got["Lone Khin"].country, got["Seng Tawng"].country} == {"MM"}
