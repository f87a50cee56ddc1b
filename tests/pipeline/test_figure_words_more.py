"""Words for what a number counts: new arrivals are people displaced ("2,000 new arrivals",
"2.000 pendatang baru"), interceptors are missiles fired ("a dozen interceptors", "12 rudal
pencegat"), and a toll of lives is of deaths ("jumlah korban jiwa", "the death toll"), not
casualties."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-03-14")
    return [(f.quantity.low, f.quantity.high, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "UNHCR said there were between 1,500 and 2,000 new arrivals at the border every day."),
    ("id", "UNHCR menyebut ada antara 1.500 hingga 2.000 pendatang baru di perbatasan setiap hari."),
])
def test_new_arrivals_are_displaced_people(code, text):
    assert figures(text, code) == [(1500, 2000, "civilians", "displaced")]


@pytest.mark.parametrize("code, text", [
    ("en", "The Pentagon said its destroyers fired about a dozen interceptors."),
    ("id", "Pentagon mengatakan kapal perangnya menembakkan sekitar 12 rudal pencegat."),
])
def test_interceptors_are_missiles_fired(code, text):
    assert figures(text, code) == [(12, 12, "missiles", "used")]


@pytest.mark.parametrize("code, text", [
    ("en", "The ministry said the death toll had risen to 2,350."),
    ("id", "Kementerian itu menyebut jumlah korban jiwa bertambah menjadi 2.350 orang."),
])
def test_a_toll_of_lives_counts_the_dead(code, text):
    assert [f[3] for f in figures(text, code)] == ["killed"]
