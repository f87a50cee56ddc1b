"""A place's name right after a given name, or before a middle initial, is
part of a person's name ("Andrew Jordan", "Virginia L. Lane"), even when the
name is a country's or a big city's; a place word before it still makes it a place."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def texts(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text,person,place", [
    ("en", "Reporters Andrew Jordan and Bill Holland covered the race in Ohio.", "Jordan", "Ohio"),
    ("en", "Historians say George Washington surveyed the valley near Winchester, Virginia.",
     "Washington", "Winchester"),
    ("id", "Wartawan Budi Jordan meliput lomba lari di Ohio pekan lalu.", "Jordan", "Ohio"),
])
def test_a_name_after_a_given_name_is_a_surname(gaz, code, text, person, place):
    got = texts(text, code, gaz)
    assert person not in got and place in got


@pytest.mark.parametrize("code,text", [
    ("en", "Driver Virginia L. Lane, 77, was hurt when the truck overturned near Dayton, Ohio."),
    ("id", "Pengemudi Virginia L. Lane, 77 tahun, terluka ketika truk terguling di dekat Dayton, Ohio."),
])
def test_a_name_before_a_middle_initial_is_a_given_name(gaz, code, text):
    got = texts(text, code, gaz)
    assert "Virginia" not in got and "Dayton" in got


@pytest.mark.parametrize("code,text", [
    ("en", "The convoy left Jordan on Monday and reached Iraq."),
    ("id", "Konvoi meninggalkan Yordania pada Senin dan tiba di Irak."),
])
def test_a_country_alone_stays_a_place(gaz, code, text):
    assert len(texts(text, code, gaz)) == 2


@pytest.mark.parametrize("code,text,person,place", [
    ("en", "Mayor Jay Williams opened the county fair in Dayton on Saturday.", "Jay", "Dayton"),
    ("en", "Judge Manning adjourned the hearing in Dayton until Monday.", "Manning", "Dayton"),
])
def test_a_name_after_a_title_in_english_is_the_holders(gaz, code, text, person, place):
    # English puts the office's place before the title ("Kharkiv Governor")
    got = texts(text, code, gaz)
    assert person not in got and place in got


def test_in_indonesian_the_place_after_a_title_is_the_offices(gaz):
    got = texts("Gubernur Kharkiv Oleh Syniehubov mengatakan dua warga terluka.", "id", gaz)
    assert got == ["Kharkiv"]


@pytest.mark.parametrize("code,text", [
    ("en", "We have little to go on, Clark said of the robbery in Dayton."),
    ("id", "Kami hanya punya sedikit petunjuk, kata Clark tentang perampokan di Dayton."),
])
def test_a_county_does_not_speak(gaz, code, text):
    # a big city's name may stand for its government ("Moscow said"), a county's not
    got = texts(text, code, gaz)
    assert "Clark" not in got and "Dayton" in got


@pytest.mark.parametrize("code,text", [
    ("en", "The case was found in Prince Edward Island, Canada, last week."),
    ("id", "Kasus ditemukan di Prince Edward Island, Kanada, pekan lalu."),
])
def test_a_place_name_that_a_title_opens_is_a_place(gaz, code, text):
    assert "Prince Edward Island" in texts(text, code, gaz)


@pytest.mark.parametrize("code,text", [
    ("en", "Visiting Mosul last week, the minister met the governor. Iraqi forces guard the city of Mosul."),
    ("en", "Declaring Mosul district a closed area was the cabinet's decision. Flights to Mosul stopped."),
    ("id", "Mengunjungi Mosul pekan lalu, menteri itu bertemu gubernur. Pasukan Irak menjaga kota Mosul."),
    ("id", "Merebut Mosul adalah tujuan pasukan itu. Warga Mosul menunggu di rumah."),
])
def test_a_verb_opening_a_sentence_is_no_given_name(gaz, code, text):
    # a participle or a me-/ber- verb before a place opens a clause, not a person's name:
    # the place is found there and at its other mentions, all in Iraq
    lang = load(code)
    got = [p for p in find_places(text, lang, sentences(text, lang), gaz) if p.text == "Mosul"]
    assert len(got) == 2 and {p.country for p in got} == {"IQ"} and all(p.found for p in got)


@pytest.mark.parametrize("code,text", [
    ("en", "Rodney Mosul won the chess final. Mosul said he was tired."),
    ("id", "Rodney Mosul memenangi final catur. Mosul mengatakan dia lelah."),
])
def test_a_name_opening_a_sentence_still_makes_a_surname(gaz, code, text):
    assert "Mosul" not in texts(text, code, gaz)


@pytest.mark.parametrize("code,text", [
    ("en", 'Hundreds have died in Sinaloa since allies of Ismael "El Mayo" Zambada turned on his rivals.'),
    ("id", 'Ratusan orang tewas di Sinaloa sejak sekutu Ismael "El Mayo" Zambada berbalik melawan '
           'pesaingnya.'),
])
def test_a_nickname_in_quotes_between_names_is_no_place(gaz, code, text):
    lang = load(code)
    got = [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]
    assert got == ["Sinaloa"]  # no Irish county Mayo


@pytest.mark.parametrize("code,text", [
    ("id", "PALU (Antara) - Polisi menembak dua tersangka di Poso. Jenazah keduanya dibawa ke RS "
           "Bhayangkara Palu untuk diidentifikasi."),
    ("en", "PALU, Indonesia (Reuters) - Police shot two suspects in Poso. Their bodies were taken to the "
           "Bhayangkara Palu Hospital for identification."),
])
def test_a_town_ending_a_hospitals_name_is_no_surname(gaz, code, text):
    lang = load(code)
    got = [p for p in find_places(text, lang, sentences(text, lang), gaz) if p.text.lower() == "palu"]
    # "Bhayangkara Palu" is no person whose surname strikes Palu, the dateline's city, from the story
    assert got and all(p.found and p.country == "ID" for p in got)


@pytest.mark.parametrize("code,text,kept", [
    ("id", "Pratu AS gugur dalam kontak tembak di Intan Jaya. Presiden AS mengecam serangan itu.",
     ["Intan Jaya", "AS"]),
    ("en", "Sgt. AB died in the firefight in Intan Jaya. The U.S. president condemned the attack.",
     ["Intan Jaya", "U.S."]),
])
def test_initials_after_a_rank_are_a_persons_not_a_country(gaz, code, text, kept):
    lang = load(code)
    # "AS" is also the United States in Indonesian: after a rank, a soldier's initials
    assert [p.text for p in find_places(text, lang, sentences(text, lang), gaz)] == kept
