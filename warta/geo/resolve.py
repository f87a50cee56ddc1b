"""Choosing each place match's candidate in the context of the whole
article: certain and broad names first, so that they set the countries,
admin units and anchors that the rest are ranked against; then names
that local evidence claims for a namesake near the article's other places."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache
from typing import Final

from warta.geo.cohere import apart, cohere, scored
from warta.geo.doubt import FAMOUS, doubtful, located_instead
from warta.geo.gazetteer import Candidate, Gazetteer
from warta.geo.grid import Grid, km
from warta.geo.keyed import add_to, append_to
from warta.geo.match import Match
from warta.geo.namesakes import FINE, LOCAL_KM, NEAR_KM, namesakes, strays
from warta.geo.one_sense import (
    ADMIN_WANTS,
    BROAD,
    SETTLE_WANTS,
    headed_alike,
    in_next,
    kept_by_next,
    narrowed,
    one_sense,
    units_alike,
)
from warta.geo.rank import Context, best as best_of
from warta.geo.sources import geo_data
from warta.geo.towns import towns_not_units

PRECISION = {"country": "country", "region": "region", "admin1": "admin1",
             "admin2": "admin2", "settlement": "settlement"}
_LOCAL_WANTS: Final = ("new", "settlement", "admin2")  # place words of what lies in a province
_WANT_KINDS: Final = {"settlement": ("settlement",)}  # what a city word asks for ("kota X", "the city of X")


@cache
def theatres() -> dict[str, tuple[str, ...]]:
    """Countries whose war spans others' (``[theatres]`` of ``geo.toml``)."""
    return {k: tuple(v) for k, v in geo_data().get("theatres", {}).items()}


def candidates(gaz: Gazetteer, key: str, curated: tuple[str, ...] = (),
               found: dict[str, list[Candidate]] | None = None) -> list[Candidate]:
    """The places a folded name may be: those that language data names for
    it (``curated`` codes) first, then the index's. ``found`` holds the
    index's answers when they were looked up in a batch already."""
    hits = found.get(key, []) if found is not None else gaz.lookup([key]).get(key, [])
    if not curated:
        return list(hits)
    cands = [c for c in (gaz.by_code(code) for code in curated) if c]
    if not cands:
        return list(hits)
    seen = {c.id for c in cands}
    return cands + [c for c in hits if c.id not in seen]


