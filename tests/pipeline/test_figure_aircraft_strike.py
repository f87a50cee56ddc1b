"""Aircraft that strike were used ("Two jets bombed the village", "Dua jet tempur mengebom desa itu");
aircraft struck stay what was done to them."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Two jets bombed the village on Monday morning, three residents told reporters.", "Two jets"),
    ("id", "Dua jet tempur mengebom desa itu pada Senin pagi, kata warga.", "Dua jet tempur"),
])
def test_aircraft_that_strike_were_used(code, text, figure):
    doc = extract(text, lang=code, published="2025-02-18")
    got = [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]
    assert got == [(figure, "aircraft", "used")]
