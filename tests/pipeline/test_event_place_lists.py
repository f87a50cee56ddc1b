"""Places listed around an event's place (warta.pipeline.event_place_lists): an address is
one place, not a list of two."""

from __future__ import annotations

from datetime import date

import warta


def _events(text: str, code: str) -> list[warta.model.Event]:
    return warta.extract(text, lang=code, published=date(2026, 3, 10)).events


def test_a_town_then_a_unit_word_and_its_province_is_one_address():
    # Indonesian puts the unit word before the province's name; English after it, which the address
    # rule of a comma and a coarser place already reads
    got = _events("Dua tentara tewas dalam bentrokan dengan militan di kota Lamitan, provinsi Basilan, pada "
                  "Senin.", "id")
    assert [e.place.text for e in got if e.place] == ["Lamitan"]
    got = _events("Two soldiers died in a clash with militants in the town of Lamitan, Basilan province, on "
                  "Monday.", "en")
    assert [e.place.text for e in got if e.place] == ["Lamitan"]


def test_a_capitalised_unit_word_after_a_listed_place_reads_as_a_lower_case_one():
    # the list's words are lower-cased: the unit word was looked for as written and not found
    # ("Provinsi"), which raised ValueError
    got = _events("Dua tentara tewas di Rueso, Narathiwat Provinsi dan di pasar kota Yala pada Senin.", "id")
    assert [e.place.text for e in got if e.place] == ["Rueso", "Yala"]
    got = _events("Two soldiers died in Rueso, Narathiwat Province and at a market in Yala on Monday.", "en")
    assert [e.place.text for e in got if e.place] == ["Rueso", "Yala"]
