"""A site's head word before a name makes the site named after a place only
when the name ends with the place's: "Bandara Ben Gurion" is named after a
person, and its first word is no town (warta.pipeline.place_located)."""

from __future__ import annotations

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


def test_a_site_named_after_a_person_holds_no_place(gaz):
    assert found("Rudal itu jatuh di dekat Bandara Ben Gurion, Tel Aviv, pada Minggu.", "id", gaz) \
        == ["Tel Aviv"]
    assert found("Pesawat mendarat di Bandara Internasional Ben Gurion.", "id", gaz) == []


def test_a_site_named_after_a_place_holds_it(gaz):
    assert found("Israel menyerang Bandara Internasional Sanaa dan Pelabuhan Hodeidah.", "id", gaz) \
        == ["Israel", "Sanaa", "Hodeidah"]
    assert found("Flights resumed at Sanaa International Airport on Monday.", "en", gaz) == ["Sanaa"]
