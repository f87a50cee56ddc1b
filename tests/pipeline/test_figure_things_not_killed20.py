"""Things are not killed: a death word before a count of things yields to the verb after its list
('17 militants were neutralised and 11 shelters, caves and ammunition depots were destroyed',
'17 teroris dinetralisir dan 11 tempat perlindungan, gua dan gudang amunisi telah dihancurkan')."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "\"A total of 17 militants were neutralised and 11 shelters, caves and ammunition depots were "
           "destroyed,\" the defence ministry said."),
    ("id", "\"Sebanyak 17 teroris dinetralisir dan 11 tempat perlindungan, gua dan gudang amunisi telah "
           "dihancurkan,\" kata Kementerian Pertahanan."),
])
def test_things_after_a_death_word(code, text):
    doc = extract(text, lang=code, published="2026-07-06")
    got = [(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures]
    assert got == [(17, "personnel", "killed"), (11, "other", "destroyed")]
