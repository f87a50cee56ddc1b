"""What a place scores before any context: its population, its kind and whether the
name is its main one (the first terms of :mod:`warta.geo.rank`'s score)."""

from __future__ import annotations

import math
from typing import Final

KIND_SCORE: Final = {"country": 6.0, "region": 3.0, "admin1": 0.5, "admin2": -1.5, "settlement": 0.0}
PRIMARY: Final = 2.0  # the name looked up is the place's main name


def log_pop(population: int) -> float:
    """The score of a population (of a few thousand distinct ones, remembered)."""
    got = _LOG_POPS.get(population)
    if got is None:
        if len(_LOG_POPS) >= 65536:
            _LOG_POPS.clear()
        got = _LOG_POPS[population] = math.log10(population + 1)
    return got


_LOG_POPS: dict[int, float] = {}


def prior(kind: str, population: int, primary: bool) -> float:
    """The score of a place of ``kind`` and ``population`` by a name that is its main one
    (``primary``) or not, before the article says anything."""
    s = log_pop(population)
    s += KIND_SCORE.get(kind, 0.0)
    if primary:
        s += PRIMARY
    return s
