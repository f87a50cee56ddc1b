"""Time expressions across the breadth TimeML covers, own sentences in both languages:
days named with their part, yearless dates just ahead, days of the month."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times

ID = load("id")
EN = load("en")


def _x(text: str, lang, pub: date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, lang, pub, sentences(text, lang))]


@pytest.mark.parametrize("text, lang, expected", [
    # a day named with its part of the day is the day "the next day" counts from
    ("Dua warga tewas dalam bentrokan Senin (7/4) sore. Situasi kembali tenang keesokan harinya.", ID,
     [("Senin (7/4) sore", "2025-04-07TAF"), ("keesokan harinya", "2025-04-08")]),
    ("Two villagers died in a clash on Monday evening. Calm returned the next day.", EN,
     [("Monday evening", "2025-04-07TEV"), ("the next day", "2025-04-08")]),
])
def test_a_day_with_its_part_anchors_day_anaphors(text, lang, expected):
    assert _x(text, lang, date(2025, 4, 9)) == expected


@pytest.mark.parametrize("text, lang, pub, expected", [
    # a yearless day a few days ahead is the coming one, not last year's
    ("Turnamen di Denmark digelar 14 Oktober.", ID, date(2025, 10, 6), [("14 Oktober", "2025-10-14")]),
    ("Kebakaran berlangsung hingga Oktober.", ID, date(2025, 9, 15), [("Oktober", "2025-10")]),
    ("The tournament in Denmark is on October 14.", EN, date(2025, 10, 6), [("October 14", "2025-10-14")]),
    # a holiday just after the turn of the year
    ("Kereta tambahan disiapkan untuk libur Tahun Baru.", ID, date(2025, 12, 15),
     [("Tahun Baru", "2026-01-01")]),
    ("Extra trains run on New Year's Day.", EN, date(2025, 12, 15), [("New Year's Day", "2026-01-01")]),
    # ... but far ahead in Indonesian it is still the latest past one (no tense to tell)
    ("Serangan itu terjadi pada 7 Oktober.", ID, date(2025, 7, 23), [("7 Oktober", "2024-10-07")]),
])
def test_yearless_dates_just_ahead_are_the_coming_ones(text, lang, pub, expected):
    assert _x(text, lang, pub) == expected


@pytest.mark.parametrize("text, expected", [
    # a day of the month after a date word is a date, never a length ("tanggal 5 bulan" is no P5M)
    ("RUPS digelar tanggal 5 bulan ini.", [("tanggal 5 bulan ini", "2025-05-05")]),
    ("Sidang digelar pada tanggal 12 bulan lalu.", [("tanggal 12 bulan lalu", "2025-04-12")]),
    ("Rapat digelar tanggal 5.", [("tanggal 5", "2025-05-05")]),
    ("Rapat akan digelar tanggal 3.", [("tanggal 3", "2025-06-03")]),
    ("Ia ditahan selama 5 bulan.", [("5 bulan", "P5M")]),
])
def test_a_day_of_the_month_after_a_date_word(text, expected):
    assert _x(text, ID, date(2025, 5, 7)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a bare month joined to a month with its year takes that year
    ("Sepanjang Januari hingga akhir Desember 2023, polisi menyita 40 senjata.", ID,
     [("Januari", "2023-01"), ("akhir Desember 2023", "2023-12")]),
    ("Dari November hingga Februari 2022 hujan turun.", ID,
     [("November", "2021-11"), ("Februari 2022", "2022-02")]),
    ("From January to December 2023, police seized 40 rifles.", EN,
     [("January", "2023-01"), ("December 2023", "2023-12")]),
    ("Between March and May 2022 prices rose.", EN, [("March", "2022-03"), ("May 2022", "2022-05")]),
])
def test_a_bare_month_joined_to_a_dated_month_takes_its_year(text, lang, expected):
    assert _x(text, lang, date(2023, 12, 22)) == expected
