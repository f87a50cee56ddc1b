"""A window up to now told on an earlier day is counted from the day of the statement: the
time itself carries those dates, not only the figure it dates (time_statements)."""

from datetime import date

import pytest

from warta.pipeline.extract import extract


def windows(text, code):
    doc = extract(text, lang=code, published="2026-03-10")  # a Tuesday
    return [(t.text, t.start_date, t.end_date) for t in doc.times if t.kind == "window"]


@pytest.mark.parametrize("code, text, span", [
    ("en", "The navy said on Friday that it had sunk four boats in the past two weeks.",
     "the past two weeks"),
    ("en", "The regional governor on Friday said 16 homes had burned in the past two weeks.",
     "the past two weeks"),
    ("id", "Angkatan Laut pada Jumat (6/3) mengatakan telah menenggelamkan empat kapal dalam dua pekan "
     "terakhir.", "dua pekan terakhir"),
    ("id", "Empat kapal tenggelam dalam dua pekan terakhir, kata juru bicara Angkatan Laut pada Jumat.",
     "dua pekan terakhir"),
    ("en", "Four boats were sunk in the past two weeks, a navy spokesman said on Friday.",
     "the past two weeks"),
])
def test_a_window_told_on_friday_ends_on_friday(code, text, span):
    assert windows(text, code)[0] == (span, date(2026, 2, 20), date(2026, 3, 6))


@pytest.mark.parametrize("code, text", [
    ("en", "A convoy of 12 lorries crossed at the Wadi gate on Friday, the first in the past two weeks."),
    ("id", "Konvoi 12 truk melintasi gerbang Wadi pada Jumat, yang pertama dalam dua pekan terakhir."),
    ("en", "The navy said it had sunk four boats in the past two weeks."),
])
def test_a_window_after_a_day_that_is_no_statement_ends_at_publication(code, text):
    [(_, start, end)] = windows(text, code)
    assert (start, end) == (date(2026, 2, 24), date(2026, 3, 10))


@pytest.mark.parametrize("code, text", [
    ("en", "The navy said on Friday that it had sunk four boats in the past two weeks."),
    ("id", "Angkatan Laut pada Jumat mengatakan telah menenggelamkan empat kapal dalam dua pekan terakhir."),
    ("en", "Rebels lost 14 fighters in the past two weeks, the army said on Friday."),
    ("id", "Sebanyak 14 pemberontak tewas dalam dua pekan terakhir, kata militer pada Jumat."),
])
def test_the_figure_takes_the_window_of_the_statement(code, text):
    doc = extract(text, lang=code, published="2026-03-10")
    [fig] = [f for c in doc.claims for f in c.figures]
    assert (fig.period.start, fig.period.end) == (date(2026, 2, 20), date(2026, 3, 6))


@pytest.mark.parametrize("code, text, span", [
    ("en", "The governor said on Friday that 45 homes had burned since the start of February.",
     "the start of February"),
    ("id", "Gubernur pada Jumat mengatakan 45 rumah terbakar sejak awal Februari.", "awal Februari"),
])
def test_a_range_since_a_date_told_on_friday_ends_on_friday(code, text, span):
    doc = extract(text, lang=code, published="2026-03-10")
    [t] = [t for t in doc.times if t.kind == "since"]
    assert (t.text, t.start_date, t.end_date) == (span, date(2026, 2, 1), date(2026, 3, 6))
