"""Buildings a strike or an arson hits are counted things (unit other), singular ones too when they close
a list ('14 homes, two shops and a pagoda', 'dua kios dan sebuah klinik'); an ammunition depot is a
building, not munitions."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2025-08-08")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("en", "Officials said the air strike destroyed 14 homes, two shops and a pagoda in the village.",
     (1, "other", "destroyed")),
    ("en", "Residents said the fire gutted 9 houses and a monastery on the hill.", (1, "other", "destroyed")),
    ("id", "Massa membakar 12 rumah warga, dua kios dan sebuah klinik di kampung itu.",
     (1, "other", "destroyed")),
    ("id", "Kementerian itu menyebut tiga gudang amunisi dihancurkan dalam serangan semalam.",
     (3, "other", "destroyed")),
])
def test_buildings(code, text, item):
    assert item in brief(text, code)
