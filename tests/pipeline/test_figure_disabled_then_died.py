"""People disabled ("melumpuhkan", "disabled") are wounded, unless a relative right after them says they
died ("yang kemudian tewas", "who later died in hospital"): then killed."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("id", "Aparat gabungan melumpuhkan dua pelaku perampokan yang kemudian tewas dalam perjalanan ke rumah "
           "sakit.", "dua pelaku", "killed"),
    ("id", "Polisi melumpuhkan 3 pelaku yang kemudian meninggal dunia di rumah sakit, kata Kapolres.",
     "3 pelaku", "killed"),
    ("en", "Police said officers disabled three attackers who later died in hospital.", "three attackers",
     "killed"),
    ("id", "Polisi melumpuhkan 3 pelaku dengan tembakan di kaki, kata Kapolres.", "3 pelaku", "wounded"),
])
def test_disabled_then_died(code, text, figure, outcome):
    doc = extract(text, lang=code, published="2025-06-01")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] == [(figure, outcome)]
