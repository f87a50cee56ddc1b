"""Names of armed groups are no places: a name before "militia" ("the Zaire militia", a
group noun like "cartel"), and the other mentions of a place the index lacks
where they stand in an armed group's name ("negara bagian Karen ... Tentara Pembebasan
Nasional Karen": warta.pipeline.places runs the group check over place_new's names too)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def texts(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [text[p.start:p.end] for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text", [
    ("id", "Myawaddy terletak di negara bagian Karen. Tentara Pembebasan Nasional Karen merebut pos itu."),
    ("en", "Fighting raged near Myawaddy in Karen state. The Karen National Liberation Army took a post."),
])
def test_a_new_places_name_inside_an_armed_groups_name_is_no_place(gaz, code, text):
    assert texts(text, code, gaz).count("Karen") == 1


def test_a_name_before_militia_is_the_groups(gaz):
    got = texts("Clashes pitted the army against the Zaire militia in Djugu territory of Ituri.", "en", gaz)
    assert "Zaire" not in got and "Djugu" in got
