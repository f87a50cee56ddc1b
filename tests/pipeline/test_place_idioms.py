"""A common noun whose first word is a place's name, opening a sentence in capitals, names
no place ("Juru bicara ...": a spokesperson, no Malaysian town Juru; "Baku tembak": a
firefight) (place_keep, ``idioms`` of the language's places.toml)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text,places", [
    ("id", "Juru bicara militer mengatakan tiga tentara tewas di Yala.", ["Yala"]),
    ("id", "Juru Bicara Kepolisian Papua membenarkan serangan itu.", ["Papua"]),
    ("id", "Baku tembak pecah di dekat Yala pada Senin.", ["Yala"]),
    ("en", "A military spokesman said three soldiers died in Yala.", ["Yala"]),
])
def test_a_common_noun_opening_a_sentence_names_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places
