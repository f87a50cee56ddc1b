"""Drones the air force lost from radar (jammed; "hilang dari radar", "locally lost") were neither shot
down nor only launched: outcome other, like those that got through."""

import pytest

from warta.pipeline.extract import extract


def outcomes(text, code):
    doc = extract(text, lang=code, published="2025-05-05")
    return {f.text: (f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The air force said 64 drones were shot down and 27 others were lost from radar overnight.",
     "27 others"),
    ("id", "Angkatan Udara menyebut 64 drone ditembak jatuh dan 27 lainnya hilang dari radar semalam.",
     "27 lainnya"),
])
def test_lost_from_radar(code, text, figure):
    assert outcomes(text, code)[figure] == ("drones", "other")
