"""A window up to now ("in the past 24 hours", "dalam 24 jam terakhir") in a statement dated an
earlier day ("said on Tuesday", "pada Selasa (15/10) mengatakan") runs up to that day, as the
annotation rule has it; told the day of publication, or with no day, it runs up to publication."""

from datetime import date

import pytest

from warta.pipeline.extract import extract


def periods(text, code):
    doc = extract(text, lang=code, published="2024-10-16")
    return [(f.period.start, f.period.end) if f.period else None for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("id", "Kementerian Kesehatan Lebanon pada Selasa (15/10) mengatakan serangan Israel dalam 24 jam "
     "terakhir telah menewaskan 41 orang."),
    ("en", "Lebanon's health ministry said on Tuesday that Israeli strikes had killed 41 people in the past "
     "24 hours."),
])
def test_a_window_ends_on_the_day_it_was_told(code, text):
    assert periods(text, code) == [(date(2024, 10, 14), date(2024, 10, 15))]


@pytest.mark.parametrize("code, text", [
    ("id", "Kementerian Kesehatan Lebanon mengatakan serangan Israel dalam 24 jam terakhir telah menewaskan "
     "41 orang."),
    ("en", "The air force said on Wednesday it had downed 30 drones in the past 24 hours."),
])
def test_a_window_told_today_ends_today(code, text):
    assert periods(text, code) == [(date(2024, 10, 15), date(2024, 10, 16))]
