"""The people an armed group numbers are its fighters ('the group that raided the post numbered about
40 people', 'kelompok yang menyerang berjumlah sekitar 20 orang'); troops that back a group are used
('didukung 2.000 tentara asing'), whatever the group then did."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-09-09")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, unit", [
    ("en", "A police officer said the group that raided the post numbered about 40 people.", "personnel"),
    ("id", "Menurut polisi, kelompok yang menyerang pos itu berjumlah sekitar 20 orang.", "personnel"),
])
def test_group_numbers_fighters(code, text, unit):
    assert {u for _, u, _ in brief(text, code)} == {unit}


def test_backing_troops_are_used():
    text = "Milisi itu, yang menurut para pengamat didukung 2.000 tentara asing, merebut kota itu pekan lalu."
    assert (2000, "personnel", "used") in brief(text, "id")
