"""One sense per article: where the text pins a name down at one mention, or
head words make it one kind of place at all of them, its other mentions are
that place; and a name is kept to the unit or country named right after it."""

from __future__ import annotations

from typing import Final

from warta.geo.gazetteer import Candidate
from warta.geo.grid import km
from warta.geo.keyed import add_to
from warta.geo.match import Match
from warta.geo.namesakes import FINE, LOCAL_KM

ADMIN_WANTS: Final = ("admin", "admin1", "admin2")
SETTLE_WANTS: Final = ("settlement", "new")
_BARE_OR_SETTLE: Final = (None, "settlement", "new")  # a bare mention or one a town's word marks
BROAD: Final = ("country", "region", "admin1")


def one_sense(matches: list[Match], following: dict[int, Match]) -> None:
    """One sense per article: where the text pins a name down at one mention
    (a dateline, "Paris, Texas"), its other bare mentions are that place,
    though a guard left them only a famous namesake ("Hamilton" the surname)
    or a state or province of another country ("Dublin" after "Dublin, Ohio")."""
    pins: dict[str, set[int]] = {}
    pinned: dict[int, Candidate] = {}
    for m in matches:
        if m.best is None or m.want not in _BARE_OR_SETTLE:
            continue
        nxt = following.get(id(m))
        bound = kept_by_next(m, nxt)
        if (m.dateline or len(bound) < len(m.cands) or in_next(m.best, m, nxt)) \
                and m.best.kind == "settlement":
            add_to(pins, m.key, m.best.id)
            pinned[m.best.id] = m.best
    if not pins:
        return
    for m in matches:
        ids = pins.get(m.key)
        if m.best is None or ids is None or len(ids) != 1 or m.want not in _BARE_OR_SETTLE:
            continue
        pin = pinned[next(iter(ids))]
        abroad = m.best.kind == "admin1" and m.best.country != pin.country  # "Dublin" the Irish county
        if (m.best.kind == "settlement" or abroad) and pin.admin1 != m.best.admin1 \
                and km((pin.lat, pin.lon), (m.best.lat, m.best.lon)) > LOCAL_KM:
            m.best = pin  # a namesake town, not the state the name may also be


def headed_alike(matches: list[Match]) -> None:
    """A name a head makes a town ("Dublin City Council") is the town its bare
    mentions are, when they all are one ("Dublin" in Ohio, at every bare
    mention): the headed form's own lookup may know only a namesake abroad."""
    bare: dict[str, set[int]] = {}
    towns: dict[int, Candidate] = {}
    for m in matches:
        if m.best is not None and m.want is None and m.best.kind == "settlement":
            add_to(bare, m.key, m.best.id)
            towns[m.best.id] = m.best
    if not bare:
        return
    for m in matches:
        ids = bare.get(m.key)
        b = m.best
        if b is None or m.want not in SETTLE_WANTS or ids is None or len(ids) != 1 or m.curated:
            continue
        town = towns[next(iter(ids))]
        if b.kind == "settlement" and b.id != town.id and km((b.lat, b.lon), (town.lat, town.lon)) > LOCAL_KM:
            m.best = town


def units_alike(matches: list[Match]) -> None:
    """A bare mention of a name that head words make a province elsewhere ("Provinsi Donetsk
    ... Donetsk adalah ...") is that province, when they all make it one, not the district named
    after it inside it."""
    units: dict[str, set[int]] = {}
    found: dict[int, Candidate] = {}
    for m in matches:
        if m.best is not None and m.want in ADMIN_WANTS and m.want != "admin":
            add_to(units, m.key, m.best.id)
            found[m.best.id] = m.best
    if not units:
        return
    for m in matches:
        ids = units.get(m.key)
        if m.best is not None and m.best.kind == "admin2" and m.want == "admin" \
                and ids is not None and len(ids) == 1:
            unit = found[next(iter(ids))]
            if unit.kind == "admin1" and m.best.admin1 == unit.code and any(c.id == unit.id for c in m.cands):
                m.best = unit


def narrowed(matches: list[Match]) -> None:
    """One sense per article for a name narrowed at some mentions: where a
    capitalised word before it made a mention look like a person's name
    ("Distinctly Dublin", "the Alexandria Commonwealth's Attorney") it kept
    only broad namesakes (the Irish county, the Egyptian governorate); when
    every full mention of the name is one town, those mentions are that town."""
    full: dict[str, int] = {}
    broad = False  # whether a bare mention is placed at a broad namesake (none: nothing to narrow)
    for m in matches:
        if m.best is not None:
            full[m.key] = max(full.get(m.key, 0), len(m.cands))
            broad = broad or (m.want is None and m.best.kind in BROAD)
    if not broad:
        return
    senses: dict[str, set[int]] = {}
    towns: dict[int, Candidate] = {}
    for m in matches:
        if m.best is not None and len(m.cands) == full[m.key]:
            add_to(senses, m.key, m.best.id)
            towns[m.best.id] = m.best
    for m in matches:
        ids = senses.get(m.key)
        if m.best is None or m.want is not None or m.best.kind not in BROAD \
                or len(m.cands) == full[m.key] or ids is None or len(ids) != 1:
            continue
        town = towns[next(iter(ids))]
        if town.kind in FINE and all(c.id != town.id for c in m.cands) \
                and km((town.lat, town.lon), (m.best.lat, m.best.lon)) > LOCAL_KM:
            m.best = town


def kept_by_next(m: Match, nxt: Match | None) -> list[Candidate]:
    """``m``'s candidates, kept to the admin unit or country named right
    after it in the same sentence (``nxt``: "Paris, Texas", "Gainesville, Ga."),
    when any lie there; not a country opening the next sentence ("Pokrovsk. Russia said")."""
    if nxt is None or nxt.best is None or nxt.start - m.end > 3 or m.j - m.i > 4 \
            or nxt.sentence != m.sentence:
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


def in_next(best: Candidate, m: Match, nxt: Match | None) -> bool:
    """Whether the text puts ``best`` in the state or country named right
    after it ("Attapeu, Laos", "Warwick, Queensland"): then it is no doubtful
    hamlet, however far from the article's other places."""
    if nxt is None or nxt.best is None or m.then != "," or nxt.sentence != m.sentence \
            or not best.primary or best.kind == nxt.best.kind:
        return False
    b = nxt.best
    return b.kind == "country" and best.country == b.country or b.kind == "admin1" and best.admin1 == b.code
