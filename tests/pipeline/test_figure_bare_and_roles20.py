"""A bare number before an adverb and a fate is a count of people ('the roughly 180,000 already
displaced', 'sekitar 5.000 lainnya masih mengungsi'); roles of foreign and village fighters are
personnel ('four Russian instructors', 'Two village guards', 'tiga instruktur militer')."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-02-20")
    return [(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures]


def test_bare_number_past_an_adverb():
    text = ("The agency said 2,500 people had fled since Sunday, adding to the roughly 180,000 already "
            "displaced in the province.")
    assert _figures("en", text) == [(2500, "civilians", "displaced"), (180000, "civilians", "displaced")]


@pytest.mark.parametrize("code, text, want", [
    ("en", "Its spokesman claimed the group had killed 12 government soldiers and four Russian instructors.",
     [(12, "personnel", "killed"), (4, "personnel", "killed")]),
    ("en", "Two village guards and three herders were among the dead, he said.",
     [(2, "personnel", "killed"), (3, "civilians", "killed")]),
    ("id", "Kelompok itu mengklaim telah menewaskan tiga instruktur militer asing di dekat kota itu.",
     [(3, "personnel", "killed")]),
])
def test_fighter_roles(code, text, want):
    assert _figures(code, text) == want
