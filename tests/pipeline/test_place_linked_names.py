"""A name with a linking particle between hyphens ("Sar-e-Pul", "Mazar-i-Sharif") is one name,
known to the index or not; its halves are no places of their own (warta.pipeline.place_joined):
written sentences, both languages."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def _places(code: str, text: str, gaz) -> list[tuple[str, str | None]]:
    lang = load(code)
    return [(p.text, p.country) for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen fired on a police post in Sar-e-Pul on Monday, and two more officers were hurt in "
           "Mazar-i-Sharif, the governor said."),
    ("id", "Orang bersenjata menembaki pos polisi di Sar-e-Pul pada Senin, dan dua polisi lain terluka di "
           "Mazar-i-Sharif, kata gubernur."),
])
def test_a_linked_name_the_index_holds_is_one_place(gaz, code, text):
    assert _places(code, text, gaz) == [("Sar-e-Pul", "AF"), ("Mazar-i-Sharif", "AF")]


@pytest.mark.parametrize("code,text", [
    ("en", "Mortar rounds fell on the hamlet of Sard-e-Kalan in Kurram district overnight, police said."),
    ("id", "Peluru mortir jatuh di dusun Sard-e-Kalan di distrik Kurram pada malam hari, kata polisi."),
])
def test_halves_of_a_linked_name_the_index_lacks_are_no_places(gaz, code, text):
    assert _places(code, text, gaz)[0] == ("Sard-e-Kalan", "PK")  # a new village, whole, in Kurram
    texts = [t for t, _ in _places(code, text, gaz)]
    assert "Sard" not in texts and "Kalan" not in texts
