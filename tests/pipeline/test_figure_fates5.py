"""A headline's figures before a semicolon are the reporter's when the cue comes after it; "others"
after a whole and its part ("including two soldiers") are more of the whole; people who left a place
named with its kind ("the town of Kalehe", "kamp Zamzam") fled it; one officer counts as personnel."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Gunmen kill 12 near Gao; army says it pursued attackers\nGAO - Nothing more."),
    ("id", "Orang Bersenjata Tewaskan 12 Warga di Gao; Tentara Klaim Kejar Pelaku\nGAO - Tidak ada."),
])
def test_headline_before_semicolon(code, text):
    doc = extract(text, lang=code, published="2025-06-02")
    told = [(c.claimant.kind, [f.quantity.value for f in c.figures]) for c in doc.claims]
    assert told == [("reporter", [12])]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "At least nine people, including three soldiers, were killed and 40 others were wounded in Gao, "
           "officials said.",
     [("At least nine people", "other", "killed"), ("three soldiers", "personnel", "killed"),
      ("40 others", "civilians", "wounded")]),
    ("id", "Sedikitnya sembilan orang, termasuk tiga tentara, tewas dan 40 lainnya terluka di Gao, kata "
           "pejabat.",
     [("Sedikitnya sembilan orang", "other", "killed"), ("tiga tentara", "personnel", "killed"),
      ("40 lainnya", "civilians", "wounded")]),
    ("en", "About 6,000 people have left the village of Tassiga since Monday, an aid group said.",
     [("About 6,000 people", "civilians", "displaced")]),
    ("id", "Sekitar 6.000 orang telah meninggalkan kamp Tassiga sejak Senin, kata lembaga bantuan.",
     [("Sekitar 6.000 orang", "civilians", "displaced")]),
    ("en", "The mission said one Nigerien officer had been wounded near Ansongo.",
     [("one Nigerien officer", "personnel", "wounded")]),
])
def test_wire_counts(code, text, expected):
    assert figures(text, code) == expected
