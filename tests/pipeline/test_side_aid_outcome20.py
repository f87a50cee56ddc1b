"""Vehicles in a sentence about aid carry it: outcome other and no side, also when the sentence's
verb is one of sending or of people displaced ('sent four trucks of food and medicine', 'mengirim
empat truk berisi makanan')."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "The Red Cross said 2,000 people had fled the fighting near Wajir, and that it had sent four "
           "trucks of food and medicine."),
    ("id", "Palang Merah mengatakan 2.000 warga mengungsi dari Wajir dan pihaknya telah mengirim empat truk "
           "berisi makanan dan obat-obatan."),
])
def test_aid_vehicles_sent(code, text):
    doc = extract(text, lang=code, published="2026-04-10")
    got = [(f.quantity.value, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]
    assert got[-1] == (4, "vehicles", "other", None)
    assert got[0][2] == "displaced"
