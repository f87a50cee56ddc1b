"""Geocoding one name: ranked candidates with scores and the reasons, exact
matches first and near matches (fuzzy) only when there is none."""

from __future__ import annotations

from warta.geo.fold import fold
from warta.geo.fuzzy import fuzzy_candidates
from warta.geo.gazetteer import Gazetteer
from warta.geo.grid import Grid, km
from warta.geo.rank import Context, Scored, rank
from warta.geo.resolve import candidates
from warta.geo.towns import town_of_province


def geocode(gaz: Gazetteer, name: str, country: str | None = None,
            near: tuple[float, float] | None = None, limit: int = 10,
            curated: tuple[str, ...] = ()) -> list[Scored]:
    """Candidates for ``name``, best first; ``country`` (ISO2) keeps those in
    that country, ``near`` (lat, lon) favours those close to the point.
    ``curated`` are the place codes a language's data gives the name (what
    the pipeline looks up for it too): they come first and rank higher. The
    candidates and their ranking are the pipeline's (:mod:`warta.geo.resolve`)."""
    key = fold(name)
    cands = candidates(gaz, key, curated)
    fuzzy: dict[int, float] = {}
    if not cands:
        for c, s in fuzzy_candidates(gaz, name, limit=limit):
            if c.id not in fuzzy:
                fuzzy[c.id] = s
                cands.append(c)
    if country:
        cands = [c for c in cands if c.country == country.upper()]
    ctx = Context(countries={country.upper()} if country else set(),
                  anchors=Grid([near] if near else []), curated=curated)
    out = rank(cands, ctx)
    for sc in out:
        if sc.candidate.id in fuzzy:
            penalty = (100.0 - fuzzy[sc.candidate.id]) / 5.0
            sc.score -= penalty
            sc.why.append(f"near match {fuzzy[sc.candidate.id]:.0f}/100 (-{penalty:.1f})")
        if near:
            sc.why.append(f"{km((sc.candidate.lat, sc.candidate.lon), near):.0f} km from --near")
    out.sort(key=lambda x: -x.score)
    town = town_of_province(out[0].candidate, cands) if out and not country and not near else None
    if town is not None:  # as the pipeline reads a bare name: the town, not its province
        first = next(sc for sc in out if sc.candidate is town)
        first.why.append(f"the town {out[0].candidate.name} is named after (a bare name means it)")
        out = [first] + [sc for sc in out if sc is not first]
    return out[:limit]
