"""Ranking the gazetteer's candidates for one name, with the reasons.

A candidate gains from being large, from matching the name by its main
name, from lying in a country or admin unit the article names, from lying
near other places of the article, from being the kind a trigger word asks
for ("wilayah", "region", "kota") and from curated language data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from warta.geo.gazetteer import Candidate

# What a trigger asks for -> bonus per candidate kind.
_WANT = {
    "admin": {"admin1": 10.0, "admin2": 8.0},
    "admin1": {"admin1": 10.0, "admin2": 5.0},
    "admin2": {"admin2": 10.0, "admin1": 5.0},
    "settlement": {"settlement": 12.0},
    "new": {"settlement": 10.0},
    "country": {"country": 10.0},
}
_KIND = {"country": 6.0, "region": 3.0, "admin1": 0.5, "admin2": -1.5, "settlement": 0.0}


@dataclass(slots=True)
class Context:
    """What the rest of the article says about where it is."""

    countries: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    anchors: list[tuple[float, float]] = field(default_factory=list)
    curated: tuple[str, ...] = ()


@dataclass(slots=True)
class Scored:
    candidate: Candidate
    score: float
    why: list[str]

    def to_json(self) -> dict:
        return {**self.candidate.to_json(), "score": round(self.score, 2), "why": self.why}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def score(c: Candidate, ctx: Context, want: str | None = None) -> Scored:
    """One candidate's score and why."""
    why: list[str] = []
    s = math.log10(c.population + 1)
    why.append(f"population {c.population:,} ({s:+.1f})")
    s += _KIND.get(c.kind, 0.0)
    if c.primary:
        s += 2.0
        why.append("main name (+2)")
    if c.code in ctx.curated:
        bonus = 8.0 - 3.0 * ctx.curated.index(c.code)
        s += bonus
        why.append(f"language data names it (+{bonus:g})")
    if want and c.kind in _WANT.get(want, {}):
        bonus = _WANT[want][c.kind]
        s += bonus
        why.append(f"trigger asks for {want} (+{bonus:g})")
    if c.country and c.country in ctx.countries and c.kind != "country":
        bonus = 8.0 if c.kind == "admin1" else 5.0
        s += bonus
        why.append(f"in {c.country}, a country of the context (+{bonus:g})")
    if c.admin1 and c.admin1 in ctx.admin1s and c.kind != "admin1":
        s += 3.0
        why.append(f"in {c.admin1}, an admin unit of the context (+3)")
    own = (c.lat, c.lon)
    others = [a for a in ctx.anchors if a != own] if c.kind in (
        "settlement", "admin2", "admin1") else []
    if others:
        d = min(km(own, a) for a in others)
        if d < 50:
            s += 4.0
            why.append(f"{d:.0f} km from a place of the context (+4)")
        elif d < 300:
            s += 2.0
            why.append(f"{d:.0f} km from a place of the context (+2)")
    return Scored(c, s, why)


def rank(cands: list[Candidate], ctx: Context, want: str | None = None) -> list[Scored]:
    """Candidates best first, with the reasons."""
    return sorted((score(c, ctx, want) for c in cands), key=lambda x: -x.score)


def value(c: Candidate, ctx: Context, want: str | None = None) -> float:
    """The score of :func:`score` without the reasons (for the pipeline)."""
    s = _LOG_POP(c.population) + _KIND.get(c.kind, 0.0) + (2.0 if c.primary else 0.0)
    if ctx.curated and c.code in ctx.curated:
        s += 8.0 - 3.0 * ctx.curated.index(c.code)
    if want:
        s += _WANT.get(want, {}).get(c.kind, 0.0)
    if c.country and c.kind != "country" and c.country in ctx.countries:
        s += 8.0 if c.kind == "admin1" else 5.0
    if c.admin1 and c.kind != "admin1" and c.admin1 in ctx.admin1s:
        s += 3.0
    if ctx.anchors and c.kind in ("settlement", "admin2", "admin1"):
        d = _nearest(c.lat, c.lon, ctx.anchors)
        s += 4.0 if d < 50 else 2.0 if d < 300 else 0.0
    return s


def _nearest(lat: float, lon: float, anchors: list[tuple[float, float]]) -> float:
    """Kilometres to the nearest anchor other than the point itself; far
    anchors are ruled out by latitude before the exact distance is taken."""
    d = math.inf
    for a in anchors:
        if abs(a[0] - lat) * 111.0 >= min(d, 300.0) or a == (lat, lon):
            continue
        d = min(d, km((lat, lon), a))
    return d


def best(cands: list[Candidate], ctx: Context, want: str | None = None) -> Candidate:
    """The first candidate :func:`rank` would give (ties: the earlier one)."""
    return max(cands, key=lambda c: value(c, ctx, want))


def _log_pop(population: int) -> float:
    return math.log10(population + 1)


_LOG_POP = lru_cache(maxsize=65536)(_log_pop)
