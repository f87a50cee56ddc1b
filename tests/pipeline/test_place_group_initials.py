"""An armed group's initials before a place's name make it the group's name,
written in capitals only: "IS Sahel", "IS Somalia" are groups, while "Is" opening
a question leaves the place after it (warta.pipeline.place_groups)."""

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
