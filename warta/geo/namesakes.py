"""Places of an article that stray from where its other places lie: a name
placed where nothing else of the article is that has a namesake among the
article's own places ("Lebanon" beside "Boone County"), and a small town
alone in its country while the others lie in one other country. Passes of
:func:`warta.geo.resolve.resolve` once every name is placed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.geo.gazetteer import Candidate
from warta.geo.grid import Cells, km
from warta.geo.keyed import add_to, append_to
from warta.geo.rank import Context, best as best_of

if TYPE_CHECKING:
    from warta.geo.match import Match

NEAR_KM = 300.0
STRAY_POPULATION = 100_000
STRAY_COUNTRY_NAMES = 2


def strays(matches: list[Match], ctx: Context) -> None:
    """A small town alone in its country while the article's other places
    lie in one other country: its namesake there, else no place, or a place the
    index lacks when a word outside its name asks for a town ("kota X", "the city of
    X"); not in a country a people's adjective names ("Israeli jets ... Kiryat Shmona"). A word
    inside a longer name that no place word marks (a person's, a clinic's) strays the same way
    as a province or a bigger town (up to a million people): "the Ramon Loreto hospital" in a
    Nigeria story names no Peruvian region."""
    names_in: dict[str | None, set[str]] = {}
    for m in matches:
        if m.best is not None and m.best.kind != "region":
            add_to(names_in, m.best.country, m.key)
    if len(names_in) < 2:
        return
    for m in matches:
        b = m.best
        marked = m.want is not None or m.located
        inside = not m.alone and not marked  # a word of a longer name (a person's, a gang's, a clinic's)
        if b is None or m.curated or b.kind not in (INSIDE if inside else FINE) \
                or b.population >= (INSIDE_POPULATION if inside else STRAY_POPULATION) \
                or names_in.get(b.country, set()) - {m.key} or b.country in ctx.told:
            continue
        if marked and not (b.population < FAR_POPULATION and _far(b, matches, m)):
            continue  # the text calls it a place: a town abroad is its reading, unless a small one far away
        home = max(names_in, key=lambda k: len(names_in[k] - {m.key}))
        if home is None or len(names_in[home] - {m.key}) < STRAY_COUNTRY_NAMES:
            continue
        there = [c for c in m.cands if c.country == home and c.kind in FINE]
        m.best = best_of(there, ctx, m.want) if there else None
        if m.best is None and m.told:  # "kota X" whose one reading is a small town of another
            m.cands, m.new = [], True  # continent: a town the index lacks, where the story is


FINE = ("settlement", "admin2")
INSIDE = (*FINE, "admin1")  # what a word inside a longer name may stray as
INSIDE_POPULATION = 1_000_000  # a place this big is what its name means, inside a longer name too
LOCAL_KM = 50.0
FAR_KM = 1000.0  # a small town this far from every other place of the article strays, whatever marks it
FAR_POPULATION = 50_000


def _far(b: Candidate, matches: list[Match], m: Match) -> bool:
    """Whether ``b`` lies FAR_KM or more from every other name's place (countries aside), when any
    other is placed."""
    others = [o.best for o in matches if o is not m and o.key != m.key and o.best is not None
              and o.best.kind != "country" and o.best.country != b.country]
    return bool(others) and all(km((b.lat, b.lon), (o.lat, o.lon)) >= FAR_KM for o in others)


class _Placed:
    """The article's places, one per (name, place), indexed for the
    questions of :func:`_namesakes`: which names lie in a country, an admin
    unit, near a point."""

    def __init__(self, matches: list[Match]) -> None:
        distinct: dict[tuple[str, int], Candidate] = {}
        for m in matches:
            if m.best is not None:
                distinct.setdefault((m.key, m.best.id), m.best)
        self.distinct = distinct
        self.in_country: dict[str | None, set[str]] = {}  # any kind
        self.country_of: dict[str | None, set[str]] = {}  # the countries themselves
        self.in_admin1: dict[str, set[str]] = {}  # not countries
        self.at: dict[tuple[float, float], set[str]] = {}  # not countries
        for (key, _), o in distinct.items():
            add_to(self.in_country, o.country, key)
            if o.kind == "country":
                add_to(self.country_of, o.country, key)
                continue
            if o.admin1:
                add_to(self.in_admin1, o.admin1, key)
            add_to(self.at, (o.lat, o.lon), key)
        self._points: Cells | None = None  # the points of ``at``, made when first asked
        # towns and counties (FINE): every (name, place) counts once; made when first asked
        self.fine_keys: list[str] = []
        self.fine_at: dict[tuple[float, float], list[int]] = {}
        self.fine_in: dict[str, dict[str, int]] = {}  # admin1 -> name -> how many
        self.admin2_in: dict[str, list[int]] = {}
        self._fine: Cells | None = None

    def points(self) -> Cells:
        """The points of every place but the countries."""
        if self._points is None:
            self._points = Cells(NEAR_KM)
            for point in self.at:
                self._points.add(point)
        return self._points

    def fine(self) -> Cells:
        """The towns and counties, indexed (``fine_keys``, ``fine_at``, ``fine_in``, ``admin2_in``)."""
        if self._fine is None:
            self._fine = Cells(LOCAL_KM)
            for (key, _), o in self.distinct.items():
                if o.kind in FINE:
                    n = len(self.fine_keys)
                    self.fine_keys.append(key)
                    point = (o.lat, o.lon)
                    append_to(self.fine_at, point, n)
                    self._fine.add(point)
                    if o.admin1:
                        counts = self.fine_in.get(o.admin1)
                        if counts is None:
                            counts = self.fine_in[o.admin1] = {}
                        counts[key] = counts.get(key, 0) + 1
                        if o.kind == "admin2":
                            append_to(self.admin2_in, o.admin1, n)
        return self._fine

    def near_any(self, b: Candidate, key: str) -> bool:
        """Whether a place of another name backs ``b``: in its country (for a
        country, or beside a country), else in its admin unit or within NEAR_KM."""
        if b.kind == "country":
            return _other(self.in_country.get(b.country), key)
        if _other(self.country_of.get(b.country), key):
            return True
        if b.admin1 and _other(self.in_admin1.get(b.admin1), key):
            return True
        return any(_other(self.at[p], key) for p in self.points().within(b.lat, b.lon))

    def local(self, c: Candidate, key: str) -> int:
        """How many towns and counties of other names lie in ``c`` (an
        admin1) or close to it (or, for counties, in its admin unit; for a
        town known by this name, in its state)."""
        fine = self.fine()
        if c.kind == "admin1":
            counts = self.fine_in.get(c.code)
            return sum(counts.values()) - counts.get(key, 0) if counts else 0
        hits = {n for p in fine.within(c.lat, c.lon) for n in self.fine_at[p]}
        if c.admin1:
            hits.update(self.admin2_in.get(c.admin1, ()))
        near = sum(self.fine_keys[n] != key for n in hits)
        if c.admin1 and c.kind == "settlement" and c.primary:  # a town's namesake in their state
            counts = self.fine_in.get(c.admin1)
            near += sum(counts.values()) - counts.get(key, 0) if counts else 0
        return near


def _other(keys: set[str] | None, key: str) -> bool:
    """Whether ``keys`` holds a name other than ``key``."""
    return keys is not None and (len(keys) > 1 or (len(keys) == 1 and key not in keys))


NAMESAKE_OF_COUNTRY = 5_000  # a hamlet named after a country does not take the country's name


def namesakes(matches: list[Match], ctx: Context) -> None:
    """A name placed where nothing else of the article is (a country, a
    city abroad) that has a namesake among the article's own places takes
    the namesake: in the admin unit of a town the article names, or within
    LOCAL_KM of one ("Lebanon" beside "Boone County", "Dublin" in an Ohio story)."""
    if not any(m.best is not None and m.best.kind in FINE for m in matches):
        return  # no town or county placed: no namesake to take
    ctx.curated = ()
    if not any(m.best is not None and len(m.cands) >= 2 and m.want != "country" for m in matches):
        return  # no name with a namesake to take
    placed = _Placed(matches)
    done: dict[tuple[str, int, str | None, tuple[int, ...]], Candidate | None] = {}
    for m in matches:
        b = m.best
        if b is None or len(m.cands) < 2 or m.want == "country":
            continue
        seen = (m.key, b.id, m.want, tuple(c.id for c in m.cands))
        if seen in done:  # a repeated name: the same question, the same answer
            m.best = done[seen]
            continue
        if not placed.near_any(b, m.key):
            support = {id(c): placed.local(c, m.key) for c in m.cands if c is not b
                       and c.kind in ("settlement", "admin2", "admin1") and c.country != b.country
                       and (b.kind != "country" or c.population >= NAMESAKE_OF_COUNTRY)}
            most = max(support.values(), default=0)
            if most:
                m.best = best_of([c for c in m.cands if support.get(id(c)) == most], ctx, m.want)
        done[seen] = m.best
