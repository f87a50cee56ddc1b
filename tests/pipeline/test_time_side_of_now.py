"""A qualifier that places a time before or after the report ("earlier this month", "later this
year") keeps only that side of the current period: the dates end (or start) at publication, the
TIMEX3 value stays the whole period's."""

from datetime import date

import pytest

from warta.pipeline.extract import extract

PUB = "2026-05-20"


def times(text, code="en"):
    found = extract(text, lang=code, published=PUB).times
    return [(t.text, t.value, t.start_date, t.end_date) for t in found]


@pytest.mark.parametrize("text, span, value, start, end", [
    ("Monitors said earlier this month that 300 shells had hit the valley.", "earlier this month",
     "2026-05", date(2026, 5, 1), date(2026, 5, 20)),
    ("The ministry said earlier this year that 40 soldiers had died in the north.", "earlier this year",
     "2026", date(2026, 1, 1), date(2026, 5, 20)),
    ("Earlier in the month, militia fighters burned two villages.", "Earlier in the month", "2026-05",
     date(2026, 5, 1), date(2026, 5, 20)),
    ("Talks on a prisoner swap are due to resume later this year.", "later this year", "2026",
     date(2026, 5, 20), date(2026, 12, 31)),
])
def test_the_period_is_cut_at_publication(text, span, value, start, end):
    assert times(text) == [(span, value, start, end)]


def test_a_period_that_does_not_hold_publication_stays_whole():
    assert times("Earlier in March, militia fighters burned two villages.") == [
        ("Earlier in March", "2026-03", date(2026, 3, 1), date(2026, 3, 31))]


def test_a_part_of_the_month_keeps_its_own_days():
    # "awal bulan ini" (how Indonesian wires render it) is the month's first ten days, as before
    assert times("Milisi membakar dua desa pada awal bulan ini.", "id") == [
        ("awal bulan ini", "2026-05", date(2026, 5, 1), date(2026, 5, 10))]
