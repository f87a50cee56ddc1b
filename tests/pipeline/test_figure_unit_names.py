"""A number that ends a unit's capitalised name a head opens is no count ('Densus 88', 'Batalyon
Infanteri Ringan 512'); a clause that 'as they' opens after a figure tells the circumstances, not
the fate ('shot four others as they fled': killed, not displaced)."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-06-02")
    return [(f.quantity.value, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Officers of the police counter-terrorism unit Densus 88 arrested three suspects in Bima on "
           "Tuesday, police said."),
    ("id", "Tim gabungan dari Batalyon Infanteri Ringan 512 dan Densus 88 Antiteror Polri menangkap tiga "
           "terduga teroris di Bima, Selasa, kata polisi."),
])
def test_a_unit_number_is_no_count(code, text):
    assert _figures(code, text) == [(3, "captured")]


def test_a_clause_of_circumstance_is_not_the_fate():
    text = "The district chief said the attackers beheaded five men and shot four others as they fled."
    assert _figures("en", text) == [(5, "killed"), (4, "killed")]
