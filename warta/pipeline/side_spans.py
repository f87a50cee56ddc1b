"""Span lookups the side rules ask many times per article, in log time: whether a name lies inside
a longer one, and which place is nearest an offset."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from warta.model import PlaceMention


def inside_longer(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``(s, e)`` lies inside a longer one of ``spans`` (log time a query):
    one starting before it and reaching its end, or starting with it and reaching past."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def inside(s: int, e: int) -> bool:
        i = bisect_left(starts, s)
        if i and reach[i - 1] >= e:
            return True
        j = bisect_right(starts, s)
        return bool(j) and reach[j - 1] > e
    return inside


def nearest_place(pool: list[PlaceMention]) -> Callable[[int], PlaceMention | None]:
    """The place of ``pool`` (sorted by start) whose start is nearest an offset; on a
    tie the earlier one, as ``min`` over the list would give (log time a query)."""
    starts = [p.start for p in pool]

    def nearest(offset: int) -> PlaceMention | None:
        if not pool:
            return None
        i = bisect_left(starts, offset)
        best = None
        for k in (bisect_left(starts, starts[i - 1]) if i else None, i if i < len(pool) else None):
            if k is not None and (best is None or abs(starts[k] - offset) < abs(starts[best] - offset)):
                best = k
        return pool[best] if best is not None else None
    return nearest
