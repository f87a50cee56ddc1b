"""Headlines drop the verb's inflection ("Gunmen abduct 287 pupils", "Pria Bersenjata Culik 287
Siswa"): the bare stem is still the outcome, people taken."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Gunmen abduct 287 pupils in Nigeria\nThe attack happened on Thursday."),
    ("en", "Gunmen kidnap 287 pupils from school in Kaduna\nThe attack happened on Thursday."),
    ("id", "Pria Bersenjata Culik 287 Siswa di Nigeria\nSerangan itu terjadi pada Kamis."),
])
def test_a_bare_stem_in_a_headline_takes_people(code, text):
    doc = extract(text, lang=code, published="2024-03-12")
    assert [(f.quantity.value, f.outcome) for c in doc.claims for f in c.figures] == [(287, "captured")]
