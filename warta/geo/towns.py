"""A bare name that a town shares with an admin unit is the town: with the province
that holds it ("shelling hit Kherson"), or with a district elsewhere named like a
city ("debris fell on Kharkiv and Dnipro": no Dnipro district of Kyiv). A mention
that asks for a unit ("the Kherson region") keeps the unit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.geo.gazetteer import Candidate
from warta.geo.grid import km
from warta.geo.namesakes import LOCAL_KM
from warta.geo.rank import Context

if TYPE_CHECKING:
    from warta.geo.match import Match

TOWN_OF_PROVINCE = 10_000  # a town this big is what a bare name it shares with its province means
PROVINCE_KM = 100.0  # a town this close to a province's centre lies in it (where codes do not tell)


def towns_not_units(matches: list[Match], ctx: Context) -> None:
    """A bare name that is the main name of a town and a name of the province that
    holds it is the town ("shelling hit Kherson", "aid waited in Rafah"); "the Kherson
    region", or any mention asking for a unit, keeps the province (``want``). ("New
    York" is the state's main name, the city's other one: the state stays.)"""
    for m in matches:
        if m.best is not None and m.want is None and not m.curated and m.best.kind in _UNITS:
            m.best = town_of_province(m.best, m.cands) or town_of_district(m.best, m.cands) \
                or city_of_district(m.best, m.cands, ctx) or m.best


_UNITS = ("admin1", "admin2")  # the kinds a town may take the place of


def town_of_province(best: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The biggest town among ``cands`` whose main name a province ``best`` shares and
    that lies in it, or None; when the name is only another name of the province, one
    that is only another name of the town ("Raqqa": Ar Raqqah, both) will do."""
    if best.kind != "admin1":
        return None
    towns = [c for c in cands if c.kind == "settlement" and (c.primary or not best.primary)
             and c.country == best.country
             and c.population >= TOWN_OF_PROVINCE
             and (c.admin1 == best.code or km((c.lat, c.lon), (best.lat, best.lon)) <= PROVINCE_KM)]
    return max(towns, key=lambda c: c.population) if towns else None


CITY_OVER_DISTRICT = 300_000  # a city this big is what its bare name means, not a district named like it


def city_of_district(best: Candidate, cands: list[Candidate], ctx: Context) -> Candidate | None:
    """The biggest city among ``cands`` by its main name, in ``best``'s country and away from
    it, when ``best`` is a district (not one that holds the city: "Kharkiv Raion" lies round
    Kharkiv) that no other place of the story but a dateline lies by ("Raleigh" among towns
    of Raleigh County is the county), or None."""
    if best.kind != "admin2" or any(
            a != (best.lat, best.lon) and all(km(a, d) > LOCAL_KM for d in ctx.datelines)
            for a in ctx.anchors.within(best.lat, best.lon, PROVINCE_KM)):
        return None  # (a place by the dateline, "Kyiv" after "KYIV -", is no more than the dateline)
    cities = [c for c in cands if c.kind == "settlement" and c.primary and c.country == best.country
              and c.population >= CITY_OVER_DISTRICT and km((c.lat, c.lon), (best.lat, best.lon)) > LOCAL_KM]
    return max(cities, key=lambda c: c.population) if cities else None


def town_of_district(best: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The biggest town among ``cands`` in the district ``best`` (its province, within
    :data:`PROVINCE_KM` of its centre): the town a district is named after ("serangan ke
    Izmail": the port, not Izmail Raion), or None."""
    if best.kind != "admin2":
        return None
    towns = [c for c in cands if c.kind == "settlement" and c.country == best.country
             and c.population >= TOWN_OF_PROVINCE and c.admin1 == best.admin1
             and km((c.lat, c.lon), (best.lat, best.lon)) <= PROVINCE_KM]
    return max(towns, key=lambda c: c.population) if towns else None
