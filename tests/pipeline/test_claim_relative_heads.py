"""A source described by a relative clause that holds a place ("SOHR yang berbasis di Inggris
melaporkan", "The monitor which is based in London reported", "Warga yang tinggal di Gaza") is
the head with its clause, not the clause alone; and what follows a passive reporting verb is
its author only when it names one, not when it goes on with what was reported ("dilaporkan
telah mengungsi ke pangkalan Rusia", "were reported to have fled to the Russian base")."""

import pytest

from warta.pipeline.extract import extract


def claimants(text, code):
    doc = extract(text, lang=code, published="2025-03-09")
    return [(c.claimant.text, c.claimant.kind) for c in doc.claims if c.figures]


@pytest.mark.parametrize("code, text, source, kind", [
    ("id", "SOHR yang berbasis di Inggris melaporkan 46 orang tewas di Aleppo.",
     "SOHR yang berbasis di Inggris", "organization"),
    ("id", "Warga yang tinggal di Gaza mengatakan lima orang tewas.", "Warga yang tinggal di Gaza", "person"),
    ("id", "Observatorium Suriah (SOHR) yang berbasis di Inggris melaporkan 46 orang tewas di Aleppo.",
     "Observatorium Suriah (SOHR) yang berbasis di Inggris", "organization"),
    ("en", "The Syrian Observatory (SOHR) which is based in London reported 46 people killed in Aleppo.",
     "The Syrian Observatory (SOHR) which is based in London", "organization"),
    ("en", "The monitor which is based in London reported 46 people killed in Aleppo.",
     "The monitor which is based in London", "organization"),
    ("en", "Residents who live in Gaza said five people were killed.",
     "Residents who live in Gaza", "person"),
])
def test_a_relative_with_a_place_keeps_its_head(code, text, source, kind):
    assert claimants(text, code) == [(source, kind)]


@pytest.mark.parametrize("code, text", [
    ("id", "Hampir 10.000 orang dilaporkan telah mengungsi ke pangkalan udara Rusia di Hmeimim."),
    ("id", "Sekitar 300 warga dilaporkan sudah dievakuasi ke Rusia."),
    ("en", "Nearly 10,000 people were reported to have fled to the Russian air base at Hmeimim."),
])
def test_what_was_reported_is_no_author(code, text):
    assert claimants(text, code) == [("", "reporter")]
