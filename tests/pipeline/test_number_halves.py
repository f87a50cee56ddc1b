"""Halves and a spaced "lebih" in counts: "half a million" is 500,000 and "one and a half million"
1,500,000 (not a million), "setengah juta" 500.000 and "satu setengah juta" 1.500.000, "setengah lusin"
6; "ratusan lebih" and "200 lebih" are at least that many."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The U.N. said half a million people fled the fighting.", (500000, 500000, 500000)),
    ("en", "The U.N. said one and a half million people fled the fighting.", (1500000, 1500000, 1500000)),
    ("id", "PBB mengatakan setengah juta warga mengungsi akibat pertempuran.", (500000, 500000, 500000)),
    ("id", "PBB mengatakan satu setengah juta warga mengungsi akibat pertempuran.",
     (1500000, 1500000, 1500000)),
    ("id", "Militer mengatakan setengah lusin tentara tewas dalam serangan itu.", (6, 6, 6)),
    ("id", "Militer mengatakan ratusan lebih warga tewas dalam serangan itu.", (None, 100, None)),
    ("id", "Militer mengatakan 200 lebih warga tewas dalam serangan itu.", (200, 200, None)),
])
def test_halves_and_lebih(code, text, expected):
    doc = extract(text, lang=code, published="2025-01-01")
    assert [(f.quantity.value, f.quantity.low, f.quantity.high) for c in doc.claims for f in c.figures] \
        == [expected]
