"""Officers counted by rank are personnel ('seorang mayor dan dua kapten', 'two majors and three
sergeants'), parts of the soldiers counted before them."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "The rebels said they captured 45 soldiers, including two majors and three sergeants."),
    ("id", "Kelompok itu mengklaim telah menawan 45 tentara, termasuk dua mayor dan tiga sersan."),
])
def test_ranks_are_personnel(code, text):
    doc = extract(text, lang=code, published="2026-02-07")
    got = [(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures]
    assert got == [(45, "personnel", "captured"), (2, "personnel", "captured"), (3, "personnel", "captured")]
