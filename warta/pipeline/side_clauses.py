"""A figure's own clause: where it opens and closes (a semicolon, a comma before an opener word), the
relative clauses between commas beside it, and the places that stand in it."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from warta.model import Figure, PlaceMention

CLAUSE_OPENER_RE: Final = re.compile(r"[,;]\s*(\w+)|;")
CLAUSE_CHARS: Final = 300  # characters around a figure searched for where its clause opens and closes


def clause_span(text: str, fig: Figure, openers: frozenset[str]) -> tuple[int, int]:
    """Where the figure's clause opens and closes: at a semicolon, or a comma followed by an opener word
    (", as Israel struck targets in Tehran", ", sementara ..."), at most CLAUSE_CHARS either side."""
    lo, hi = max(0, fig.start - CLAUSE_CHARS), min(len(text), fig.end + CLAUSE_CHARS)

    def opens(m: re.Match[str]) -> bool:
        return m.group(0).startswith(";") or (m.group(1) or "").lower() in openers
    start = max((m.start() + 1 for m in CLAUSE_OPENER_RE.finditer(text, lo, fig.start) if opens(m)),
                default=lo)
    end = next((m.start() for m in CLAUSE_OPENER_RE.finditer(text, fig.end, hi) if opens(m)), hi)
    return start, end


def aside(text: str, start: int, end: int, relatives: frozenset[str]) -> bool:
    """The name at ``start`` stands in a relative clause between commas that closes before ``end``
    ("The ADF, which originated in Uganda, has killed thousands"): it tells of the subject, it is not
    whose the figure after it is."""
    if end - start > CLAUSE_CHARS:
        return False  # too far to be an aside before the figure
    opened = text.rfind(",", max(0, start - CLAUSE_CHARS), start)
    if opened < 0 or text.find(",", start, end) < 0:
        return False
    words = text[opened + 1:start].split()
    return bool(words) and words[0].lower() in relatives


def other_clause(text: str, end: int, fig: Figure, joiners: frozenset[str]) -> bool:
    """The side named at ``end`` stands in a clause before the one whose verb fired the figure ("menembak
    jatuh drone milik AS ... dan meluncurkan dua rudal": the claimant's second verb, not the owner's):
    a joiner word or a comma lies between the name and the verb."""
    verb = fig.outcome_span
    if verb is None or verb.start < end or verb.start > fig.start:
        return False
    between = text[max(end, verb.start - CLAUSE_CHARS):verb.start].lower()
    return "," in between or any(w in joiners for w in between.split())


def _start(p: PlaceMention) -> int:
    return p.start


def clause_places(text: str, fig: Figure, here: list[PlaceMention], openers: frozenset[str],
                  relatives: frozenset[str]) -> list[PlaceMention]:
    """The places of the figure's own clause when its sentence names others too ("killed three people in
    central Israel, as Israel struck targets in Tehran": central Israel), leaving out a relative clause
    between commas before it; empty when all are the clause's or none is. ``here`` is in text order."""
    start, end = clause_span(text, fig, openers)
    own = [p for p in here[bisect_left(here, start, key=_start):bisect_left(here, end, key=_start)]
           if p.end <= end and not (p.end <= fig.start and aside(text, p.start, fig.start, relatives))]
    return own if 0 < len(own) < len(here) else []
