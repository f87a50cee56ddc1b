"""Two weekdays joined by "and" are one week's days, the first before the second (times)."""

from datetime import date

import pytest

from warta.pipeline.extract import extract


def days(text, code, published="2026-06-01"):  # a Monday
    return [(t.text, t.start_date) for t in extract(text, lang=code, published=published).times]


@pytest.mark.parametrize("code, text, first, second", [
    ("en", "Shelling hit the port on Monday and Tuesday, the navy said.", "Monday", "Tuesday"),
    ("id", "Penembakan menghantam pelabuhan pada Senin dan Selasa, kata angkatan laut.", "Senin", "Selasa"),
])
def test_joined_weekdays_told_on_the_first_are_last_weeks(code, text, first, second):
    assert days(text, code) == [(first, date(2026, 5, 25)), (second, date(2026, 5, 26))]


@pytest.mark.parametrize("code, text", [
    ("en", "Shelling on Saturday and Sunday killed five people."),
    ("id", "Penembakan pada Sabtu dan Minggu menewaskan lima orang."),
])
def test_joined_weekdays_already_in_order_stay(code, text):
    assert [d for _, d in days(text, code)] == [date(2026, 5, 30), date(2026, 5, 31)]