def resolve(matches: list[Match], told: AbstractSet[str] = frozenset()) -> None:
    """Pick each match's candidate: certain and broad ones first, so that
    they set the context (countries, admin units, anchors) of the rest;
    ``told`` holds the countries that only peoples' adjectives name."""
    located = {m.key for m in matches if m.located}
    for m in matches:  # one mention "in Laconia" makes the name a place at every mention
        m.located = m.key in located
    admin_keys = {m.key for m in matches if m.want in ADMIN_WANTS}
    settle_keys = {m.key for m in matches if m.want in SETTLE_WANTS}
    for m in matches:
        if m.want is None and m.dateline:
            m.want = "settlement"
            own = max((c.population for c in m.cands if c.primary and c.kind == "settlement"), default=-1)
            # a dateline names a city by its own name: not a smaller town's other name
            m.cands = [c for c in m.cands if c.primary or c.kind != "settlement" or c.population >= own]
        elif m.want is None and m.key in admin_keys and m.key not in settle_keys:
            m.want = "admin"
    ctx = Context(told=told)
    seeders = {c.country for m in matches if m.want in ADMIN_WANTS
               for c in m.cands if c.kind in ("admin1", "admin2") and c.country}
    ctx.countries.update(seeders)
    placed_countries: set[str] = set()

    following = {id(a): b for a, b in zip(matches, matches[1:])}
    beside = _country_sentences(matches)
    _states_after_towns(matches, following)
    tiers = [_tier(m) for m in matches]
    named: dict[tuple[float, float], set[str]] = {}  # who placed each anchor
    placed: dict[str, set[tuple[float, float]]] = {}
    units_at: dict[str, set[tuple[float, float]]] = {}  # the points of the provinces each name placed
    province_of: dict[str, set[str]] = {}  # who placed each province
    provinces: dict[str, set[str]] = {}
    units: dict[int, frozenset[str]] = {}  # the provinces placed in each sentence
    early: set[int] = set()  # the indexes of those doubted among the broad names, before any town was placed
    last = len(matches) - 1
    in_tier: list[list[int]] = [[], [], []]  # the indexes of each tier's matches
    for k, tier in enumerate(tiers):
        in_tier[tier].append(k)
    for level in (0, 1, 2, 3):
        # level 3: the towns once more, and those doubted among the broad names, in their order
        for k in in_tier[level] if level < 3 else sorted(in_tier[2] + list(early)):
            m = matches[k]
            if level == 3 and k in early:  # asked again once the towns are placed ("such as X"
                m.cands, m.doubted = m.doubted, []  # beside the story's towns, though a province abroad
                # shares its name)
            elif not m.cands or (m.best and level < 3):
                continue
            ctx.curated = m.curated
            # ranked again: a name does not back itself ("Kursk" the city makes
            # "Kursk" the oblast around it no likelier)
            ctx.not_anchors = {p for p in placed.get(m.key, ()) if _only(named[p], m.key)} \
                if level == 3 else frozenset()
            # when a word asks for a unit, the province the name placed does not back its town
            # ("provinsi Deir ez-Zor" after a headline's "Deir ez-Zor", the province: not the city)
            asked = m.want in ADMIN_WANTS
            ctx.not_town_anchors = {p for p in units_at.get(m.key, ()) if _only(named[p], m.key)} if asked \
                else frozenset()
            ctx.not_admin1s = {u for u in provinces.get(m.key, ()) if _only(province_of[u], m.key)} if asked \
                else frozenset()
            nxt = matches[k + 1] if k < last else None
            ctx.near_units = _near(units, m)
            # once places are found, a country only unit words named is no country of the story
            ctx.seeded = seeders - placed_countries if seeders and ctx.anchors else frozenset()
            best = best_of(kept_by_next(m, nxt), ctx, m.want)
            pinned = in_next(best, m, nxt)  # "Attapeu, Laos": the text places it
            weak = level >= 1 and not pinned and doubtful(best, m, ctx, beside)
            if weak:
                famous = [c for c in m.cands if c.primary and c.population >= FAMOUS]
                if m.want is None and famous:  # not a namesake hamlet far from the story: the city
                    best = max(famous, key=lambda c: (c.kind == "settlement", c.population))
                else:  # "in Sousse": not a small alias in the story's country, the town
                    best = located_instead(best, m, ctx)
                weak = doubtful(best, m, ctx, beside)  # (the same place asked again: the same answer)
            if weak:
                m.new = m.want is not None  # a place word names it: a place the index lacks
                m.doubted = [] if m.new else m.cands
                if level == 1 and m.doubted:
                    early.add(k)
                m.cands, m.best = [], None
                continue
            m.best = best
            if m.dateline and best.kind == "settlement":
                ctx.datelines.add((best.lat, best.lon))
            if best.kind not in ("country", "region"):
                add_to(named, (best.lat, best.lon), m.key)
                add_to(placed, m.key, (best.lat, best.lon))
                if best.kind == "admin1":
                    add_to(units_at, m.key, (best.lat, best.lon))
            placed_countries.add(best.country or "")
            if best.kind == "country":
                ctx.countries.add(best.country or "")
                ctx.countries.update(theatres().get(best.country or "", ()))
            elif best.kind != "region" and ctx.anchors.add((best.lat, best.lon)):
                if best.kind == "admin1":
                    ctx.admin1s.add(best.code)
                    add_to(province_of, best.code, m.key)
                    add_to(provinces, m.key, best.code)
                    ctx.countries.add(best.country or "")
                    units[m.sentence] = units.get(m.sentence, frozenset()) | {best.code}
    ctx.not_anchors = ctx.not_town_anchors = frozenset()
    ctx.not_admin1s = frozenset()
    ctx.near_units = ctx.seeded = frozenset()
    placed_by = _Contexts(matches)
    _again(matches, following, placed_by)
    _far_units(matches, placed_by)
    _cohere(matches, following, placed_by)
    one_sense(matches, following)
    headed_alike(matches)
    units_alike(matches)
    namesakes(matches, ctx)
    narrowed(matches)
    strays(matches, ctx)
    towns_not_units(matches, ctx)
    _districts_abroad(matches, placed_by)


