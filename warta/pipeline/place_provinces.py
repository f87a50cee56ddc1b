"""Names that mean a province though the index reads them as its city: a city's name
asked for as a unit ("the Zaporozhye region", "wilayah Kharkov") or a city's possessive
before another place of its province ("Kharkiv's Kupiansk area")."""

from __future__ import annotations

from typing import Final

from warta.geo.fold import fold
from warta.geo.gazetteer import Gazetteer
from warta.geo.grid import km
from warta.geo.match import Match
from warta.geo.towns import PROVINCE_KM
from warta.pipeline.place_spans import Tok

OWNED_KM: Final = 25.0  # a place this far from a town whose possessive stands before it lies in its province


def possessing_provinces(text: str, toks: list[Tok], names: list[Match]) -> None:
    """A city's possessive right before another place of its province, beyond the city
    ("Kharkiv's Kupiansk area", "Sumy's Shostka"), names the province, as a unit word would."""
    for a, b in zip(names, names[1:]):
        x, y = a.best, b.best
        if x is None or y is None or a.want is not None or not toks[a.j - 1].possessive \
                or x.kind != "settlement" or y.kind not in ("settlement", "admin2") \
                or text[a.end:b.start].strip() not in ("'s", "’s", "") or x.admin1 != y.admin1 \
                or km((x.lat, x.lon), (y.lat, y.lon)) <= OWNED_KM:
            continue
        a.want = "admin"


PROVINCE_CITY: Final = 100_000  # a city this big, asked for as a unit, names the province around it
STEM: Final = 4  # letters a province's name shares with its capital's ("Zaporizka oblast", Zaporizhzhya)


def provinces_of_cities(matches: list[Match], gaz: Gazetteer) -> None:
    """A name asked for as a province that the index knows only as a city ("the
    Zaporozhye region", "wilayah Kharkov": the cities' other names) is the province
    that holds the city, when the province is named after it and centres near it (not
    "wilayah Tyre": South Lebanon's governorate is no Tyre)."""
    for m in matches:
        b = m.best
        if b is None or m.want not in ("admin", "admin1") or b.kind != "settlement" \
                or b.population < PROVINCE_CITY or not b.admin1:
            continue
        unit = gaz.by_code(b.admin1)
        if unit is not None and unit.kind == "admin1" and fold(unit.name)[:STEM] == fold(b.name)[:STEM] \
                and km((b.lat, b.lon), (unit.lat, unit.lon)) <= PROVINCE_KM:
            m.best = unit
