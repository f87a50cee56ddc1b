"""Names after a bare locative (warta.pipeline.place_beside): the first half of a compound written
with a hyphen to a lower-case word ("the X-majority west") is no place; a pair of places after "di"
ends before a word that opens a time phrase ("di A dan B mulai Sabtu", "dalam tiga hari"), so its
second name the index lacks is a place too."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_bearings import by_text


@pytest.mark.parametrize("code,text", [
    ("en", "Two traders shot near Bouar in Gbaya-majority west\nBANGUI, Central African Republic "
           "(AP) - Two traders were shot near the town of Bouar in the Gbaya-majority west late on "
           "Friday, police said."),
])
def test_the_first_half_of_a_hyphened_modifier_is_no_place(gaz, code, text):
    got = by_text(text, code, gaz)
    assert "Bouar" in got and "Gbaya" not in got


@pytest.mark.parametrize("code,text", [
    ("id", "Dua pedagang ditembak di Bouar, Republik Afrika Tengah. Militer memberlakukan jam malam di Bouar "
           "dan Yelewa mulai Sabtu malam."),
    ("id", "Dua pedagang ditembak di Bouar, Republik Afrika Tengah. Pasar di Bouar dan Yelewa dalam tiga "
           "hari terakhir tutup."),
])
def test_a_pair_after_a_locative_ends_before_a_time_phrase(gaz, code, text):
    got = by_text(text, code, gaz)
    assert "Yelewa" in got and not got["Yelewa"].found and got["Yelewa"].country == "CF"
