"""Names that hold each other up: an ambiguous name takes the namesake that
lies beside a namesake of another name of the article, even when neither is
placed there yet ("Palestine" and "Anderson County" are both in Texas;
"Athens" and "Henderson County" too). The greedy passes of
:mod:`warta.geo.resolve` place one name at a time and cannot see such a pair.

Each candidate gains, from every other name that has a namesake beside it
(within COHERE_KM, or inside it for a state or province), SUPPORT less what
that namesake costs its own name (how far it ranks below the name's choice):
a likely sense of another name backs a candidate fully, an unlikely one (the
US town of a country's name) not at all. Three rounds let a pair settle and a third name follow
it. Towns placed elsewhere in a candidate's state back it too, more weakly and only
when two or more names are placed there (a story that stays in one state).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from warta.geo.gazetteer import Candidate
from warta.geo.grid import km, mixed, neighbours
from warta.geo.keyed import append_to
from warta.geo.rank import Context, values

SUPPORT: Final = 4.0  # one other name's likely namesake beside a candidate
PEER: Final = 3.0  # another state or province of the same country (a list of states)
MATE: Final = 1.5  # a town or county elsewhere in the same state, when two or more names have one there
MATES: Final = 2  # how many other names must have a namesake in the state for any to count
MATE_CAP: Final = 12  # names placed in a state that back one of its towns, at most
RESTORE: Final = 2.0  # the support that brings back a name dropped as doubtful (a small town alone)
COHERE_KM: Final = 40.0  # "beside": towns and counties this close
ROUNDS: Final = 3
LIKELY: Final = 30  # candidates per name that may back others (bounds the work per name)
_POINTS: Final = ("settlement", "admin2")


@dataclass(slots=True)
class Name:
    """One distinct name of the article with its candidates, their scores in
    the article's context (without what only this name placed) and its choice."""

    key: str
    cands: list[Candidate]
    scores: dict[int, float]  # candidate id -> score (see :meth:`table`)
    choice: Candidate | None  # None: dropped as doubtful
    first: int = 0  # the id of the choice the scores' context already counts

    countries: frozenset[str | None] = frozenset()  # the countries the name may be
    # with a context, the scores are worked out in it when first asked (most names' never are)
    context: Context | None = None
    want: str | None = None

    # written out, not generated: the compiled build then makes a name natively (a dataclass's
    # generated __init__ runs as interpreted Python there); ``first`` and ``countries`` are derived
    def __init__(self, key: str, cands: list[Candidate], scores: dict[int, float], choice: Candidate | None,
                 first: int = 0, countries: frozenset[str | None] = frozenset(),
                 context: Context | None = None, want: str | None = None) -> None:
        self.key, self.cands, self.scores, self.choice = key, cands, scores, choice
        self.first = choice.id if choice else 0
        self.countries = frozenset([c.country for c in cands if c.kind == "country"])
        self.context, self.want = context, want

    def table(self) -> dict[int, float]:
        """The scores by candidate id (worked out in the name's context when first asked)."""
        if self.context is not None:
            self.scores = dict(zip([c.id for c in self.cands], values(self.cands, self.context, self.want)))
            self.context = None
        return self.scores

    def backing(self, c: Candidate, worth: float = SUPPORT, peer: bool = False) -> float:
        """What ``c`` gives a candidate of another name related to it:
        ``worth`` less how far it ranks below this name's choice; nothing
        when it is the state or province first chosen and the other lies
        in it (the context of the scores holds that already)."""
        if self.choice is None or (c.id == self.first and c.kind == "admin1" and not peer):
            return 0.0
        scores = self.table()
        return worth - max(0.0, scores[self.choice.id] - scores[c.id])

    def likely(self) -> list[Candidate]:
        """The candidates that may back others: the LIKELY best scored (a name
        of hundreds of namesakes backs no more than one of a few dozen)."""
        if len(self.cands) <= LIKELY:
            return self.cands
        scores = self.table()
        return sorted(self.cands, key=lambda c: -scores[c.id])[:LIKELY]

    def movable(self) -> list[Candidate]:
        """The candidates the name may move to: its main names only, unless
        its choice is an alternate name too ("New Mexico" is no alias of a town)."""
        if self.choice is not None and not self.choice.primary:
            return self.cands
        return [c for c in self.cands if c.primary]


