"""Ranking the gazetteer's candidates for one name, with the reasons.

A candidate gains from being large (a city of millions more so, unless a
smaller namesake lies right beside a place of the context), from matching
the name by its main name, from lying in a country or admin unit the article names, from lying
near other places of the article, from being the kind a trigger word asks
for ("wilayah", "region", "kota") and from curated language data.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Final

from warta.geo.gazetteer import Candidate
from warta.geo.grid import Grid
from warta.geo.prior import KIND_SCORE, PRIMARY, log_pop

# What a trigger asks for -> bonus per candidate kind.
_WANT: Final = {
    "admin": {"admin1": 10.0, "admin2": 8.0, "region": 8.0},  # "wilayah Kurdistan", "the Sahel region"
    "admin1": {"admin1": 10.0, "admin2": 5.0},
    "admin2": {"admin2": 10.0, "admin1": 5.0},
    "settlement": {"settlement": 12.0},
    "new": {"settlement": 10.0},
    "country": {"country": 10.0},
}
WORLD_CITY: Final = 1_000_000  # a city this big is what its name means unless the context is strong
WORLD_BONUS: Final = 5.0
NEAR_KM: Final = 50.0  # an anchor this close: +4
FAR_KM: Final = 300.0  # this close: +2


@dataclass(slots=True)
class Context:
    """What the rest of the article says about where it is."""

    countries: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    anchors: Grid = field(default_factory=Grid)  # places found so far
    curated: tuple[str, ...] = ()
    # what does not count for the name being ranked (what only it placed)
    not_countries: AbstractSet[str] = frozenset()
    not_admin1s: AbstractSet[str] = frozenset()
    not_anchors: AbstractSet[tuple[float, float]] = frozenset()
    not_town_anchors: AbstractSet[tuple[float, float]] = frozenset()  # ... nor for a settlement
    # countries only a people's adjective names ("Syrian fighters"): no anchor, no bonus,
    # but a place's other name there is no stranger to the story ("Kobani")
    told: AbstractSet[str] = frozenset()
    # the provinces its own sentence or the one before placed ("Di wilayah Bryansk, ... distrik Klimovo")
    near_units: AbstractSet[str] = frozenset()
    # the towns of datelines: where a reporter files from, not where the story is
    datelines: set[tuple[float, float]] = field(default_factory=set)
    # countries in the context only because a unit word asked for a unit there, with no
    # place found in them yet ("Distrik X" puts every country with a district X there)
    seeded: AbstractSet[str] = frozenset()

    # written out, not generated: the compiled build then builds a context natively (a dataclass's
    # generated __init__ runs as interpreted Python there), and one is made per name ranked
    def __init__(self, countries: set[str] | None = None, admin1s: set[str] | None = None,
                 anchors: Grid | None = None, curated: tuple[str, ...] = (),
                 not_countries: AbstractSet[str] = frozenset(), not_admin1s: AbstractSet[str] = frozenset(),
                 not_anchors: AbstractSet[tuple[float, float]] = frozenset(),
                 not_town_anchors: AbstractSet[tuple[float, float]] = frozenset(),
                 told: AbstractSet[str] = frozenset(), near_units: AbstractSet[str] = frozenset(),
                 datelines: set[tuple[float, float]] | None = None,
                 seeded: AbstractSet[str] = frozenset()) -> None:
        self.countries = set() if countries is None else countries
        self.admin1s = set() if admin1s is None else admin1s
        self.anchors = Grid() if anchors is None else anchors
        self.curated, self.not_countries, self.not_admin1s = curated, not_countries, not_admin1s
        self.not_anchors, self.not_town_anchors, self.told = not_anchors, not_town_anchors, told
        self.near_units, self.seeded = near_units, seeded
        self.datelines = set() if datelines is None else datelines

    def in_story(self, country: str | None) -> bool:
        """Whether a place found or a country named puts ``country`` in the story."""
        return country in self.countries and country not in self.seeded


@dataclass(slots=True)
class Scored:
    candidate: Candidate
    score: float
    why: list[str]

    def to_json(self) -> dict:
        return {**self.candidate.to_json(), "score": round(self.score, 2), "why": self.why}


def score(c: Candidate, ctx: Context, want: str | None = None, world: bool = True) -> Scored:
    """One candidate's score and why; ``world``: whether a city of millions
    gets its bonus (:func:`world_counts` of the name's candidates)."""
    why: list[str] = []
    return Scored(c, _value(c, ctx, want, why, world), why)


def rank(cands: list[Candidate], ctx: Context, want: str | None = None) -> list[Scored]:
    """Candidates best first, with the reasons."""
    world = world_counts(cands, ctx)
    return sorted((score(c, ctx, want, world) for c in cands), key=lambda x: -x.score)


def value(c: Candidate, ctx: Context, want: str | None = None, world: bool = True) -> float:
    """The score of :func:`score` without the reasons (for the pipeline)."""
    return _value(c, ctx, want, None, world)


def _value(c: Candidate, ctx: Context, want: str | None, why: list[str] | None, world: bool) -> float:
    """The one scoring rule of both :func:`score` and :func:`value`; the
    reasons are written to ``why`` when it is given."""
    s = _local(c, ctx, want, why)
    if ctx.anchors and c.kind in _ANCHORED:
        s += _near_bonus(c, ctx, _skip(c, ctx), why)
    if world and _world_city(c):
        s += WORLD_BONUS
        if why is not None:
            why.append(f"a city of millions (+{WORLD_BONUS:g})")
    return s


def _local(c: Candidate, ctx: Context, want: str | None, why: list[str] | None) -> float:
    """The score without the nearness of other places and the bonus of a city of millions
    (the rule of :func:`_locals`, with the reasons written to ``why`` when it is given)."""
    kind = c.kind
    if why is None:
        s = c.prior
    else:
        s = log_pop(c.population)
        why.append(f"population {c.population:,} ({s:+.1f})")
        s += KIND_SCORE.get(kind, 0.0)
        if c.primary:
            s += PRIMARY
            why.append("main name (+2)")
    if ctx.curated and c.code in ctx.curated:
        bonus = 8.0 - 3.0 * ctx.curated.index(c.code)
        s += bonus
        if why is not None:
            why.append(f"language data names it (+{bonus:g})")
    if want:
        asked = _WANT.get(want, _NO_WANT).get(kind)
        if asked is not None:
            s += asked
            if why is not None:
                why.append(f"trigger asks for {want} (+{asked:g})")
    country = c.country
    if country and kind != "country" and country in ctx.countries and country not in ctx.not_countries:
        bonus = 8.0 if kind == "admin1" else 5.0
        s += bonus
        if why is not None:
            why.append(f"in {country}, a country of the context (+{bonus:g})")
    unit = c.admin1
    if unit and kind != "admin1" and unit in ctx.admin1s and unit not in ctx.not_admin1s:
        s += 3.0
        if why is not None:
            why.append(f"in {unit}, an admin unit of the context (+3)")
        if unit in ctx.near_units and want in _LOCAL_WANTS:  # a local place word
            s += 3.0
            if why is not None:
                why.append(f"in {unit}, named in its sentence or the one before (+3)")
    return s


def _locals(cands: list[Candidate], ctx: Context, want: str | None) -> list[float]:
    """:func:`_local` of each of ``cands`` (the context's sets read once for them all)."""
    curated = ctx.curated
    wants = _WANT.get(want, _NO_WANT) if want else _NO_WANT
    countries = ctx.countries - ctx.not_countries if ctx.not_countries else ctx.countries
    units = ctx.admin1s - ctx.not_admin1s if ctx.not_admin1s else ctx.admin1s
    near = ctx.near_units if want in _LOCAL_WANTS else frozenset()
    out: list[float] = []
    for c in cands:
        kind = c.kind
        s = c.prior
        if curated and c.code in curated:
            s += 8.0 - 3.0 * curated.index(c.code)
        if wants:
            asked = wants.get(kind)
            if asked is not None:
                s += asked
        country = c.country
        if country and kind != "country" and country in countries:
            s += 8.0 if kind == "admin1" else 5.0
        unit = c.admin1
        if unit and kind != "admin1" and unit in units:
            s += 3.0
            if unit in near:
                s += 3.0
        out.append(s)
    return out


_NO_WANT: Final[dict[str, float]] = {}
_LOCAL_WANTS: Final = ("admin2", "new", "settlement")  # place words of what lies in a province
_ANCHORED: Final = ("settlement", "admin2", "admin1")  # the kinds that gain from lying near a place found


def _skip(c: Candidate, ctx: Context) -> AbstractSet[tuple[float, float]]:
    """The places found that do not count for ``c``'s nearness."""
    if c.kind == "settlement" and ctx.not_town_anchors:
        return ctx.not_anchors | ctx.not_town_anchors
    return ctx.not_anchors


def _near_bonus(c: Candidate, ctx: Context, skip: AbstractSet[tuple[float, float]],
                why: list[str] | None) -> float:
    """What lying near a place found, not one of ``skip``, gives ``c`` (a town, county or state)."""
    d = ctx.anchors.nearest(c.lat, c.lon, FAR_KM, skip, key=c.id)
    bonus = 4.0 if d < NEAR_KM else 2.0 if d < FAR_KM else 0.0
    if bonus and why is not None:
        why.append(f"{d:.0f} km from a place of the context (+{bonus:g})")
    return bonus


def _world_city(c: Candidate) -> bool:
    """Whether ``c`` is a city of millions by its main name."""
    return c.kind == "settlement" and c.primary and c.population >= WORLD_CITY


def world_counts(cands: list[Candidate], ctx: Context) -> bool:
    """Whether a city of millions among ``cands`` gets its bonus: not when a
    smaller namesake lies right beside a place of the context (a point the
    user gives, a town of the story: "Paris" by Dallas is the Texas one)."""
    if not ctx.anchors or not any(c.kind == "settlement" and c.primary and c.population >= WORLD_CITY
                                  for c in cands):
        return True  # no city of millions to give the bonus to: nothing to look up
    return not any(c.kind in ("settlement", "admin2") and c.population < WORLD_CITY
                   and ctx.anchors.nearest(c.lat, c.lon, NEAR_KM, ctx.not_anchors, key=c.id) < NEAR_KM
                   for c in cands)


def best(cands: list[Candidate], ctx: Context, want: str | None = None) -> Candidate:
    """The first candidate :func:`rank` would give (ties: the earlier one)."""
    if len(cands) == 1:
        return cands[0]
    local = _locals(cands, ctx, want)
    anchors = ctx.anchors
    if not anchors:  # nothing found yet: the local score and a city's bonus (always given) are all
        top, top_at = -math.inf, 0
        for i, c in enumerate(cands):
            s = local[i]
            if c.kind == "settlement" and c.primary and c.population >= WORLD_CITY:  # (_world_city)
                s += WORLD_BONUS
            if s > top:
                top, top_at = s, i
        return cands[top_at]
    world = world_counts(cands, ctx)
    skip = ctx.not_anchors
    town_skip = skip | ctx.not_town_anchors if ctx.not_town_anchors else skip
    # what each may still gain beyond its local score (negated): the candidates that may gain most
    # are scored first, and those that cannot reach the best one found are not looked at further
    hopes: list[float] = []
    first, high = 0, math.inf  # the one that may gain most (the first of them)
    for i, c in enumerate(cands):
        hope = -(local[i] + (4.0 if c.kind in _ANCHORED else 0.0)
                 + (WORLD_BONUS if world and c.kind == "settlement" and c.primary
                    and c.population >= WORLD_CITY else 0.0))  # (_world_city)
        hopes.append(hope)
        if hope < high:
            first, high = i, hope
    # the one that may gain most, then those that may still reach it, best first (stable: ties in
    # their order); a candidate that cannot reach the best one found ends the search
    top, top_at = _scored(cands[first], local[first], anchors, skip, town_skip, world), first
    rest = [i for i in range(len(cands)) if i != first and -hopes[i] >= top - _SLACK]
    if len(rest) > 1:
        rest.sort(key=hopes.__getitem__)
    for i in rest:
        if -hopes[i] < top - _SLACK:
            break
        s = _scored(cands[i], local[i], anchors, skip, town_skip, world)
        if s > top or (s == top and i < top_at):
            top, top_at = s, i
    return cands[top_at]


def _scored(c: Candidate, local: float, anchors: Grid, skip: AbstractSet[tuple[float, float]],
            town_skip: AbstractSet[tuple[float, float]], world: bool) -> float:
    """``c``'s score of :func:`best` from its ``local`` score: with the nearness of the places found
    (but ``skip``, or ``town_skip`` for a town) and the bonus of a city of millions."""
    s = local
    kind = c.kind
    if kind in _ANCHORED:
        d = anchors.nearest(c.lat, c.lon, FAR_KM, town_skip if kind == "settlement" else skip, key=c.id)
        s += 4.0 if d < NEAR_KM else 2.0 if d < FAR_KM else 0.0
    if world and kind == "settlement" and c.primary and c.population >= WORLD_CITY:  # (_world_city)
        s += WORLD_BONUS
    return s


def values(cands: list[Candidate], ctx: Context, want: str | None = None) -> list[float]:
    """:func:`value` of each of ``cands``, with :func:`world_counts` of them all."""
    world = world_counts(cands, ctx)
    out = _locals(cands, ctx, want)
    anchored = bool(ctx.anchors)
    for i, c in enumerate(cands):
        if anchored and c.kind in _ANCHORED:
            out[i] += _near_bonus(c, ctx, _skip(c, ctx), None)
        if world and _world_city(c):
            out[i] += WORLD_BONUS
    return out


_SLACK: Final = 1e-9  # more than the rounding of a sum of a few scores
