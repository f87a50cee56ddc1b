"""Fighters a force has ("Hezbollah has between 400 and 600 fighters", "Hizbullah memiliki antara 400
hingga 600 pejuang") are its strength: a figure with outcome other, not a count dropped for want of
an outcome word."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Two security officials said Hezbollah has between 400 and 600 fighters along the river."),
    ("id", "Dua pejabat keamanan mengatakan Hizbullah memiliki antara 400 hingga 600 pejuang di "
           "sepanjang sungai."),
])
def test_a_forces_strength(code, text):
    doc = extract(text, lang=code, published="2025-11-20")
    assert [(f.quantity.low, f.quantity.high, f.unit, f.outcome) for c in doc.claims for f in c.figures] \
        == [(400, 600, "personnel", "other")]
