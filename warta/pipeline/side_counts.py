"""Counts of sides and countries, as ``Counter`` objects made and read with dict operations alone:
the methods of ``Counter`` itself are Python code, which the compiled build runs interpreted each time
an article's sides are counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def tally(items: Iterable[str]) -> Counter[str]:
    """``Counter(items)``: how often each item comes, in the order each first comes."""
    out: Counter[str] = Counter.__new__(Counter)  # (an empty dict: Counter's __init__ adds nothing)
    for item in items:
        out[item] = out.get(item, 0) + 1
    return out


def added(a: Counter[str], b: Counter[str]) -> Counter[str]:
    """``a + b``: the counts of both, those of ``a`` first, leaving out any not above zero."""
    out: Counter[str] = Counter.__new__(Counter)
    for item, count in a.items():
        total = count + b.get(item, 0)
        if total > 0:
            out[item] = total
    for item, count in b.items():
        if item not in a and count > 0:
            out[item] = count
    return out


def _count(pair: tuple[str, int]) -> int:
    return pair[1]


def most_common(counts: Counter[str], n: int | None = None) -> list[tuple[str, int]]:
    """``counts.most_common(n)``: the items by count, most first, those of one count in the order
    they first came."""
    ranked = sorted(counts.items(), key=_count, reverse=True)
    return ranked if n is None else ranked[:n]
