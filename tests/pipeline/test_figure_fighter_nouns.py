"""Nouns for fighters the units lacked: operatives, commandos, reservists, gendarmes, mujahideen, pilots;
operatif, kombatan, penembak jitu, pilot."""

import pytest

from warta.pipeline.extract import extract


def units(text, code):
    doc = extract(text, lang=code, published="2025-03-03")
    return {f.text: (f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The army said an air strike killed three Hamas operatives in a car near Rafah.",
     "three Hamas operatives"),
    ("en", "Four gendarmes were killed when their patrol hit a mine, officials said.", "Four gendarmes"),
    ("id", "Militer menyatakan serangan itu menewaskan tiga operatif Hamas di dalam mobil.",
     "tiga operatif Hamas"),
    ("id", "Dua penembak jitu tewas dalam baku tembak di pinggiran kota, kata polisi.", "Dua penembak jitu"),
])
def test_fighter_nouns(code, text, figure):
    assert units(text, code)[figure] == ("personnel", "killed")
