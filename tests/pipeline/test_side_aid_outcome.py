"""Vehicles in a sentence about aid carry it: outcome other and no side, whatever the sentence's
verb ('a convoy of four food trucks was stopped ..., where 2,000 people have been displaced'); food
is a word of aid ('empat truk berisi makanan')."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "The Red Crescent said a convoy of four food trucks was stopped near Wajir on Monday, where 2,000 "
           "people have been displaced."),
    ("id", "Sebuah lembaga amal menyebut empat truk berisi makanan tiba di kamp dekat Wajir, tempat 2.000 "
           "warga mengungsi."),
])
def test_aid_vehicles(code, text):
    doc = extract(text, lang=code, published="2026-04-10")
    got = [(f.quantity.value, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]
    assert (4, "vehicles", "other", None) in got
