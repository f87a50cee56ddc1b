"""The place each country's or province's part of a story is set in, for
:class:`warta.pipeline.place_regions.Regions`."""

from __future__ import annotations

from collections.abc import Callable

from warta.geo.match import Match


def scenes(placed: list[Match], by: Callable[[Match], str | None] | None = None) -> dict[str, Match]:
    """The place each country's part of a story is set in: its town or unit told most often (the
    first told, on a tie), by country code (or by what ``by`` gives)."""
    counts: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], Match] = {}
    for x in placed:
        assert x.best is not None
        group = by(x) if by else x.best.country
        if by and group is None:
            continue
        key = (group or "", x.best.code)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, x)
    out: dict[str, Match] = {}
    most: dict[str, int] = {}
    for key, n in counts.items():  # in the order first told: the first wins a tie
        if n > most.get(key[0], 0):
            most[key[0]], out[key[0]] = n, first[key]
    return out
