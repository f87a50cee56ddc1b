"""Things are not killed: a death word before a count of things yields to the verb after its list
('23 rebels were killed and eight hideouts and weapons stores were destroyed', '23 pemberontak tewas
dan delapan tempat persembunyian serta gudang senjata telah dihancurkan')."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "The army said 23 rebels were killed and eight hideouts and weapons stores were destroyed in "
           "the operation."),
    ("id", "Militer menyebut 23 pemberontak tewas dan delapan tempat persembunyian serta gudang senjata "
           "telah dihancurkan dalam operasi itu."),
])
def test_things_after_a_death_word(code, text):
    doc = extract(text, lang=code, published="2026-07-06")
    got = [(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures]
    assert got == [(23, "personnel", "killed"), (8, "other", "destroyed")]