class Neighbours:
    """Every candidate of every name, indexed for "whose namesakes lie beside
    this candidate"."""

    def __init__(self, names: list[Name]) -> None:
        # (name index, candidate, relation) by point number, by admin1 code, by country
        self.at: list[list[tuple[int, Candidate, str]]] = []  # the points backing others, in order
        # admin1 code -> towns, counties (of the codes of the names' own states and provinces)
        self.inside: dict[str, list[tuple[int, Candidate, str]]] = {}
        self.admin1: dict[str, list[tuple[int, Candidate, str]]] = {}  # admin1 code -> the units
        self.peers: dict[str | None, list[tuple[int, Candidate, str]]] = {}  # country -> its units
        self.placed: dict[str, list[tuple[int, Candidate]]] = {}  # admin1 code -> towns placed there
        numbers: dict[tuple[float, float], int] = {}  # every point a candidate may stand at -> its number
        self.point: dict[int, int] = {}  # candidate id -> the number of its point
        # the states and provinces a name may be: the only ones whose towns and counties are asked for
        units = {c.code for name in names for c in name.cands if c.kind == "admin1"}
        for n, name in enumerate(names):
            for c in name.likely():
                if c.kind in _POINTS:
                    at = numbers.setdefault((c.lat, c.lon), len(numbers))
                    beside = (n, c, "near")
                    if at == len(self.at):
                        self.at.append([beside])
                    else:
                        self.at[at].append(beside)
                    self.point[c.id] = at
                    if c.admin1 in units:
                        append_to(self.inside, c.admin1, beside)
                elif c.kind == "admin1":
                    append_to(self.admin1, c.code, (n, c, "near"))
                    append_to(self.peers, c.country, (n, c, "peer"))
        backers = len(self.at)  # then the points of the candidates that back no others
        for name in names:
            for c in name.cands if len(name.cands) > LIKELY else ():  # (the others back others)
                if c.kind in _POINTS:
                    self.point[c.id] = numbers.setdefault((c.lat, c.lon), len(numbers))
        near = neighbours(list(numbers), COHERE_KM)
        # point number -> the numbers of the points that back others beside it, itself included, in the
        # order found; a point with no other beside it has no entry (:meth:`_near`)
        self.backers = backers
        self.near: dict[int, list[int]] = near if backers == len(numbers) else \
            {i: [j for j in there if j < backers] for i, there in near.items()}

    def _near(self, c: Candidate) -> list[int]:
        """The numbers of the points that back others beside ``c``'s (a town's or county's), its own too."""
        at = self.point[c.id]
        near = self.near.get(at)
        if near is not None:
            return near
        return [at] if at < self.backers else []

    def beside(self, c: Candidate, peers: bool) -> list[tuple[int, Candidate, str]]:
        """(name index, candidate, relation) of the candidates related to
        ``c``: towns and counties beside it or in it ("near"), the state it
        lies in ("near"), other towns and counties of that state ("mate")
        and, with ``peers``, the other states of its country ("peer": a list
        of states makes "Georgia" one of them rather than the country)."""
        if c.kind == "admin1":
            inside = self.inside.get(c.code, [])
            if not peers:
                return inside
            return inside + [t for t in self.peers.get(c.country, ()) if t[1].id != c.id]
        if c.kind not in _POINTS:
            return []
        at = self.at
        out = [t for p in self._near(c) for t in at[p]]
        if c.admin1:
            units = self.admin1.get(c.admin1)
            if units:
                out += units
        return out

    def lonely(self, n: int, c: Candidate, state: bool) -> bool:
        """True when no other name can back candidate ``c`` of name ``n``: it is no
        state and has no namesake of another name beside it, no state of another
        name around it nor, with ``state``, towns placed elsewhere in its state."""
        if c.kind not in _POINTS:
            return c.kind != "admin1"
        at = self.point[c.id]
        near = self.near.get(at)  # (as :meth:`_near`, without a list for a point alone)
        if near is not None:
            if len(near) > 1:
                return False
            only = near[0] if near else -1
        else:
            only = at if at < self.backers else -1
        if only >= 0:
            there = self.at[only]
            if len(there) > 1 or there[0][0] != n or there[0][1].id != c.id:
                return False
        return not c.admin1 or (c.admin1 not in self.admin1
                                and (not state or len(self.placed.get(c.admin1, ())) < MATES))

    def place(self, names: list[Name]) -> None:
        """Note where each name is placed now: the towns and counties placed in each state."""
        self.placed = {}
        for n, name in enumerate(names):
            b = name.choice
            if b is not None and b.primary and b.kind in _POINTS and b.admin1:
                append_to(self.placed, b.admin1, (n, b))

    def mates(self, c: Candidate) -> list[tuple[int, Candidate]]:
        """The names placed elsewhere in ``c``'s state (at most MATE_CAP: a long story about
        one state backs its towns no more than a few of its names would, and costs no more)."""
        if c.kind not in _POINTS or not c.primary or not c.admin1:
            return []
        return self.placed.get(c.admin1, [])[:MATE_CAP]


def support(names: list[Name], index: Neighbours, n: int, c: Candidate, state: bool = True) -> float:
    """What the other names give candidate ``c`` of name ``n``; with
    ``state``, also what towns elsewhere in its state give (which moves a
    placed name to a namesake there but brings back no name dropped as doubtful)."""
    best: dict[int, float] = {}
    mates: dict[int, float] = {}  # names backing ``c`` only from elsewhere in its state
    key, countries = names[n].key, names[n].countries
    # a name that may be a country is rather a state of another country listed with its peers
    peers = bool(countries) and c.country not in countries
    for other, b, how in index.beside(c, peers):
        backer = names[other]
        if backer.key == key:  # a name does not back itself
            continue
        gain = backer.backing(b, SUPPORT, False) if how == "near" else backer.backing(b, PEER, True)
        if gain > best.get(other, 0.0):
            best[other] = gain
    for other, b in index.mates(c) if state else ():  # elsewhere in the state, where placed
        if names[other].key != key and other not in best:
            mates[other] = max(mates.get(other, 0.0), names[other].backing(b, MATE, False))
    return sum(best.values(), 0.0) + (sum(mates.values(), 0.0) if state and len(mates) >= MATES else 0.0)


