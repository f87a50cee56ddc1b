"""A bare number before an adverb and a fate is a count of people ('about 90,000 already
displaced', 'sekitar 5.000 lainnya masih mengungsi'); roles of foreign and village fighters are
personnel ('three Belarusian instructors', 'two village guards', 'tiga instruktur militer')."""

import pytest

from tests.pipeline.figure_triples import figure_triples


def _figures(code, text):
    return figure_triples(code, text, "2026-02-20")


def test_bare_number_past_an_adverb():
    text = ("The agency said 1,500 more people fled on Monday, while about 90,000 already displaced shelter "
            "in schools.")
    assert _figures("en", text) == [(1500, "civilians", "displaced"), (90000, "civilians", "displaced")]


@pytest.mark.parametrize("code, text, want", [
    ("en", "The rebels said they had shot dead three Belarusian instructors and 15 troops near the border.",
     [(3, "personnel", "killed"), (15, "personnel", "killed")]),
    ("en", "A commander said two village guards were killed in the raid along with three herders.",
     [(2, "personnel", "killed"), (3, "civilians", "killed")]),
    ("id", "Kelompok itu mengklaim telah menewaskan tiga instruktur militer asing di dekat kota itu.",
     [(3, "personnel", "killed")]),
])
def test_fighter_roles(code, text, want):
    assert _figures(code, text) == want
