"""Private vehicles wrecked in a strike ("15 cars", "15 mobil") are people's property: their side is where
they lie, as for houses, not the side the article names most."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-05-06")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Russia fired drones at Dnipro overnight. Russia said it targeted a military plant. Russian "
     "officials said Russia would continue. A kindergarten was hit and 15 cars were burned.", "15 cars"),
    ("id", "Rusia menyerang Dnipro dengan drone semalam. Rusia mengklaim menargetkan pabrik militer. Pejabat "
     "Rusia menyebut Rusia akan melanjutkan serangan. Sebuah gedung rusak dan 15 mobil terbakar.",
     "15 mobil"),
])
def test_private_vehicles_are_where_they_lie(code, text, figure):
    assert sides(text, code)[figure] == "UA"
