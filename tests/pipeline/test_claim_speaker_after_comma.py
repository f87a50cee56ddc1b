"""A speaker named between the last comma and its cue is the claimant, never the sentence's subject
("Russian shelling wounded 14 people, the regional administration said": not "Russian"); regional
administrations ("administrasi militer regional") speak as officials, as their governors do, and
officers are officials ("one of the officers said")."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The war in Ukraine is in its fourth year. Russian shelling wounded 14 people, the regional "
           "administration said.", ("the regional administration", "official")),
    ("en", "Shelling wounded 14 people in the town, one of the officers said.",
     ("one of the officers", "official")),
    ("id", "Perang di Ukraina memasuki tahun keempat. Penembakan Rusia melukai 14 orang, kata administrasi "
           "militer regional.", ("administrasi militer regional", "official")),
])
def test_the_speaker_after_the_comma(code, text, expected):
    doc = extract(text, lang=code, published="2025-03-01")
    assert [(c.claimant.text, c.claimant.kind) for c in doc.claims] == [expected]
