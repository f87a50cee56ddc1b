"""A part told by a pronoun with its role right after it and no copula ('27 orang, 15 di antaranya anggota
milisi', '27 people, 15 of them militiamen') counts fighters, and the toll it is part of is mixed."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("id", "Pemantau itu mengatakan bentrokan tersebut menewaskan 27 orang, 15 di antaranya anggota milisi."),
    ("en", "The monitor said the fighting had killed 27 people, 15 of them militiamen."),
])
def test_pronoun_part_with_role(code, text):
    doc = extract(text, lang=code, published="2026-03-04")
    assert sorted((f.quantity.value, f.unit) for c in doc.claims for f in c.figures) == [
        (15, "personnel"), (27, "other")]
