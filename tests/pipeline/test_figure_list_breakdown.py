"""A sentence of people with no verb of its own breaks down the toll before it only when it is a list
of people ("20 soldiers, 3 police and 37 civilians.") after a toll of people: families who "have left
hill villages" after a count of seized rifles, or a part of a whole the sentence names again ("Ada 90
penumpang; 31 di antaranya perempuan"), do not take the fate told before."""

import pytest

from warta.pipeline.extract import extract


def outcomes(text, code):
    doc = extract(text, lang=code, published="2025-08-14")
    return {f.text: f.outcome for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, wrong", [
    ("en", "The army said 40 suspects were detained last week and more than 300 rifles seized.\n"
     "Dozens of families and about 900 residents have quit hill villages near Tanga since June.",
     "about 900 residents", "captured"),
    ("id", "Syahbandar menyebut dua penumpang tewas di laut.\n\"Ada 90 penumpang; 31 "
     "di antaranya perempuan dan 40 anak-anak,\" ujarnya.", "31 di antaranya", "killed"),
])
def test_no_fate_told_before_for_what_is_no_list(code, text, figure, wrong):
    assert outcomes(text, code).get(figure) != wrong

