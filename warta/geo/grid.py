"""A grid of points on the globe for "how far is the nearest place already
found": points are binned in cells of CELL degrees, and a query looks only at
the cells a circle of the asked radius can touch, so its cost does not grow
with the number of points an article names."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Set as AbstractSet

CELL = 2.0  # degrees
KM_PER_DEGREE = 6371.0 * math.pi / 180.0
_COLUMNS = int(360 / CELL)
_FRESH = 16  # a remembered answer is brought up to date when at most this many points came since


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL), math.floor(lon / CELL) % _COLUMNS


class Grid:
    """Distinct points, in the order first added, binned by cell."""

    __slots__ = ("_cells", "_memo", "_points", "_seen", "_skips")

    def __init__(self, points: Iterable[tuple[float, float]] = ()) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self._points: list[tuple[float, float]] = []
        self._seen: set[tuple[float, float]] = set()
        self._memo: dict[tuple[float, float, float, bool],
                         tuple[float, tuple[float, float] | None, int]] = {}
        self._skips: dict[tuple[float, float, float, bool, frozenset[tuple[float, float]]],
                          tuple[float, int]] = {}
        for p in points:
            self.add(p)

    def add(self, point: tuple[float, float]) -> bool:
        """Add ``point``; False when it is there already."""
        if point in self._seen:
            return False
        self._seen.add(point)
        self._points.append(point)
        self._cells.setdefault(_cell(*point), []).append(point)
        return True

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
                same: bool = False) -> float:
        """Kilometres from (lat, lon) to the nearest point, or infinity when
        none lies within ``limit`` km. Points in ``skip`` do not count, nor
        (lat, lon) itself unless ``same``.

        Answers are remembered with the number of points they saw: the same
        question asked again (a repeated name) looks only at points added
        since."""
        key = (lat, lon, limit, same)
        memo = self._memo.get(key)
        pts = self._points
        if memo is not None and len(pts) - memo[2] <= _FRESH:
            d, at = memo[0], memo[1]
            for a in pts[memo[2]:]:
                if a != (lat, lon) or same:
                    e = km((lat, lon), a)
                    if e < d and e <= limit:
                        d, at = e, a
        else:
            d, at = self._search(lat, lon, limit, frozenset(), same)
        self._memo[key] = (d, at, len(pts))
        if at is not None and at in skip:
            skipped = (lat, lon, limit, same, frozenset(skip))
            hit = self._skips.get(skipped)
            if hit is not None and hit[1] == len(pts):
                return hit[0]
            d = self._search(lat, lon, limit, skip, same)[0]
            self._skips[skipped] = (d, len(pts))
        return d

    def _search(self, lat: float, lon: float, limit: float,
                skip: AbstractSet[tuple[float, float]], same: bool
                ) -> tuple[float, tuple[float, float] | None]:
        best, at = math.inf, None
        for a in self._near(lat, lon, limit):
            if a in skip or (a == (lat, lon) and not same) \
                    or abs(a[0] - lat) * KM_PER_DEGREE >= min(best, limit):
                continue
            d = km((lat, lon), a)
            if d < best:
                best, at = d, a
        return (best, at) if best <= limit else (math.inf, None)

    def within(self, lat: float, lon: float, radius: float) -> Iterator[tuple[float, float]]:
        """Points less than ``radius`` km from (lat, lon), itself included."""
        return (a for a in self._near(lat, lon, radius)
                if abs(a[0] - lat) * KM_PER_DEGREE < radius and km((lat, lon), a) < radius)

    def _near(self, lat: float, lon: float, limit: float) -> Iterator[tuple[float, float]]:
        """Every point of the cells a circle of ``limit`` km around (lat, lon) touches."""
        if not self._points:
            return
        reach = limit / KM_PER_DEGREE
        top = min(90.0, abs(lat) + reach + CELL)
        cos = math.cos(math.radians(top))
        row, col = _cell(lat, lon)
        rows = math.ceil(reach / CELL) + 1
        if cos <= 0 or reach / cos >= 180.0:
            cols: range | set[int] = range(_COLUMNS)
        else:
            span = math.ceil(reach / cos / CELL) + 1
            cols = {(col + d) % _COLUMNS for d in range(-span, span + 1)}
        if (2 * rows + 1) * len(cols) * 2 > len(self._points):
            yield from self._points  # fewer points than cells to look at
            return
        cells = self._cells
        for r in range(row - rows, row + rows + 1):
            for c in cols:
                yield from cells.get((r, c), ())
