"""A headline's bare verb that drives people out ("Fighting displaces up to 40,000, IOM says",
"Pertempuran Usir Hingga 40.000 Warga") counts people displaced; and an article before a noun
that owns the next ("a children's hospital", "a woman's son") counts nothing."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-03-14")
    return [(f.quantity.value, f.quantity.high, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Fighting in West Darfur displaces up to 40,000, IOM says\nThe clashes began on Sunday."),
    ("id", "Pertempuran di Darfur Barat Usir Hingga 40.000 Warga, Kata IOM\nBentrokan dimulai pada Minggu."),
])
def test_a_headline_verb_that_drives_people_out(code, text):
    assert figures(text, code) == [(40000, 40000, "displaced")]


@pytest.mark.parametrize("text", [
    "A Russian missile damaged a children's hospital in Kyiv, the mayor said.",
    "A Russian missile damaged a children’s hospital in Kyiv, the mayor said.",
])
def test_an_owning_noun_counts_nothing(text):
    assert figures(text, "en") == []