def _tier(m: Match) -> int:
    """When a name is placed: curated names and countries first (0), then broad names, which set the
    context of the rest (1: provinces, a country's name a city or province shares), then the rest (2)."""
    if m.curated:
        return 0
    country = unit = False  # whether a candidate is a country, a province by its main name
    for c in m.cands:
        if c.kind == "country":
            country = True
        elif c.kind == "admin1" and c.primary:
            unit = True
    if country:
        rivals = any(c.kind != "country" and (c.population >= 100_000 or c.kind == "admin1") and c.primary
                     for c in m.cands)
        return 1 if rivals else 0
    if m.want in ADMIN_WANTS or unit:
        return 1
    return 2


def _only(keys: set[str], key: str) -> bool:
    """Whether ``key`` is all of ``keys``."""
    return len(keys) == 1 and key in keys


def _states_after_towns(matches: list[Match], following: dict[int, Match]) -> None:
    """A name right after a town, in the same sentence, that may be a state
    or province holding the town is that state ("Blakely, Georgia" is the US
    state, not the country; "London, Ontario"); :func:`_bound` then keeps
    the town to the ones in it."""
    for m in matches:
        nxt = following.get(id(m))
        if nxt is None or nxt.start - m.end > 3 or nxt.sentence != m.sentence or nxt.key == m.key \
                or m.then != "," or any(c.kind in BROAD and c.primary for c in m.cands):
            continue  # "Texas, Oklahoma": peers in a list
        units = {c.code: c for c in nxt.cands if c.kind == "admin1" and c.primary}
        inside = [c for c in m.cands if c.kind == "settlement" and c.admin1 in units]
        if inside and any(c.kind != "admin1" for c in nxt.cands):  # _bound then keeps the town to it
            nxt.cands = [units[code] for code in dict.fromkeys(c.admin1 for c in inside if c.admin1)]
            nxt.curated = ()


def _contexts(matches: list[Match]) -> tuple[Context, dict[str, tuple[set[str], set[str],
                                                                   set[tuple[float, float]]]]]:
    """The context every placed name gives (countries, admin units, points)
    and, per name, what only that name placed (which does not count for it)."""
    in_countries: dict[str, set[str]] = {}  # country -> the names that placed it
    at_points: dict[tuple[float, float], set[str]] = {}
    in_units: dict[str, set[str]] = {}
    for m in matches:
        b = m.best
        if b is None or b.kind == "region":
            continue
        if b.country:
            add_to(in_countries, b.country, m.key)
        if b.kind == "country":
            for other in theatres().get(b.country or "", ()):
                add_to(in_countries, other, m.key)
        else:
            add_to(at_points, (b.lat, b.lon), m.key)
        if b.kind == "admin1":
            add_to(in_units, b.code, m.key)
    everything = Context(set(in_countries), set(in_units), Grid(at_points))
    own: dict[str, tuple[set[str], set[str], set[tuple[float, float]]]] = {}
    for country, keys in in_countries.items():
        if len(keys) == 1:
            _own_of(own, next(iter(keys)))[0].add(country)
    for unit, keys in in_units.items():
        if len(keys) == 1:
            _own_of(own, next(iter(keys)))[1].add(unit)
    for point, keys in at_points.items():
        if len(keys) == 1:
            _own_of(own, next(iter(keys)))[2].add(point)
    return everything, own


_NONE: tuple[set[str], set[str], set[tuple[float, float]]] = (set(), set(), set())
_Own = dict[str, tuple[set[str], set[str], set[tuple[float, float]]]]


def _own_of(own: _Own, key: str) -> tuple[set[str], set[str], set[tuple[float, float]]]:
    """The countries, admin units and points only ``key`` placed, as ``own`` keeps them (empty at first)."""
    got = own.get(key)
    if got is None:
        got = own[key] = (set(), set(), set())
    return got


class _Contexts:
    """:func:`_contexts` of the matches, made again only when a match's place changed since."""

    def __init__(self, matches: list[Match]) -> None:
        self.matches = matches
        self.bests: list[Candidate | None] = []
        self.made: tuple[Context, _Own] | None = None

    def get(self) -> tuple[Context, _Own]:
        bests = [m.best for m in self.matches]
        if self.made is None or any(a is not b for a, b in zip(bests, self.bests)):
            self.made, self.bests = _contexts(self.matches), bests
        return self.made


def _units_by_sentence(matches: list[Match]) -> dict[int, frozenset[str]]:
    """The provinces placed in each sentence."""
    out: dict[int, frozenset[str]] = {}
    for m in matches:
        if m.best is not None and m.best.kind == "admin1":
            out[m.sentence] = out.get(m.sentence, frozenset()) | {m.best.code}
    return out


