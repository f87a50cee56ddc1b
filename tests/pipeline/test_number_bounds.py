"""Bounds whose words hold a weaker bound's: "tak kurang dari 50" and "not less than 50" are at least
50 (not "less than 50"), as are "setidak-tidaknya", "sekurang-kurangnya" and "at the very least"."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("id", "Militer mengatakan tak kurang dari 50 tentara tewas."),
    ("id", "Militer mengatakan setidak-tidaknya 50 tentara tewas."),
    ("id", "Militer mengatakan sekurang-kurangnya 50 tentara tewas."),
    ("en", "The army said not less than 50 soldiers were killed."),
    ("en", "The army said at the very least 50 soldiers were killed."),
])
def test_at_least_bounds(code, text):
    doc = extract(text, lang=code, published="2025-03-01")
    assert [(f.quantity.value, f.quantity.low, f.quantity.high) for c in doc.claims for f in c.figures] \
        == [(50, 50, None)]


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Juru bicara pertahanan sipil mengatakan sedikitnya 40 tempat penampungan rusak.",
     "sedikitnya 40 tempat penampungan"),
    ("id", "Kementerian Kesehatan mengatakan tiga rumah sakit terkena serangan udara.", "tiga rumah sakit"),
])
def test_shelters_and_sites_hit_are_counted(code, text, figure):
    doc = extract(text, lang=code, published="2025-03-01")
    assert [(f.text, f.unit) for c in doc.claims for f in c.figures] == [(figure, "other")]
