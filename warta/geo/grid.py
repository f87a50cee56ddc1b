"""Points on the globe for "how far is the nearest place already found": the
points are kept in buckets of longitude, each sorted by latitude, and a query
looks only at the buckets and the band of latitudes that a circle of the asked
radius can reach (no two points on the globe are nearer than their difference
in latitude, nor than their difference in longitude times the cosine of the
latitude nearer the pole), so its cost does not grow with the points an article
names far to the north, south, east or west."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Set as AbstractSet
from typing import Final

from warta.geo.keyed import append_to

KM_PER_DEGREE: Final = 6371.0 * math.pi / 180.0
_FRESH: Final = 16  # a remembered answer is brought up to date when at most this many points came since
_EDGE: Final = 1e-9  # degrees added to a band, so rounding never leaves out a point at its edge
BUCKET_DEG: Final = 5.0  # degrees of longitude per bucket
_BUCKETS: Final = int(360 / BUCKET_DEG)
_SCAN: Final = 24  # a grid of at most this many points is searched whole
_POLAR: Final = 85.0  # a circle reaching this latitude may span every longitude: all buckets
# degrees to radians, as math.radians multiplies; squares as math.pow(x, 2.0), which is x ** 2 (both
# compile to C calls; math.radians and ** are calls through Python objects in the compiled build)
_RADIANS: Final = math.pi / 180.0

# a point in the band: latitude, longitude, both in radians, cosine of the latitude, order added
_Entry = tuple[float, float, float, float, float, int]


def _bucket(lon: float, wrap: bool = True) -> int:
    """The bucket of a longitude (without ``wrap``, of one past the date line)."""
    b = math.floor((lon + 180.0) / BUCKET_DEG)
    return b % _BUCKETS if wrap else b


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = a[0] * _RADIANS, a[1] * _RADIANS, b[0] * _RADIANS, b[1] * _RADIANS
    h = (math.pow(math.sin((la2 - la1) / 2), 2.0)
         + math.cos(la1) * math.cos(la2) * math.pow(math.sin((lo2 - lo1) / 2), 2.0))
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class _Answer:
    """The nearest point within ``limit`` km (``d`` km away, at ``at``) among the first ``count``,
    and the answer for another limit (or ``same``) to the same point."""

    def __init__(self, limit: float, same: bool, d: float, at: tuple[float, float] | None, count: int,
                 other: _Answer | None) -> None:
        self.limit, self.same, self.d, self.at, self.count, self.other = limit, same, d, at, count, other


class Grid:
    """Distinct points, in the order first added, indexed by latitude."""


    def __init__(self, points: Iterable[tuple[float, float]] = ()) -> None:
        # bucket of longitude -> (latitudes, entries), both sorted by latitude; the first
        # ``_indexed`` points are in them (filled when a search needs them: see _SCAN)
        self._buckets: dict[int, tuple[list[float], list[_Entry]]] = {}
        self._indexed = 0
        self._points: list[tuple[float, float]] = []
        self._entries: list[_Entry] = []  # the points' entries, in the order added
        self._seen: set[tuple[float, float]] = set()
        self._memo: dict[object, _Answer] = {}  # the asker's key -> its answers, one per limit
        self._at: dict[object, _Answer] = {}  # (lat, lon) asked about without a key -> its answers
        self._skips: dict[tuple[float, float, float, bool, frozenset[tuple[float, float]]],
                          tuple[float, int]] = {}
        for p in points:
            self.add(p)

    def add(self, point: tuple[float, float]) -> bool:
        """Add ``point``; False when it is there already."""
        if point in self._seen:
            return False
        self._seen.add(point)
        lat, lon = point
        rad = lat * _RADIANS
        self._entries.append((lat, lon, rad, lon * _RADIANS, math.cos(rad), len(self._points)))
        self._points.append(point)
        return True

    def _index(self) -> dict[int, tuple[list[float], list[_Entry]]]:
        """The buckets, with every point added so far in them."""
        buckets = self._buckets
        for e in self._entries[self._indexed:]:
            got = buckets.get(_bucket(e[1]))
            if got is None:
                got = buckets[_bucket(e[1])] = ([], [])
            lats, band = got
            at = bisect_right(lats, e[0])
            lats.insert(at, e[0])
            band.insert(at, e)
        self._indexed = len(self._entries)
        return buckets

    def __len__(self) -> int:
        return len(self._points)

    def __bool__(self) -> bool:
        return bool(self._points)

    def __iter__(self) -> Iterator[tuple[float, float]]:
        return iter(self._points)

    def __contains__(self, point: object) -> bool:
        return point in self._seen

    def nearest(self, lat: float, lon: float, limit: float,
                skip: AbstractSet[tuple[float, float]] = frozenset(),
                same: bool = False, key: int | None = None) -> float:
        """Kilometres from (lat, lon) to the nearest point, or infinity when
        none lies within ``limit`` km. Points in ``skip`` do not count, nor
        (lat, lon) itself unless ``same``.

        Answers are remembered with the number of points they saw, under ``key``
        (a number that stands for (lat, lon) alone, such as a candidate's id;
        without one, under the point): the same question asked again (a repeated
        name) looks only at points added since."""
        answers = self._memo if key is not None else self._at
        asker: object = key if key is not None else (lat, lon)
        first = answers.get(asker)
        memo = first
        while memo is not None and (memo.limit != limit or memo.same != same):
            memo = memo.other
        count = len(self._points)
        if memo is None:
            d, at = self._search(lat, lon, limit, frozenset(), same)
            answers[asker] = _Answer(limit, same, d, at, count, first)
        else:
            if count - memo.count > _FRESH:
                memo.d, memo.at = self._search(lat, lon, limit, frozenset(), same)
                memo.count = count
            elif memo.count < count:
                memo.d, memo.at = self._since(memo.d, memo.at, memo.count, lat, lon, limit, same)
                memo.count = count
            d, at = memo.d, memo.at
        if at is not None and skip and at in skip:
            skipped = (lat, lon, limit, same, frozenset(skip))
            hit = self._skips.get(skipped)
            if hit is not None and hit[1] == count:
                return hit[0]
            d = self._search(lat, lon, limit, skip, same)[0]
            self._skips[skipped] = (d, count)
        return d

    def _since(self, d: float, at: tuple[float, float] | None, seen: int, lat: float, lon: float,
               limit: float, same: bool) -> tuple[float, tuple[float, float] | None]:
        """The nearest of ``at`` (``d`` km away) and the points added since the first ``seen``."""
        la1, lo1 = lat * _RADIANS, lon * _RADIANS
        cos1 = math.cos(la1)
        asin = math.asin  # (math.sin and math.sqrt compile to C calls, math.asin does not)
        for e in self._entries[seen:]:
            if e[0] != lat or e[1] != lon or same:
                # km(), with the query's and the point's radians and cosines computed once
                h = (math.pow(math.sin((e[2] - la1) / 2), 2.0)
                     + cos1 * e[4] * math.pow(math.sin((e[3] - lo1) / 2), 2.0))
                k = 2 * 6371.0 * asin(min(1.0, math.sqrt(h)))
                if k < d and k <= limit:
                    d, at = k, (e[0], e[1])
        return d, at

    def _slice(self, lat: float, lon: float, radius: float) -> list[_Entry]:
        """The points whose latitude is within ``radius`` km of ``lat`` in the buckets of
        longitude a circle of that radius around (lat, lon) can reach."""
        reach = radius / KM_PER_DEGREE + _EDGE
        polar = abs(lat) + reach
        index = self._index()
        if polar >= _POLAR or reach >= 90:
            buckets: Iterable[int] = index
        else:
            span = reach / math.cos(polar * _RADIANS) + _EDGE
            lo, hi = _bucket(lon - span, wrap=False), _bucket(lon + span, wrap=False)
            if span >= 180 or hi - lo + 1 >= _BUCKETS:
                buckets = index
            else:  # (in another order than the buckets' own: the nearest point's distance is the same)
                buckets = [b % _BUCKETS for b in range(lo, hi + 1)]
        out: list[_Entry] = []
        for b in buckets:
            got = index.get(b)
            if got is not None:
                lats, band = got
                out += band[bisect_left(lats, lat - reach):bisect_right(lats, lat + reach)]
        return out

    def _search(self, lat: float, lon: float, limit: float,
                skip: AbstractSet[tuple[float, float]], same: bool
                ) -> tuple[float, tuple[float, float] | None]:
        best, at = math.inf, None
        la1, lo1 = lat * _RADIANS, lon * _RADIANS
        cos1 = math.cos(la1)
        asin = math.asin  # (math.sin and math.sqrt compile to C calls, math.asin does not)
        # a few points are all looked at (no buckets to work out): the nearest is the same
        for e in self._entries if len(self._entries) <= _SCAN else self._slice(lat, lon, limit):
            if abs(e[0] - lat) * KM_PER_DEGREE >= (best if best < limit else limit):
                continue
            if (e[0] == lat and e[1] == lon and not same) or (skip and (e[0], e[1]) in skip):
                continue
            # km(), with the query's and the point's radians and cosines computed once
            h = (math.pow(math.sin((e[2] - la1) / 2), 2.0)
                 + cos1 * e[4] * math.pow(math.sin((e[3] - lo1) / 2), 2.0))
            d = 2 * 6371.0 * asin(min(1.0, math.sqrt(h)))
            if d < best:
                best, at = d, (e[0], e[1])
        return (best, at) if best <= limit else (math.inf, None)

    def within(self, lat: float, lon: float, radius: float) -> Iterator[tuple[float, float]]:
        """Points less than ``radius`` km from (lat, lon), itself included, in the order added."""
        return ((e[0], e[1]) for e in _inside(self._slice(lat, lon, radius), lat, lon, radius))


def _order(e: _Entry) -> int:
    return e[5]


def _inside(entries: list[_Entry], lat: float, lon: float, radius: float) -> list[_Entry]:
    """The ``entries`` less than ``radius`` km from (lat, lon), in the order added."""
    la1, lo1 = lat * _RADIANS, lon * _RADIANS
    cos1 = math.cos(la1)
    asin = math.asin  # (math.sin and math.sqrt compile to C calls, math.asin does not)
    hits = []
    for e in entries:
        if abs(e[0] - lat) * KM_PER_DEGREE < radius:
            # km(), with the query's and the point's radians and cosines computed once
            h = (math.pow(math.sin((e[2] - la1) / 2), 2.0)
                 + cos1 * e[4] * math.pow(math.sin((e[3] - lo1) / 2), 2.0))
            if 2 * 6371.0 * asin(min(1.0, math.sqrt(h))) < radius:
                hits.append(e)
    if len(hits) > 1:
        hits.sort(key=_order)
    return hits


class Cells:
    """Distinct points in cells of latitude and longitude, for "which points lie
    within ``radius`` km" of one radius: a question looks only at the few cells
    a circle of that radius can reach (as :meth:`Grid.within`, for points found once)."""

    def __init__(self, radius: float) -> None:
        self.radius = radius
        self._reach = radius / KM_PER_DEGREE + _EDGE  # degrees of latitude the circle spans each way
        self._height = 2 * self._reach  # degrees of latitude per cell: a circle spans two rows at most
        # columns of longitude that divide the globe evenly (the last one meets the first at the
        # date line), each at least twice the span of a circle below 60 degrees: two columns at most
        self._columns = max(1, math.floor(360.0 / (4 * self._reach)))
        self._width = 360.0 / self._columns
        self._cells: dict[int, list[_Entry]] = {}
        self._entries: list[_Entry] = []
        self._seen: set[tuple[float, float]] = set()
        self._asked: dict[tuple[float, float], list[tuple[float, float]]] = {}  # answers since the last add

    def add(self, point: tuple[float, float]) -> bool:
        """Add ``point``; False when it is there already."""
        if point in self._seen:
            return False
        self._seen.add(point)
        self._asked.clear()
        lat, lon = point
        rad = lat * _RADIANS
        e = (lat, lon, rad, lon * _RADIANS, math.cos(rad), len(self._entries))
        self._entries.append(e)
        row = math.floor((lat + 90.0) / self._height)
        column = math.floor((lon + 180.0) / self._width) % self._columns
        append_to(self._cells, row * self._columns + column, e)
        return True

    def _near(self, lat: float, lon: float) -> list[_Entry]:
        """The points of the cells a circle of the radius around (lat, lon) can reach."""
        reach = self._reach
        polar = abs(lat) + reach
        if polar >= _POLAR:
            return self._entries
        span = reach / math.cos(polar * _RADIANS) + _EDGE
        first = math.floor((lon - span + 180.0) / self._width)
        last = math.floor((lon + span + 180.0) / self._width)
        if last - first + 1 >= self._columns:
            return self._entries
        out: list[_Entry] = []
        cells = self._cells
        height = self._height
        south, north = math.floor((lat - reach + 90.0) / height), math.floor((lat + reach + 90.0) / height)
        for row in range(south, north + 1):
            base = row * self._columns
            for column in range(first, last + 1):
                got = cells.get(base + column % self._columns)
                if got is not None:
                    out += got
        return out

    def within(self, lat: float, lon: float) -> list[tuple[float, float]]:
        """Points less than the radius from (lat, lon), itself included, in the order added."""
        known = self._asked.get((lat, lon))
        if known is not None:
            return known
        hits = _inside(self._near(lat, lon), lat, lon, self.radius)
        out = self._asked[(lat, lon)] = [(e[0], e[1]) for e in hits]
        return out


def neighbourhoods(points: list[tuple[float, float]], radius: float) -> list[list[int]]:
    """For each of ``points`` (distinct), the indexes of the points less than
    ``radius`` km from it, itself included, in increasing order (the points
    :meth:`Cells.within` finds, all at once: see :func:`neighbours`)."""
    near = neighbours(points, radius)
    return [near.get(i) or [i] for i in range(len(points))]


def _near(lat: float, lon: float, lat2: float, lon2: float, radius: float, low: bool, wide: float) -> bool:
    """Whether two points lie less than ``radius`` km apart, as :func:`km` measures them; told
    False first when, below 60 degrees (``low`` for the first point), their longitudes lie more
    than ``wide`` degrees apart."""
    apart = abs(lon2 - lon)
    if low and min(apart, 360.0 - apart) > wide and abs(lat2) < 60.0:
        return False
    la1, la2 = lat * _RADIANS, lat2 * _RADIANS
    h = (math.pow(math.sin((la2 - la1) / 2), 2.0)
         + math.cos(la1) * math.cos(la2) * math.pow(math.sin((lon2 * _RADIANS - lon * _RADIANS) / 2), 2.0))
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) < radius


def neighbours(points: list[tuple[float, float]], radius: float) -> dict[int, list[int]]:
    """For each of ``points`` (distinct) that has others less than ``radius`` km
    from it, the indexes of those and of itself, in increasing order (each pair is
    measured once, and only when its difference in latitude is below the radius
    and, below 60 degrees, its difference in longitude below twice that and a
    little more); a point alone has no entry."""
    reach = radius / KM_PER_DEGREE + _EDGE
    # below 60 degrees no circle of a radius below 10 degrees spans 2.1 times as many of longitude
    wide = 2.1 * reach if reach < 10.0 else 360.0
    lats = [p[0] for p in points]
    order = sorted(range(len(points)), key=lats.__getitem__)
    out: dict[int, list[int]] = {}
    for a in range(len(order)):
        i = order[a]
        lat, lon = points[i]
        low = abs(lat) < 60.0
        for b in range(a + 1, len(order)):
            j = order[b]
            lat2, lon2 = points[j]
            if (lat2 - lat) * KM_PER_DEGREE >= radius:
                break
            apart = abs(lon2 - lon)  # (the first test of _near, before a call)
            if low and min(apart, 360.0 - apart) > wide and abs(lat2) < 60.0:
                continue
            if _near(lat, lon, lat2, lon2, radius, low, wide):
                mine, theirs = out.get(i), out.get(j)
                if mine is None:
                    out[i] = [i, j]
                else:
                    mine.append(j)
                if theirs is None:
                    out[j] = [j, i]
                else:
                    theirs.append(i)
    for near in out.values():
        near.sort()
    return out


def mixed(lats: list[float], lons: list[float], owners: list[int], radius: float) -> bool:
    """True when two points (``lats``, ``lons``) of different ``owners`` lie less than
    ``radius`` km apart (the pairs :func:`neighbours` finds, measured alike)."""
    reach = radius / KM_PER_DEGREE + _EDGE
    wide = 2.1 * reach if reach < 10.0 else 360.0
    order = sorted(range(len(lats)), key=lats.__getitem__)
    for a in range(len(order)):
        i = order[a]
        lat, lon, mine = lats[i], lons[i], owners[i]
        low = abs(lat) < 60.0
        for b in range(a + 1, len(order)):
            j = order[b]
            lat2 = lats[j]
            if (lat2 - lat) * KM_PER_DEGREE >= radius:
                break
            if owners[j] == mine:
                continue
            lon2 = lons[j]
            apart = abs(lon2 - lon)  # (the first test of _near, before a call)
            if low and min(apart, 360.0 - apart) > wide and abs(lat2) < 60.0:
                continue
            if _near(lat, lon, lat2, lon2, radius, low, wide):
                return True
    return False
