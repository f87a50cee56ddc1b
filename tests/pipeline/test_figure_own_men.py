"""People a possessive ties to a force ("our men", "anak buah mereka") are its fighters, and so is a part
of them counted later by a pronoun ("seven of them", "tujuh di antaranya"); "anak buah" is no child."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The commander said gunmen ambushed our men near Zurmi, killing five of them.",
     [("five of them", "personnel", "killed")]),
    ("id", "Menurut warga, para penyerang mengepung anak buah mereka dan menewaskan lima di antaranya.",
     [("lima di antaranya", "personnel", "killed")]),
    ("id", "Komandan pos itu mengatakan dua anak buahnya terluka dalam serangan tersebut.",
     [("dua anak buahnya", "personnel", "wounded")]),
])
def test_own_men(code, text, expected):
    doc = extract(text, lang=code, published="2025-06-02")
    assert [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures] == expected
