"""A weekday that opens its sentence takes the tense of the first cue after it, but not of a
future cue that opens a relative clause: that tells of a noun ("an election which will be held",
"pemilu yang direncanakan digelar"), so the weekday is still the latest one, not the next."""

from datetime import date

import pytest

from warta.pipeline.extract import extract

PUB = "2026-05-22"  # a Friday


def day(text, code):
    return [(t.text, t.start_date) for t in extract(text, lang=code, published=PUB).times][0]


@pytest.mark.parametrize("code, text, span", [
    ("en", "On Thursday, a call by the junta chief for rebels to join an election which will be held in "
           "December was rejected by two armed groups.", "Thursday"),
    ("id", "Pada hari Kamis, panglima junta menyerukan kelompok bersenjata meletakkan senjata dan ikut dalam "
           "pemilu yang direncanakan digelar tahun depan.", "hari Kamis"),
])
def test_a_relative_clause_s_future_leaves_the_opening_day_in_the_past(code, text, span):
    assert day(text, code) == (span, date(2026, 5, 21))


@pytest.mark.parametrize("code, text, span", [
    ("en", "On Thursday, the two sides will meet in Geneva to discuss a prisoner swap.", "Thursday"),
    ("id", "Pada hari Kamis, kedua pihak akan bertemu di Jenewa untuk membahas pertukaran tahanan.",
     "hari Kamis"),
])
def test_the_clause_s_own_future_still_makes_it_the_next_day(code, text, span):
    assert day(text, code) == (span, date(2026, 5, 28))