def _near(by_sentence: dict[int, frozenset[str]], m: Match) -> frozenset[str]:
    """The provinces placed in ``m``'s sentence, else in the one before ("Di wilayah Bryansk, empat
    desa di distrik Klimovo": Bryansk's Klimovo, not Crimea's; "... near Toretsk. In the Zaporizhzhia
    region, ... Bilenke": Zaporizhzhia's, not Donetsk's)."""
    return by_sentence.get(m.sentence) or by_sentence.get(m.sentence - 1, frozenset())


def _again(matches: list[Match], following: dict[int, Match], placed_by: _Contexts) -> None:
    """Rank every ambiguous town and admin unit once more, now that every
    other name is placed, in the context the other names give (a name does
    not back itself: "Alexandria" the city and the governorate). Only a
    namesake elsewhere replaces the first choice, not the unit around it.
    One context serves every name: what only that name placed is left out."""
    asked = [m for m in matches if m.best and len(m.cands) >= 2 and m.best.kind not in ("country", "region")]
    if not asked:  # (the context is made only for a name to rank again)
        return
    everything, own = placed_by.get()
    by_sentence = _units_by_sentence(matches)
    done: dict[tuple[str, str | None, tuple[str, ...], tuple[int, ...], frozenset[str]], Candidate] = {}
    for m in asked:
        if m.best is None:
            continue
        cands = kept_by_next(m, following.get(id(m)))
        near = _near(by_sentence, m)
        question = (m.key, m.want, m.curated, tuple(c.id for c in cands), near)
        new = done.get(question)  # a repeated name in the same context: the same answer
        if new is None:
            countries, admin1s, points = own.get(m.key, _NONE)
            ctx = Context(everything.countries, everything.admin1s, everything.anchors, m.curated,
                          countries, admin1s, points, near_units=near)
            new = best_of(cands, ctx, m.want)
            if new is not m.best and doubtful(new, m, ctx) and not doubtful(m.best, m, ctx):
                new = m.best  # not a small namesake far from the story instead of the city
            done[question] = new
        if new is not m.best and km((new.lat, new.lon), (m.best.lat, m.best.lon)) > LOCAL_KM:
            m.best = new  # another namesake, not the town's own admin unit


EARTH_KM = 20_040.0  # half the earth's circumference: every point lies nearer
ABROAD_KM = 1_000.0  # a district this far from every other place of the story, in a country only it names


def _districts_abroad(matches: list[Match], placed_by: _Contexts) -> None:
    """A district the text names with a trigger word in a country nothing else of the
    story names, far from all its other places, is a district the index lacks ("Kani
    township" in a Myanmar story: no Japanese city's)."""
    asked = [m for m in matches if m.want == "admin2" and not m.curated and m.best and m.best.kind in FINE]
    if not asked:  # (the context is made only for a district to ask about)
        return
    everything, own = placed_by.get()
    for m in asked:
        b = m.best
        if b is None:
            continue
        countries, _, points = own.get(m.key, _NONE)
        far = everything.anchors.nearest(b.lat, b.lon, ABROAD_KM, points, key=b.id) >= ABROAD_KM
        if far and b.country in countries and everything.countries - countries \
                and everything.anchors.nearest(b.lat, b.lon, EARTH_KM, points,
                                               key=b.id) < EARTH_KM:  # places elsewhere
            m.best, m.cands, m.new = None, [], True


def _far_units(matches: list[Match], placed_by: _Contexts) -> None:
    """A district the text names with a trigger word ("distrik Dniprovskyi",
    "the Dniprovskyi district") is the namesake in a state or province the
    article names; when every namesake lies in another one of the same
    country, far from the article's other places, and the index knows the
    one it found by another name (Kyiv's Dnipro Raion, in a Kherson story),
    it is a district the index lacks, placed where the text puts it."""
    asked = [m for m in matches if m.want in ADMIN_WANTS and not m.curated and m.best and m.best.kind in FINE]
    if not asked:  # (the context is made only for a district to ask about)
        return
    everything, own = placed_by.get()
    by_sentence = _units_by_sentence(matches)
    for m in asked:
        b = m.best
        if b is None:
            continue
        countries, admin1s, points = own.get(m.key, _NONE)
        units = everything.admin1s - admin1s
        if not units or b.admin1 in units or not any(u.startswith(f"{b.country}.") for u in units):
            continue
        there = [c for c in m.cands if c.admin1 in units and c.kind in FINE]
        if there:
            ctx = Context(everything.countries, everything.admin1s, everything.anchors, m.curated,
                          countries, admin1s, points, near_units=_near(by_sentence, m))
            m.best = best_of(there, ctx, m.want)
        elif not b.primary and everything.anchors.nearest(b.lat, b.lon, NEAR_KM, points, key=b.id) >= NEAR_KM:
            m.best, m.cands, m.new = None, [], True