def apart(names: list[tuple[str, list[Candidate]]]) -> bool:
    """True when no candidate of one of ``names`` (name, candidates) is related to one of
    another name: no towns or counties beside each other, no state around one, no two
    states of one country, no state with towns of two names and of three names in all
    (for MATES others). No name can then back another (:func:`cohere` moves none)."""
    owners: dict[str, int] = {}
    units: dict[str, int] = {}  # admin1 code -> the name whose state it is
    countries: dict[str | None, int] = {}  # country -> the name with a state of it
    inside: dict[str | None, int] = {}  # admin1 code -> a name with a town or county in it
    towns: dict[str | None, int] = {}  # admin1 code -> how many names have a town or county in it
    shared: set[str | None] = set()  # the admin1 codes with towns or counties of two names or more
    lats: list[float] = []
    lons: list[float] = []
    of: list[int] = []  # the name of each point
    for key, cands in names:
        n = owners.setdefault(key, len(owners))
        states: set[str | None] = set()
        for c in cands:
            kind = c.kind
            if kind == "settlement" or kind == "admin2":
                lats.append(c.lat)
                lons.append(c.lon)
                of.append(n)
                states.add(c.admin1)
            elif kind == "admin1":
                unit = c.code
                if countries.setdefault(c.country, n) != n or units.setdefault(unit, n) != n \
                        or inside.get(unit, n) != n or unit in shared:
                    return False
        for state in states:  # (each conflict is seen as soon as both sides are)
            if state:
                if units.get(state, n) != n:
                    return False
                if inside.setdefault(state, n) != n:
                    shared.add(state)
                towns[state] = count = towns.get(state, 0) + 1
                if count > MATES and state in shared:
                    return False
    if len(owners) < 2:
        return True
    return not mixed(lats, lons, of, COHERE_KM)


def cohere(names: list[Name]) -> dict[int, Candidate]:
    """Each name's choice once the names have held each other up: the
    indexes of the names whose choice moved, with the new choice."""
    moved: dict[int, Candidate] = {}
    if len(names) < 2:  # no other name to hold it up
        return moved
    index = Neighbours(names)
    for _ in range(ROUNDS):
        index.place(names)
        picks: list[Candidate | None] = []
        for n, name in enumerate(names):
            if name.choice is not None and len(name.cands) < 2:
                picks.append(name.choice)
                continue
            state = name.choice is not None
            movable = name.movable()
            alone = [index.lonely(n, c, state) for c in movable]
            if all(alone):  # no other name can back any: it stays
                picks.append(None)
                continue
            backed = {c.id: 0.0 if lone else support(names, index, n, c, state)
                      for c, lone in zip(movable, alone)}
            if not any(backed.values()):  # no other name backs any: it stays
                picks.append(None)
                continue
            if name.choice is None:  # back only with the support of the other names
                backed = {k: v for k, v in backed.items() if v >= RESTORE}
            pick = _best_backed(name, backed)
            if pick is not None and name.choice is not None \
                    and backed[pick.id] <= _held(backed, names, index, n, name.choice):
                pick = None  # only the other names move a name, not the scores alone
            picks.append(pick)
        changed = False
        for n, (name, pick) in enumerate(zip(names, picks)):
            if pick is None or (name.choice is not None and (pick.id == name.choice.id or km(
                    (pick.lat, pick.lon), (name.choice.lat, name.choice.lon)) <= COHERE_KM)):
                continue
            name.choice = moved[n] = pick
            changed = True
        if not changed:
            break
    return moved


def _best_backed(name: Name, backed: dict[int, float]) -> Candidate | None:
    """The candidate of ``name`` in ``backed`` whose score and support are most (ties: the first)."""
    if not backed:
        return None
    table = name.table()
    pick: Candidate | None = None
    top = 0.0
    for c in name.cands:
        got = backed.get(c.id)
        if got is not None:
            value = table[c.id] + got
            if pick is None or value > top:
                pick, top = c, value
    return pick


def _held(backed: dict[int, float], names: list[Name], index: Neighbours, n: int, choice: Candidate) -> float:
    """The support of name ``n``'s choice (in ``backed`` when it is among the candidates it may move to)."""
    got = backed.get(choice.id)
    return support(names, index, n, choice) if got is None else got


def scored(key: str, cands: list[Candidate], ctx: Context, want: str | None,
           choice: Candidate | None) -> Name:
    """A :class:`Name` with its candidates scored in ``ctx`` (when first asked)."""
    return Name(key, cands, {}, choice, context=ctx, want=want)
