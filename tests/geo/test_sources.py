"""Rows of the packaged sources: a district with no town of its own in the data takes
the point of the town it is named after, not its province's centre."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


@pytest.mark.parametrize("key,town", [
    ("circunscricao de macomia", (-12.25, 40.12)),  # Mozambique: the province's centre is 40 km off
    ("mocimboa da praia", (-11.35, 40.35)),  # 130 km from Cabo Delgado's centre
])
def test_a_district_named_after_its_town_lies_at_the_town(gaz, key, town):
    units = [c for c in gaz.lookup([key]).get(key, []) if c.kind == "admin2" and c.country == "MZ"]
    assert units and all(km((c.lat, c.lon), town) < 10 for c in units)


@pytest.mark.parametrize("code,text", [
    ("en", "Insurgents torched homes in Chai village, in Macomia district of Cabo Delgado province."),
    ("id", "Pemberontak membakar rumah di desa Chai, distrik Macomia, provinsi Cabo Delgado."),
])
def test_a_village_put_in_such_a_district_lies_by_its_town(gaz, code, text):
    lang = load(code)
    got = {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}
    chai = next(p for t, p in got.items() if t.endswith("Chai") or t.startswith("Chai"))
    assert km((chai.lat, chai.lon), (-12.25, 40.12)) < 25
