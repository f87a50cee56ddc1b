"""A running total over a calendar period counts within that period ("bringing the total this
month to 210", "sehingga total ... sepanjang tahun ini menjadi 900"); the figure before it does not
take the total's date ("killed 75, bringing the total this month to 210": 75 has no month)."""

from datetime import date

import pytest

from warta.model import Period
from warta.pipeline.extract import extract

PUB = date(2025, 6, 14)


def periods(text, code):
    doc = extract(text, lang=code, published=PUB)
    return {f.text: (f.period, f.running_total) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, total, period", [
    ("en", "Medics said 31 people were killed in the shelling, bringing the number killed in the district "
     "this month to 188.", "188", Period(date(2025, 6, 1), PUB)),
    ("en", "Police said 9 people were abducted, bringing the total abducted this year to 412.", "412",
     Period(date(2025, 1, 1), PUB)),
    ("id", "Petugas medis mengatakan 31 orang tewas dalam penembakan itu, sehingga jumlah korban tewas di "
     "distrik itu sepanjang bulan ini menjadi 188 orang.", "188 orang", Period(date(2025, 6, 1), PUB)),
    ("id", "Polisi mengatakan 9 orang diculik, sehingga total korban penculikan tahun ini menjadi 412 orang.",
     "412 orang", Period(date(2025, 1, 1), PUB)),
])
def test_a_total_over_a_calendar_period_counts_within_it(code, text, total, period):
    found = periods(text, code)
    assert found[total] == (period, True)


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Medics said 31 people were killed in the shelling, bringing the number killed in the district "
     "this month to 188.", "31 people"),
    ("id", "Petugas medis mengatakan 31 orang tewas dalam penembakan itu, sehingga jumlah korban tewas di "
     "distrik itu sepanjang bulan ini menjadi 188 orang.", "31 orang"),
])
def test_the_figure_before_a_total_keeps_none_of_its_period(code, text, fig):
    assert periods(text, code)[fig][0] is None
