"""A passive cue with no agent names no speaker: the body a basis cue names ("Berdasarkan data
X, ... tercatat", "Based on figures from X, ... were recorded") is the source of the figures."""

import warta


def claimants(text, code, published="2025-10-02"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, c.claimant.text) for c in article.claims for f in c.figures]


def test_berdasarkan_data_beats_an_agentless_tercatat():
    got = claimants("Berdasarkan data Komnas HAM Papua, sepanjang tahun ini tercatat 64 orang tewas "
                    "dalam kontak senjata di Nduga, termasuk 17 warga sipil.", "id")
    assert got and all(g[1] == "Komnas HAM Papua" for g in got), got


def test_based_on_figures_beats_an_agentless_were_recorded():
    got = claimants("Based on figures from the Kivu Security Tracker, 212 deaths were recorded in "
                    "Ituri in March.", "en")
    assert got and all("Kivu Security Tracker" in g[1] for g in got), got
