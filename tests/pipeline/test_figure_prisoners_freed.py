"""Prisoners whose clause frees them are released, not captured ("each returned 95 prisoners of
war ... in an exchange", "menerima 95 tawanan perang dalam pertukaran"); held with no release
word they stay captured. People "brought home" ("dibawa pulang") or "handed back" were released."""

import pytest

from warta.pipeline.extract import extract


def outcomes(text, code):
    doc = extract(text, lang=code, published="2024-10-18")
    return [(f.quantity.value, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Ukraine received 95 prisoners of war in an exchange with Russia, officials said."),
    ("id", "Ukraina menerima 95 tawanan perang dalam pertukaran dengan Rusia, kata pejabat."),
])
def test_prisoners_their_clause_frees_are_released(code, text):
    assert outcomes(text, code) == [(95, "released")]


@pytest.mark.parametrize("code, text", [
    ("en", "Russia holds more than 8,000 prisoners of war, Zelenskiy said."),
    ("id", "Rusia menahan lebih dari 8.000 tawanan perang, kata Zelensky."),
])
def test_prisoners_held_stay_captured(code, text):
    assert outcomes(text, code) == [(8000, "captured")]


@pytest.mark.parametrize("code, text", [
    ("en", "Zelenskiy said 3,767 Ukrainians had been brought home since the start of the war."),
    ("id", "Zelensky mengatakan 3.767 warga Ukraina telah dibawa pulang sejak awal perang."),
])
def test_people_brought_home_were_released(code, text):
    assert outcomes(text, code) == [(3767, "released")]


@pytest.mark.parametrize("code, text", [
    ("en", "Ukraine's coordination headquarters said the released Ukrainians included 12 soldiers captured "
     "in the Kursk region."),
    ("id", "Markas koordinasi Ukraina mengatakan para tahanan yang dibebaskan termasuk 12 tentara yang "
     "ditangkap di wilayah Kursk."),
])
def test_a_part_of_the_released_was_released(code, text):
    assert outcomes(text, code) == [(12, "released")]
