"""A route named after a place ("koridor Morag", "the Lachin corridor") is a road, which
the news convention does not count as a place, whether the index knows the name or the
text alone makes it one (place_keep, places._after_no_place_word)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text,places", [
    ("id", "Dua warga terluka di koridor Morag dekat Rafah.", ["Rafah"]),
    ("id", "Azerbaijan menutup koridor Lachin pada Desember.", ["Azerbaijan"]),
    ("en", "Azerbaijan closed the Lachin corridor in December.", ["Azerbaijan"]),
    ("en", "Drivers waited near the Morag corridor, north of Rafah.", ["Rafah"]),
])
def test_a_corridor_named_after_a_place_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places
