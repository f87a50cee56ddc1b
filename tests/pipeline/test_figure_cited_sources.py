"""Figures an outlet carries for a source it cites are that source's ("TASS, citing the Russian Defence
Ministry, said 20 rockets were fired at Belgorod", "TASS, mengutip Kementerian Pertahanan Rusia,
melaporkan ..."): the cited side speaks, so the rockets fired at it are its enemy's, and its name is no
side named before the figure."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Talks between Russia and Ukraine stalled. TASS, citing the Russian Defence Ministry, said 20 "
           "rockets were fired at Belgorod.", "20 rockets"),
    ("id", "Perundingan Rusia dan Ukraina macet. TASS, mengutip Kementerian Pertahanan Rusia, melaporkan 20 "
           "roket ditembakkan ke Belgorod.", "20 roket"),
])
def test_an_outlets_figures_are_the_cited_sources(code, text, figure):
    at = text.index(figure)
    doc = extract(text, lang=code, published="2025-01-01")
    assert [(f.outcome, f.side) for c in doc.claims for f in c.figures if f.start == at] == [("used", "UA")]
