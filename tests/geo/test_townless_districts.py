"""A district with no town of its own in the index lies at its province's point, and
that point is the one the data gives where the province's towns crowd into one corner
(warta.geo.sources; ``admin1_points`` of lang/_base/geo.toml)."""

from __future__ import annotations

from warta.geo.grid import km


def test_a_townless_district_lies_at_its_provinces_point(gaz):
    province = next(c for c in gaz.lookup(["ituri"])["ituri"] if c.kind == "admin1")
    district = next(c for c in gaz.lookup(["mambasa"])["mambasa"] if c.kind == "admin2" and c.country == "CD")
    assert (district.lat, district.lon) == (province.lat, province.lon)
    # the territory reaches far west of the towns along the border: its town lies within reach
    assert km((district.lat, district.lon), (1.36, 29.05)) < 100
