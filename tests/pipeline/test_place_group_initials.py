"""An armed group's initials before a place's name make it the group's name,
written in capitals only: "IS Sahel", "IS Somalia" are groups, while "Is" opening
a question leaves the place after it; and a name a noun of bodies announces that opens
with a place and goes on past it is the body's ("the monitoring group Myanmar Witness")
(warta.pipeline.place_groups)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text,places", [
    ("en", "Fighters of IS Sahel attacked an army post near Menaka, Mali, on Sunday.", ["Menaka", "Mali"]),
    ("en", "IS Somalia claimed the bombing in Bosaso.", ["Bosaso"]),
    ("id", "Kelompok IS Sahel menyerang pos militer di dekat Menaka, Mali, pada Minggu.", ["Menaka", "Mali"]),
    ("id", "IS Somalia mengklaim pengeboman di Bosaso.", ["Bosaso"]),
])
def test_a_place_after_a_groups_initials_is_the_groups_name(gaz, code, text, places):
    assert found(text, code, gaz) == places


def test_a_capitalised_word_of_the_initials_opening_a_question_is_no_group(gaz):
    assert found("Is Kyiv ready for another winter of blackouts?", "en", gaz) == ["Kyiv"]


@pytest.mark.parametrize("code,text,places", [
    ("en", "The monitoring group Myanmar Witness recorded 50 air strikes in Sagaing.", ["Sagaing"]),
    ("id", "Kelompok pemantau Myanmar Witness mencatat 50 serangan udara di Sagaing.", ["Sagaing"]),
    ("en", "An armed group in Myanmar said it took Lashio.", ["Myanmar", "Lashio"]),
    ("id", "Lembaga Papua Barat itu mengecam serangan.", ["Papua Barat"]),
])
def test_a_body_a_noun_of_bodies_announces_holds_no_place(gaz, code, text, places):
    # the name opens with a place and goes on past it: a body's, not the country
    assert found(text, code, gaz) == places


@pytest.mark.parametrize("code,text,places", [
    ("id", "Pemberontak M23 bersama Aliansi Sungai Kongo (AFC) menguasai Bukavu.", ["Bukavu"]),
    ("en", "M23 and its political wing, the Congo River Alliance (AFC), seized Bukavu.", ["Bukavu"]),
])
def test_an_alliance_named_after_a_place_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places
