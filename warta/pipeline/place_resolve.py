"""Choosing each place match's candidate in the context of the whole
article: certain and broad names first, so that they set the countries,
admin units and anchors that the rest are ranked against; then names
that local evidence claims for a namesake near the article's other places."""

from __future__ import annotations

from dataclasses import dataclass

from warta.geo.gazetteer import Candidate
from warta.geo.rank import Context, best as best_of, km
from warta.geo.spans import Run

PRECISION = {"country": "country", "region": "region", "admin1": "admin1",
             "admin2": "admin2", "settlement": "settlement"}
_ADMIN_WANTS = ("admin", "admin1", "admin2")
_SETTLE_WANTS = ("settlement", "new")
BROAD = ("country", "region", "admin1")
SMALL_PLACE = 50_000  # a one-word settlement smaller than this needs support from context
NEAR_KM = 300.0


@dataclass(slots=True)
class Match:
    start: int
    end: int
    key: str
    i: int  # first global token
    j: int  # one past the last global token
    run: Run
    want: str | None
    cands: list[Candidate]
    curated: tuple[str, ...]
    best: Candidate | None = None
    new: bool = False



def resolve(matches: list[Match]) -> None:
    """Pick each match's candidate: certain and broad ones first, so that
    they set the context (countries, admin units, anchors) of the rest."""
    admin_keys = {m.key for m in matches if m.want in _ADMIN_WANTS}
    settle_keys = {m.key for m in matches if m.want in _SETTLE_WANTS}
    for m in matches:
        if m.want is None and m.run.dateline:
            m.want = "settlement"
        elif m.want is None and m.key in admin_keys and m.key not in settle_keys:
            m.want = "admin"
    ctx = Context()
    for m in matches:
        if m.want in _ADMIN_WANTS:
            ctx.countries.update(c.country for c in m.cands
                                 if c.kind in ("admin1", "admin2") and c.country)

    def tier(m: Match) -> int:
        if m.curated:
            return 0
        if any(c.kind == "country" for c in m.cands):
            rivals = [c for c in m.cands if c.kind != "country"
                      and (c.population >= 100_000 or c.kind == "admin1") and c.primary]
            return 1 if rivals else 0
        if m.want in _ADMIN_WANTS or any(c.kind == "admin1" and c.primary for c in m.cands):
            return 1
        return 2

    tiers = {id(m): tier(m) for m in matches}
    following = {id(a): b for a, b in zip(matches, matches[1:])}
    anchor_set: set[tuple[float, float]] = set()
    for level in (0, 1, 2, 3):
        for m in matches:
            if not m.cands or tiers[id(m)] != min(level, 2) or (m.best and level < 3):
                continue
            ctx.curated = m.curated
            best = best_of(_bound(m, following.get(id(m))), ctx, m.want)
            if level >= 1 and _doubtful(best, m, ctx):
                m.cands, m.best = [], None
                m.new = m.want is not None  # a place word names it: a place the index lacks
                continue
            m.best = best
            if best.kind == "country":
                ctx.countries.add(best.country or "")
            elif best.kind != "region" and (best.lat, best.lon) not in anchor_set:
                anchor_set.add((best.lat, best.lon))
                ctx.anchors.append((best.lat, best.lon))
                if best.kind == "admin1":
                    ctx.admin1s.add(best.code)
                    ctx.countries.add(best.country or "")
    _again(matches, following)
    _namesakes(matches, ctx)


def _again(matches: list[Match], following: dict[int, Match]) -> None:
    """Rank every ambiguous town and admin unit once more, now that every
    other name is placed, in the context the other names give (a name does
    not back itself: "Alexandria" the city and the governorate). Only a
    namesake elsewhere replaces the first choice, not the unit around it."""
    owners: dict[tuple[str, str | tuple[float, float]], set[str]] = {}
    for m in matches:
        b = m.best
        if b is None or b.kind == "region":
            continue
        if b.country:
            owners.setdefault(("c", b.country), set()).add(m.key)
        if b.kind != "country":
            owners.setdefault(("p", (b.lat, b.lon)), set()).add(m.key)
        if b.kind == "admin1":
            owners.setdefault(("a", b.code), set()).add(m.key)
    by_key: dict[str, Context] = {}
    for m in matches:
        if not m.best or len(m.cands) < 2 or m.best.kind in ("country", "region"):
            continue
        ctx = by_key.get(m.key)
        if ctx is None:
            ctx = Context()
            for (kind, what), keys in owners.items():
                if keys == {m.key}:
                    continue
                if kind == "c":
                    ctx.countries.add(what)  # type: ignore[arg-type]
                elif kind == "p":
                    ctx.anchors.append(what)  # type: ignore[arg-type]
                else:
                    ctx.admin1s.add(what)  # type: ignore[arg-type]
            by_key[m.key] = ctx
        ctx.curated = m.curated
        new = best_of(_bound(m, following.get(id(m))), ctx, m.want)
        if km((new.lat, new.lon), (m.best.lat, m.best.lon)) > LOCAL_KM:
            m.best = new  # another namesake, not the town's own admin unit


