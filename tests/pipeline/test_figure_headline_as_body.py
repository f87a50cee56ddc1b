"""A headline's figure is the body's figure of the same count, unit and outcome: when the headline gives it
a side only from where its few words stand, it takes the side the body gives that figure, and a bare
number ("kills three") the body's people too."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-05-20")
    return [(f.text, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, headline, side", [
    ("en", "Bomb near Tubas checkpoint kills three\nRAMALLAH (AFP) - A roadside bomb killed three Israeli "
     "soldiers near a checkpoint outside Tubas on Monday, the Israeli army said.", "three", "IL"),
    ("id", "Tembakan Artileri di Perbatasan Kashmir Tewaskan Lima Warga\nIslamabad - Tembakan artileri India "
     "menewaskan lima warga di lembah Neelum, Kashmir yang dikelola Pakistan, Selasa, kata pejabat "
     "Pakistan.", "Lima Warga", "PK"),
])
def test_the_headline_figure_takes_the_body_side(code, text, headline, side):
    got = dict(sides(text, code))
    assert got[headline] == side, got
