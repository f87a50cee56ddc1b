"""Near matches for transliteration variants ("Pokrovs'k", "Zaporizhia",
"Donetzk"), used only when a name has no exact candidate: index keys that
share the first letters are scored with rapidfuzz."""

from __future__ import annotations

from functools import lru_cache

from warta.geo.fold import fold
from warta.geo.gazetteer import Candidate, Gazetteer
from warta.geo.grid import Grid

PREFIX = 3
MIN_SCORE = 85.0


def fuzzy_keys(gaz: Gazetteer, name: str, limit: int = 5,
               min_score: float = MIN_SCORE) -> list[tuple[str, float]]:
    """Index keys close to ``name`` (folded), best first, with their scores."""
    key = fold(name)
    if len(key) < 5:
        return []
    from rapidfuzz import fuzz, process  # here: most articles never need a near match

    prefix = key[:PREFIX]
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    keys = gaz.keys_between(prefix, upper, max(len(key) - 3, 1), len(key) + 3)
    hits = process.extract(key, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=min_score)
    return [(k, float(s)) for k, s, _ in hits]


def fuzzy_candidates(gaz: Gazetteer, name: str, limit: int = 5) -> list[tuple[Candidate, float]]:
    """Candidates of the keys close to ``name``, each with its key's score."""
    scored = fuzzy_keys(gaz, name, limit)
    found = gaz.lookup(k for k, _ in scored)
    out: list[tuple[Candidate, float]] = []
    for key, s in scored:
        out += [(c, s) for c in found.get(key, [])]
    return out


CONTEXT_SCORE = 88.0
ANCHOR_KM = 150  # a near match must lie this close to a place the article names, when it names any


@lru_cache(maxsize=4096)
def _near(gaz: Gazetteer, key: str) -> tuple[tuple[Candidate, str], ...]:
    """Candidates close enough to ``key``, each with the index key it was found under."""
    scored = [(k, s) for k, s in fuzzy_keys(gaz, key) if s >= CONTEXT_SCORE]
    found = gaz.lookup(k for k, _ in scored)
    return tuple((c, k) for k, _ in scored for c in found.get(k, []))


def near_in_context(gaz: Gazetteer, key: str, countries: set[str],
                    anchors: Grid) -> list[Candidate]:
    """Near matches of ``key`` (folded) that lie in one of ``countries`` and,
    when ``anchors`` holds any point, within ANCHOR_KM of one; of the same
    number of words as the name they were found under (the place's own name or
    another: "Kabardino-Balkaria" near "Kabardino-Balkariya"), never a country."""
    words = key.count(" ")
    out: list[Candidate] = []
    for c, found_as in _near(gaz, key):
        if c.country in countries and c.kind != "country" and c not in out \
                and words in (fold(c.name).count(" "), found_as.count(" ")) \
                and (not anchors or anchors.nearest(c.lat, c.lon, ANCHOR_KM, key=c.id) <= ANCHOR_KM):
            out.append(c)
    return out