FINE = ("settlement", "admin2")
LOCAL_KM = 50.0


def _namesakes(matches: list[Match], ctx: Context) -> None:
    """A name placed where nothing else of the article is (a country, a
    city abroad) that has a namesake among the article's own places takes
    the namesake: in the admin unit of a town the article names, or within
    LOCAL_KM of one ("Lebanon" beside "Boone County", "Dublin" in an Ohio story)."""
    placed = [(m, m.best) for m in matches if m.best is not None]
    if not any(b.kind in FINE for _, b in placed):
        return
    # one candidate per (name, place): a long article repeats names, not places
    distinct: dict[tuple[str, int], Candidate] = {}
    for x, b in placed:
        distinct.setdefault((x.key, b.id), b)
    for m, b in placed:
        if len(m.cands) < 2 or m.want == "country":
            continue
        others = [c for (key, _), c in distinct.items() if key != m.key]
        if _near_any(b, others):
            continue
        fine = [o for o in others if o.kind in FINE]
        support = {id(c): _local(c, fine) for c in m.cands if c is not b
                   and c.kind in ("settlement", "admin2", "admin1") and c.country != b.country}
        most = max(support.values(), default=0)
        if most:
            ctx.curated = ()
            m.best = best_of([c for c in m.cands if support.get(id(c)) == most], ctx, m.want)


def _near_any(b: Candidate, others: list[Candidate]) -> bool:
    """Whether another place of the article backs ``b``: in its country
    (for a country), else in its admin unit or within NEAR_KM."""
    for o in others:
        if b.kind == "country" or o.kind == "country":
            if o.country == b.country:
                return True
        elif (b.admin1 and o.admin1 == b.admin1) or km((b.lat, b.lon), (o.lat, o.lon)) < NEAR_KM:
            return True
    return False


def _local(c: Candidate, fine: list[Candidate]) -> int:
    """How many towns and counties of the article lie in ``c`` (an admin1)
    or close to it."""
    n = 0
    for o in fine:
        if c.kind == "admin1":
            n += o.admin1 == c.code
        elif km((c.lat, c.lon), (o.lat, o.lon)) < LOCAL_KM or (
                c.admin1 and o.admin1 == c.admin1 and o.kind == "admin2"):
            n += 1
    return n


def _bound(m: Match, nxt: Match | None) -> list[Candidate]:
    """``m``'s candidates, kept to the admin unit or country named right
    after it (``nxt``: "Paris, Texas", "Gainesville, Ga."), when any lie there."""
    if nxt is None or nxt.best is None or nxt.start - m.end > 3 or m.j - m.i > 4:
        return m.cands
    b = nxt.best
    if any(c.kind == b.kind and c.primary for c in m.cands):
        return m.cands  # peers in a list: "Illinois, Missouri"
    if b.kind == "admin1":
        inside = [c for c in m.cands if c.admin1 == b.code and c.kind != "admin1"]
    elif b.kind == "country":
        inside = [c for c in m.cands if c.country == b.country and c.kind != "country"]
    else:
        inside = []
    return inside or m.cands


def _doubtful(best: Candidate, m: Match, ctx: Context) -> bool:
    """A weak hit with no trigger word for it: an alternate name of a place
    outside every country the article names, or a small settlement far from
    everything else the article names."""
    if m.curated:
        return False
    if not best.primary and ctx.countries and best.country not in ctx.countries \
            and best.population < 2 * SMALL_PLACE:
        return True  # even after a trigger word: "Distrik Sinak" is no alias of a town abroad
    if m.want is not None:
        return False
    if best.kind in ("settlement", "admin2") and best.population < SMALL_PLACE \
            and m.j - m.i == 1:
        if best.admin1 and best.admin1 in ctx.admin1s:
            return False
        return not any(km((best.lat, best.lon), a) < NEAR_KM for a in ctx.anchors
                       if a != (best.lat, best.lon))
    return False

