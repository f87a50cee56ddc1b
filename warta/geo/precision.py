"""Geographic precision codes of event datasets, from a place's precision.

ACLED ``geo_precision``: 1 = the town itself, 2 = a part of a region near a
town (or a small area), 3 = a larger region, coordinates of its centre.
UCDP GED ``where_prec``: 1 exact location, 2 within 25 km, 3 second-order
admin unit, 4 first-order admin unit, 5 a part of the country / region,
6 the country, 7 international waters or airspace.
"""

from __future__ import annotations

_ACLED = {"point": 1, "settlement": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
_UCDP = {"point": 1, "settlement": 1, "admin2": 3, "admin1": 4, "country": 6, "region": 5}


def acled_geo_precision(precision: str | None, found: bool = True) -> int:
    """ACLED geo_precision (1–3) for a place of this precision. A settlement
    the gazetteer lacks (``found=False``), placed at its region, is 2."""
    if precision in ("point", "settlement") and not found:
        return 2
    return _ACLED.get(precision or "", 3)


def ucdp_where_prec(precision: str | None, found: bool = True,
                    water: bool = False) -> int:
    """UCDP where_prec (1–7) for a place of this precision; ``water`` marks
    seas and airspace (7). A settlement the gazetteer lacks is 2."""
    if water:
        return 7
    if precision in ("point", "settlement") and not found:
        return 2
    return _UCDP.get(precision or "", 6)
