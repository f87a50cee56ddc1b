"""The period a figure covers, and running totals (warta/pipeline/figure_periods.py)."""

from datetime import date

import pytest

from warta.model import Period
from warta.pipeline.extract import extract

PUB = date(2025, 3, 12)


def figures(text, code):
    doc = extract(text, lang=code, published=PUB)
    return {f.text: f for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, daily, total", [
    ("en", "The army said the enemy lost 900 troops in the past day, bringing its losses since the start "
           "of the war to 50,000.", "900 troops", "50,000"),
    ("id", "Militer menyebutkan musuh kehilangan 900 tentara dalam sehari terakhir, sehingga total "
           "kerugiannya sejak awal perang mencapai 50.000 personel.", "900 tentara", "50.000 personel"),
])
def test_a_running_total_beside_a_daily_figure_keeps_its_own_period(code, text, daily, total):
    figs = figures(text, code)
    assert figs[daily].period == Period(date(2025, 3, 11), PUB) and not figs[daily].running_total
    assert figs[total].running_total and figs[total].period is None  # the start is not named


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The ministry said 400 soldiers have been killed so far.", "400 soldiers"),
    ("id", "Kementerian menyebutkan 400 tentara tewas sejauh ini.", "400 tentara"),
])
def test_so_far_marks_a_running_total(code, text, fig):
    assert figures(text, code)[fig].running_total


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The ministry said 75 people were killed since January 5.", "75 people"),
    ("id", "Kementerian menyebutkan 75 orang tewas sejak 5 Januari.", "75 orang"),
])
def test_a_since_date_opens_a_running_total_up_to_publication(code, text, fig):
    found = figures(text, code)[fig]
    assert found.running_total and found.period == Period(date(2025, 1, 5), PUB)


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Bandits have killed 300 people this year, the police said.", "300 people"),
    ("id", "Sepanjang tahun ini, penyerang telah menewaskan 300 orang, kata polisi.", "300 orang"),
])
def test_a_period_ends_at_publication(code, text, fig):
    assert figures(text, code)[fig].period == Period(date(2025, 1, 1), PUB)


@pytest.mark.parametrize("code, text, killed, fled", [
    ("en", "The war, which erupted in April 2023, has killed 20,000 people and displaced 9 million, "
           "the agency said.", "20,000 people", "9 million"),
    ("id", "Perang yang pecah pada April 2023 itu telah menewaskan 20.000 orang dan membuat 9 juta "
           "orang mengungsi, kata badan itu.", "20.000 orang", "9 juta orang"),
])
def test_a_wars_onset_date_then_a_perfect_verb_opens_a_running_total(code, text, killed, fled):
    found = figures(text, code)
    for fig in (killed, fled):  # from the war's start to publication, not April 2023 alone
        assert found[fig].running_total and found[fig].period == Period(date(2023, 4, 1), PUB), fig
    doc = extract(text, lang=code, published=PUB)
    assert not doc.events  # a war's toll so far is no event of April 2023


@pytest.mark.parametrize("code, text, fig", [
    # the date of a past event, told in the past: the figure is that day's, no running total
    ("en", "The offensive began on March 3 and killed 40 soldiers, the army said.", "40 soldiers"),
    ("id", "Serangan yang dimulai pada 3 Maret itu menewaskan 40 tentara, kata militer.", "40 tentara"),
])
def test_an_onset_date_without_a_perfect_verb_stays_the_events_date(code, text, fig):
    found = figures(text, code)[fig]
    assert not found.running_total and found.period == Period(date(2025, 3, 3), date(2025, 3, 3))


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Russia has lost 900,000 troops since the start of the invasion on Feb. 24, 2022, the army said.",
     "900,000 troops"),
    ("id", "Rusia telah kehilangan 900.000 tentara sejak awal invasi pada 24 Februari 2022, kata militer.",
     "900.000 tentara"),
])
def test_a_running_totals_start_date_may_hold_a_comma(code, text, fig):
    found = figures(text, code)[fig]  # "Feb. 24, 2022": the comma inside the date ends no clause
    assert found.running_total and found.period == Period(date(2022, 2, 24), PUB)


@pytest.mark.parametrize("code, text, daily, total", [
    ("en", "Mortar fire hit the camp on Monday, killing 9 people, the health office said, raising the death "
           "toll to 610, since the fighting broke out on 4 November.", "9 people", "610"),
    ("en", "Nine people were killed on Monday, which brings the number of people killed in the province to "
           "610, since the fighting broke out on 4 November, officials said.", "Nine people", "610"),
    ("id", "Tembakan mortir menghantam kamp itu pada Senin dan menewaskan 9 orang, kata dinas kesehatan, "
           "sehingga jumlah korban tewas menjadi 610 orang, sejak pertempuran pecah pada 4 November.",
     "9 orang", "610 orang"),
    ("id", "Sembilan orang tewas pada Senin, menjadikan total korban tewas di provinsi itu 610 orang, "
           "sejak pertempuran pecah pada 4 November, kata pejabat.", "Sembilan orang", "610 orang"),
])
def test_a_running_totals_since_date_past_its_comma_is_its_start(code, text, daily, total):
    figs = figures(text, code)
    # the total runs from the "since" date though a comma parts them ...
    assert figs[total].running_total and figs[total].period == Period(date(2024, 11, 4), PUB)
    # ... and the day's toll before the total keeps its own day, not the total's start
    monday = date(2025, 3, 10)
    assert figs[daily].period == Period(monday, monday) and not figs[daily].running_total


@pytest.mark.parametrize("code, text, first, second", [
    ("en", "Rebels stormed an army post in Lac province before dawn on Saturday, killing 17 soldiers and "
           "wounding 22, the army said on Monday.", "17 soldiers", "22"),
    ("id", "Pemberontak menyerbu pos tentara di provinsi Lac sebelum fajar pada Sabtu, menewaskan 17 tentara "
           "dan melukai 22 lainnya, kata militer pada Senin.", "17 tentara", "22 lainnya"),
])
def test_a_date_a_closing_attribution_tells_is_the_reports_not_the_figures(code, text, first, second):
    figs = figures(text, code)
    saturday = Period(date(2025, 3, 8), date(2025, 3, 8))
    assert figs[first].period == saturday and figs[second].period == saturday


@pytest.mark.parametrize("code, text, fig", [
    ("en", "It was the deadliest raid since October 2024, when about 40 soldiers were killed near Bol.",
     "about 40 soldiers"),
    ("id", "Itu serangan paling mematikan sejak Oktober 2024, ketika sekitar 40 tentara tewas di dekat Bol.",
     "sekitar 40 tentara"),
])
def test_a_when_clause_after_a_since_date_counts_that_date_only(code, text, fig):
    got = figures(text, code)[fig]
    assert got.period == Period(date(2024, 10, 1), date(2024, 10, 31)) and not got.running_total
