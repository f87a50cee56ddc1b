"""Figures of wire copy read as the contract counts them: a headline's figures after a semicolon that
follows its cue are the reporter's; gun trucks the attackers arrived in were used; coffins count the
dead; a count the clause says were "army and police personnel" is of fighters; a part after "including"
with its own harm ("37 who were wounded", "37 orang yang terluka") keeps it."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Ukraine says it hit 12 Russian tanks; shelling kills 4 in Kursk\nKYIV, June 2 - Nothing."),
    ("id", "Israel Klaim Hancurkan 12 Peluncur Roket; Serangan Tewaskan 4 Orang di Tyre\nJakarta - Tidak."),
])
def test_headline_after_semicolon(code, text):
    doc = extract(text, lang=code, published="2025-06-02")
    assert [(c.claimant.kind, [f.quantity.value for f in c.figures]) for c in doc.claims] == \
        [(doc.claims[0].claimant.kind, [12]), ("reporter", [4])]
    assert doc.claims[0].claimant.kind != "reporter"


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The raiders came in about 25 gun trucks, a police officer said.",
     [("about 25 gun trucks", "vehicles", "used")]),
    ("en", "Officials said 19 coffins were flown to Lahore on Friday.",
     [("19 coffins", "civilians", "killed")]),
    ("id", "Sebanyak 19 peti jenazah diterbangkan ke Lahore pada Jumat, kata pejabat.",
     [("19 peti jenazah", "civilians", "killed")]),
    ("en", "The army said 30 hostages were killed. Twelve of the dead hostages were army and border "
           "security personnel, it said.",
     [("30 hostages", "other", "killed"), ("Twelve of the dead hostages", "personnel", "killed")]),
    ("en", "An official said 210 passengers had been freed, including 25 who were wounded.",
     [("210 passengers", "civilians", "released"), ("25", "civilians", "wounded")]),
    ("id", "Sebanyak 210 penumpang dibebaskan, termasuk 25 orang yang terluka, kata pejabat.",
     [("210 penumpang", "civilians", "released"), ("25 orang", "civilians", "wounded")]),
])
def test_wire_counts(code, text, expected):
    assert figures(text, code) == expected
