"""Two dates that are one range are one time from the first to the second, with each date a
TIMEX3 of its own; "since" reaches publication from any day or window (times)."""

from datetime import date

import pytest

from warta.pipeline.extract import extract
from warta.timeml import to_timeml

PUB = "2026-07-14"


def times(text, code, published=PUB):
    return [(t.text, t.start_date, t.end_date) for t in extract(text, lang=code, published=published).times]


@pytest.mark.parametrize("code, text, span", [
    ("en", "From February to May 2026, the militia lost 40 fighters, the army said.", "February to May 2026"),
    ("id", "Sepanjang Februari hingga Mei 2026, milisi kehilangan 40 anggotanya, kata tentara.",
     "Februari hingga Mei 2026"),
])
def test_two_months_a_range_word_joins_are_one_range(code, text, span):
    assert times(text, code) == [(span, date(2026, 2, 1), date(2026, 5, 31))]


@pytest.mark.parametrize("code, text, span", [
    ("en", "Between June 2 and June 19, shelling killed 23 people.", "June 2 and June 19"),
    ("id", "Antara 2 dan 19 Juni, penembakan menewaskan 23 orang.", "2 dan 19 Juni"),
])
def test_two_days_after_between_are_one_range(code, text, span):
    assert times(text, code) == [(span, date(2026, 6, 2), date(2026, 6, 19))]


@pytest.mark.parametrize("code, text", [
    ("en", "Drones hit the depot on Sunday and Monday, officials said."),
    ("id", "Drone menghantam depot itu pada Minggu dan Senin, kata pejabat."),
])
def test_two_days_and_joins_with_no_opener_stay_two(code, text):
    assert [d for _, d, _ in times(text, code)] == [date(2026, 7, 12), date(2026, 7, 13)]


@pytest.mark.parametrize("code, text, span", [
    ("en", "From March to May last year, the rebels seized 14 trucks.", "March to May last year"),
    ("id", "Dari Maret sampai Mei tahun lalu, pemberontak merampas 14 truk.", "Maret sampai Mei tahun lalu"),
])
def test_a_bare_month_takes_the_year_of_a_second_told_by_a_relative_year(code, text, span):
    assert times(text, code) == [(span, date(2025, 3, 1), date(2025, 5, 31))]


@pytest.mark.parametrize("code, text", [
    ("en", "Since 12 March 2024 until 3 April 2026, the army lost 310 tanks, the ministry said."),
    ("id", "Sejak 12 Maret 2024 hingga 3 April 2026, tentara kehilangan 310 tank, kata kementerian."),
])
def test_since_and_a_range_word_end_the_span_and_the_figure_s_period_at_the_second_date(code, text):
    art = extract(text, lang=code, published=PUB)
    assert [(t.start_date, t.end_date) for t in art.times] == [(date(2024, 3, 12), date(2026, 4, 3))]
    period = art.claims[0].figures[0].period
    assert (period.start, period.end) == (date(2024, 3, 12), date(2026, 4, 3))


@pytest.mark.parametrize("code, text", [
    ("en", "Artillery fire has hit the border villages since the weekend, residents said."),
    ("id", "Tembakan artileri menghantam desa-desa perbatasan sejak akhir pekan, kata warga."),
])
def test_since_a_window_reaches_publication(code, text):
    assert [(s, e) for _, s, e in times(text, code)] == [(date(2026, 7, 11), date(2026, 7, 14))]


@pytest.mark.parametrize("code, text", [
    ("en", "From January to June 2026, the rebels killed 31 villagers in the district."),
    ("id", "Sepanjang Januari hingga Juni 2026, pemberontak menewaskan 31 warga desa di distrik itu."),
])
def test_a_range_of_months_is_a_tally_not_one_event(code, text):
    assert extract(text, lang=code, published=PUB).events == []


def test_a_range_is_two_timex3s_in_timeml():
    art = extract("Sepanjang Februari hingga Mei 2026, milisi kehilangan 40 anggotanya.", lang="id",
                  published=PUB)
    doc = to_timeml(art)
    assert '<TIMEX3 tid="t1" type="DATE" value="2026-02" functionInDocument="NONE">Februari</TIMEX3>' in doc
    assert '<TIMEX3 tid="t2" type="DATE" value="2026-05" functionInDocument="NONE">Mei 2026</TIMEX3>' in doc


def test_since_after_a_preposition_still_opens_a_range():
    # English only: "on since", a phrasal verb's particle before "since"
    assert times("Shelling has gone on since the weekend, residents said.", "en") == [
        ("the weekend", date(2026, 7, 11), date(2026, 7, 14))]


@pytest.mark.parametrize("code, text", [
    ("en", "The talks were postponed from June 3 to June 10, the mediators said."),
    ("id", "Perundingan ditunda dari 3 Juni hingga 10 Juni, kata para mediator."),
])
def test_a_date_moved_to_another_is_two_dates_not_a_range(code, text):
    assert [(s, e) for _, s, e in times(text, code)] == [(date(2026, 6, 3),) * 2, (date(2026, 6, 10),) * 2]
