"""Position lookups over records sorted by ``start``, in logarithmic time.

Every step that asks "which places/dates/figures lie in this sentence" or
"what is the last side named before this figure" goes through here, so an
article's cost stays linear however many sentences and mentions it holds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar


class HasStart(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=HasStart)


class SpanIndex(Generic[T]):
    """Records sorted by start offset."""

    def __init__(self, items: Sequence[T]) -> None:
        starts = [x.start for x in items]
        if sorted(starts) == starts:
            self.items = list(items)  # in order already (most are): what a stable sort keeps
            self.starts = starts
        else:
            self.items = sorted(items, key=lambda x: x.start)
            self.starts = [x.start for x in self.items]

    def between(self, start: int, end: int) -> list[T]:
        """Records whose start lies in ``[start, end)``."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def last_before(self, offset: int, floor: int = 0) -> T | None:
        """The record starting last before ``offset`` (and at or after ``floor``)."""
        i = bisect_left(self.starts, offset) - 1
        return self.items[i] if i >= 0 and self.starts[i] >= floor else None

    def count_between(self, start: int, end: int) -> int:
        return bisect_left(self.starts, end) - bisect_right(self.starts, start - 1)

    def __len__(self) -> int:
        return len(self.items)


U = TypeVar("U")


def few_words(text: str, start: int, end: int, most: int) -> list[str] | None:
    """The words of ``text[start:end]``, commas read as spaces, when there are at most ``most``;
    else None (the words past them are not split off)."""
    words = text[start:end].replace(",", " ").split(None, most)
    return words if len(words) <= most else None


def linked_runs(items: Sequence[U], linked: Callable[[U, U], bool]) -> list[list[U]]:
    """Runs of two or more consecutive items, each ``linked`` to the one before it (the items
    of an enumeration: "A, B dan C", "4 tanks, 12 vehicles and 3 guns")."""
    runs: list[list[U]] = []
    run: list[U] = []
    for item in items:
        if run and linked(run[-1], item):
            run.append(item)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [item]
    if len(run) > 1:
        runs.append(run)
    return runs


def covering(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies inside any of ``spans`` (``a <= x < b``), answered by a binary
    search over the spans merged, not a scan of them all."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        elif a < b:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(x: int) -> bool:
        k = bisect_right(starts, x) - 1
        return k >= 0 and x < merged[k][1]
    return inside