def _cohere(matches: list[Match], following: dict[int, Match], placed_by: _Contexts) -> None:
    """Ambiguous names that hold each other up move together, and names
    dropped as doubtful come back when others hold them up
    (:mod:`warta.geo.cohere`). The mentions of one name move as one; one
    that the text binds to a state or country ("Paris, Texas") keeps them
    all to the namesakes there. Scores count the countries and states the
    article names, not its points: those are what the support re-weighs."""
    by_key: dict[tuple[str, str | None, tuple[int, ...]], list[Match]] = {}
    for m in matches:  # one name: the same words asking for the same kind of place
        cands = m.cands or m.doubted
        if (m.best is None and not m.doubted) or m.want == "country" \
                or (m.best is not None and m.best.kind == "region"):
            continue
        append_to(by_key, (m.key, m.want, tuple(c.id for c in cands)), m)
    if apart([(key, ms[-1].cands or ms[-1].doubted) for (key, _, _), ms in by_key.items()]):
        return  # no name can back another
    everything, own = placed_by.get()
    by_sentence = _units_by_sentence(matches)
    names = []
    nowhere = Grid()  # no points: the scores count countries and states only
    for (key, _, _), ms in by_key.items():
        # the mentions' candidates are the same places, in the same order: the last mention's, once each
        cands = list({c.id: c for c in ms[-1].cands or ms[-1].doubted}.values())
        placed = [m.best for m in ms if m.best is not None]
        choice = _most_often(placed)
        kinds = _WANT_KINDS.get(ms[0].want or "", ())  # (one want for all the mentions)
        for m in ms:  # what the text pins a mention to ("Paris, Texas") holds for them all
            if m.best is None:
                continue
            bound = kept_by_next(m, following.get(id(m)))
            if len(bound) < len(m.cands):
                ids = {c.id for c in bound}
                kept = [c for c in cands if c.id in ids]
                if any(c.id == choice for c in kept):
                    cands = kept
            asked = [c for c in cands if c.kind in kinds] if kinds else []
            if asked and any(c.id == choice for c in asked):
                cands = asked  # "kota Zaporizhzhia": the city, whatever the villages of the oblast back
            near = _near(by_sentence, m) if m.want in _LOCAL_WANTS else frozenset()
            local = [c for c in cands if c.admin1 in near] if near else []
            if len(local) == 1 and local[0].id == choice:
                cands = local  # "In the Zaporizhzhia region, ... the village of Bilenke": its one namesake
                # there, not one by other towns of the story
        countries, admin1s, points = own.get(key, _NONE)
        ctx = Context(everything.countries, everything.admin1s, nowhere, ms[0].curated,
                      countries, admin1s, points)
        names.append(scored(key, cands, ctx, ms[0].want,
                            next((c for c in cands if c.id == choice), None)))
    groups = list(by_key.values())
    for n, new in cohere(names).items():
        for m in groups[n]:
            if m.best is None:
                m.cands, m.doubted = m.doubted, []
            m.best = new


def _most_often(placed: list[Candidate]) -> int | None:
    """The id of the place chosen most often (ties: the first chosen), None for none."""
    if len(placed) < 2:
        return placed[0].id if placed else None
    counts: dict[int, int] = {}
    for b in placed:
        counts[b.id] = counts.get(b.id, 0) + 1
    most, top = placed[0].id, 0
    for at, n in counts.items():  # (in the order first chosen)
        if n > top:
            most, top = at, n
    return most


def _country_sentences(matches: list[Match]) -> dict[str, set[int]]:
    """The sentences where each country is named."""
    out: dict[str, set[int]] = {}
    for m in matches:
        for c in m.cands:
            if c.kind == "country" and c.country:
                add_to(out, c.country, m.sentence)
    return out
