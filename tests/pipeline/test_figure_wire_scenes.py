"""Wire copy: people present where a strike later fell are no toll ("150 people had been sleeping in
the monastery when it was hit", "ketika biara dihantam": a clause after "when"/"ketika" has its own
subject); people under the rubble are missing, bodies there are deaths; "deaths of security
personnel" count personnel; what a foreign force hit "in Yemen" is Yemen's even when its own official
counts it; government committees are government; a report that "listed" losses is their source."""

import pytest

from warta.pipeline.extract import extract


def claims(text, code):
    return extract(text, lang=code, published="2024-10-10").claims


def figures(text, code):
    return {f.text: f for c in claims(text, code) for f in c.figures}


def claimants(text, code):
    return {f.text: c.claimant for c in claims(text, code) for f in c.figures}


@pytest.mark.parametrize("code, text", [
    ("en", "About 150 people had been sleeping in the monastery when it was hit before dawn."),
    ("id", "Sekitar 150 orang sedang tidur di biara itu ketika biara dihantam bom sebelum subuh."),
])
def test_people_before_a_when_clause_are_no_toll(code, text):
    assert figures(text, code) == {}


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("en", "Thousands of people remain under the rubble, the civil defence said.", "Thousands of people",
     "missing"),
    ("id", "Ribuan orang masih tertimbun reruntuhan, kata badan pertahanan sipil.", "Ribuan orang",
     "missing"),
    ("en", "Rescuers said 40 bodies remain under the rubble of the market.", "40 bodies", "killed"),
    ("id", "Badan pertahanan sipil menyebutkan puluhan jenazah masih tertimbun reruntuhan.",
     "puluhan jenazah", "killed"),
])
def test_under_the_rubble(code, text, figure, outcome):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == ("civilians", outcome)


@pytest.mark.parametrize("code, text, figure", [
    ("en", "A government committee said it had documented 238 deaths of security personnel.",
     "238 deaths of security personnel"),
    ("id", "Komite pemerintah mengatakan telah mencatat 238 kematian anggota pasukan keamanan.",
     "238 kematian anggota pasukan keamanan"),
])
def test_deaths_of_security_personnel(code, text, figure):
    assert figures(text, code)[figure].unit == "personnel"
    assert claimants(text, code)[figure].kind == "government"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Since mid-March, U.S. forces have hit more than 800 targets in Yemen, a U.S. official said.",
     "more than 800 targets"),
    ("id", "Sejak pertengahan Maret, pasukan AS telah menghantam lebih dari 800 sasaran di Yaman, kata "
     "seorang pejabat AS.", "lebih dari 800 sasaran"),
])
def test_what_a_foreign_force_hit_is_the_host_country(code, text, figure):
    assert figures(text, code)[figure].side == "YE"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The ministry's weekly report listed Ukrainian losses as follows: 1,480 servicemen and 9 tanks.",
     "9 tanks"),
    ("id", "Laporan mingguan kementerian itu merinci kerugian Ukraina sebagai berikut: 1.480 personel dan "
     "9 tank.", "9 tank"),
])
def test_a_report_that_lists_losses_is_their_source(code, text, figure):
    assert claimants(text, code)[figure].kind == "government"
