"""Trucks and convoys in a sentence about aid carry it and belong to no side ('40 aid trucks crossed into
Tigray', '25 truk bantuan kemanusiaan memasuki Rakhine'), not to the country they enter."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "The U.N. said 40 aid trucks crossed into Tigray from Ethiopia's Afar region on Tuesday."),
    ("id", "Menurut PBB, 25 truk bantuan kemanusiaan memasuki Rakhine dari Myanmar tengah pada Selasa."),
])
def test_aid_trucks_have_no_side(code, text):
    doc = extract(text, lang=code, published="2026-08-19")
    assert [(f.unit, f.side) for c in doc.claims for f in c.figures] == [("vehicles", None)]
