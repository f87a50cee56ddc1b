"""A toll of people whose parts, told right after, are all fighters and add up to it is a toll of
fighters (personnel), and so is the headline's count of it."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Clashes kill 14 in Tigray\nMEKELLE - At least 14 people were killed in clashes between the "
           "army and rebels near Alamata on Sunday, a monitor said.\nThe monitor said nine soldiers and "
           "five rebels were killed."),
    ("id", "Bentrokan di Tigray Tewaskan 14 Orang\nMEKELLE - Sedikitnya 14 orang tewas dalam bentrokan "
           "antara tentara dan pemberontak di dekat Alamata pada Minggu, kata pemantau.\nPemantau itu "
           "mengatakan sembilan tentara dan lima pemberontak tewas."),
])
def test_toll_of_fighters(code, text):
    doc = extract(text, lang=code, published="2025-06-02")
    units = [f.unit for c in doc.claims for f in c.figures if f.quantity.value == 14]
    assert units == ["personnel", "personnel"]
