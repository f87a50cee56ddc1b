"""What a verb of destruction right before a count strikes is a counted thing even when the lexicon lacks
its noun and no list holds it ('set fire to more than 30 granaries before', 'membakar sedikitnya 45
lumbung padi'); a noun of time or size after the number is no such thing."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-07-01")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("en", "A witness said the militia set fire to more than 30 granaries before leaving the town.",
     (30, "other", "destroyed")),
    ("id", "Menurut kepala desa, para penyerang membakar sedikitnya 45 lumbung padi milik warga.",
     (45, "other", "destroyed")),
])
def test_struck_things(code, text, item):
    assert item in brief(text, code)


@pytest.mark.parametrize("code, text", [
    ("en", "Officials said the raiders burned 12 granaries, and the fire destroyed 20 hectares of farmland."),
    ("id", "Pejabat setempat mengatakan massa membakar 12 lumbung, dan api menghanguskan 20 hektare kebun."),
])
def test_things_not_measures(code, text):
    found = brief(text, code)
    assert (12, "other", "destroyed") in found and all(v != 20 for v, _, _ in found)
