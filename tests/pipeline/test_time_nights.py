""""overnight on Monday" is one night, the one that ends on Monday (times._nights_of_days); a bare
night in a report is the night just past."""

from datetime import date

import pytest

from warta.pipeline.extract import extract


def times(text, code):
    doc = extract(text, lang=code, published="2026-03-10")
    return [(t.text, t.start_date, t.end_date) for t in doc.times]


@pytest.mark.parametrize("code, text, span", [
    ("en", "Russia launched 90 drones overnight on Monday, the air force said.", "overnight on Monday"),
    ("en", "Drones struck the port overnight Monday, the governor said.", "overnight Monday"),
    ("id", "Rusia meluncurkan 90 drone semalam pada Senin, kata angkatan udara.", "semalam pada Senin"),
])
def test_a_night_before_a_day_ends_on_that_day(code, text, span):
    assert times(text, code) == [(span, date(2026, 3, 8), date(2026, 3, 9))]


@pytest.mark.parametrize("code, text", [
    ("en", "Russia launched 90 drones overnight, the air force said."),
    ("id", "Rusia meluncurkan 90 drone semalam, kata angkatan udara."),
])
def test_a_night_alone_is_the_last_one(code, text):
    [(_, start, end)] = times(text, code)
    assert (start, end) == (date(2026, 3, 9), date(2026, 3, 10))


def test_the_night_with_no_day_named_in_a_report_is_the_night_just_past():
    # Indonesian only: a bare "malam hari" is how translated reports write "overnight"
    got = extract("Selama malam hari, pertahanan udara menembak jatuh 41 drone, kata kementerian.",
                  lang="id", published="2025-07-08").times
    assert [(t.text, str(t.start_date), str(t.end_date), t.value) for t in got] == [
        ("malam hari", "2025-07-07", "2025-07-08", "2025-07-07TNI")]
    got = extract("Jam malam akan berlaku pada malam hari.", lang="id", published="2025-07-08").times
    assert [(str(t.start_date), t.value) for t in got] == [("2025-07-08", "2025-07-08TNI")]
