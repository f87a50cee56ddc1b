"""Vehicles the attackers came in ("datang dengan belasan truk", "arrived on 30 motorcycles") were used,
also when the riders' verb after them ("dan membakar dua kendaraan lapis baja", "and torched four
trucks") has its object right after it: that fate is the object's."""

import pytest

from warta.pipeline.extract import extract


def outcomes(text, code):
    doc = extract(text, lang=code, published="2025-07-07")
    return {f.text: f.outcome for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Para penyerang datang dengan belasan truk bersenjata dan membakar tiga kendaraan tempur di "
     "pos itu.", "belasan truk"),
    ("en", "The gunmen arrived on 30 motorcycles and torched four fuel trucks at the depot, police said.",
     "30 motorcycles"),
])
def test_the_vehicles_came_in_were_used(code, text, figure):
    assert outcomes(text, code)[figure] == "used"
