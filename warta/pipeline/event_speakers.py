"""Subjects a trigger's neighbours do not show.

Who reports an event is not its target: the side words of a reporting clause after it
(", the British military said", ", kata militer Israel") name the source, not a party.
Such a side acts or suffers only through its own forces: a force noun or pronoun as the
trigger's subject ("Troops killed three militants ..., the army said") makes it the
actor, or the target when the trigger is passive ("Two soldiers were killed ...").

A verb joined to an earlier one ("Russian units repelled four Ukrainian attacks and
destroyed two tanks") has that verb's subject, not the side its object names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from typing import Final

from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

OWN_REACH: Final = 4  # tokens between a force noun and the trigger it is the subject of


def speakers(toks: Sequence[Token], trig: Match[str], cues: Sequence[Match[str]],
             hits: Sequence[Match[str]], triggers: Sequence[Match[str]]) -> list[Match[str]]:
    """The side words in a reporting clause that follows the trigger past a clause break:
    from that break to the end of the clause the reporting verb stands in, when that
    clause tells no event of its own ("..., Hezbollah said it had targeted a base")."""
    later = [c for c in cues if c.start >= trig.end]
    if not later:
        return []
    breaks = [i for i in range(trig.last_token + 1, len(toks)) if toks[i].text in CLAUSE_BREAKS]
    starts = sorted(m.start for m in triggers)
    ends: dict[int, list[int]] = {m.start: [] for m in triggers}  # ends of the triggers starting there
    for m in triggers:
        ends[m.start].append(m.end)
    order = sorted(range(len(hits)), key=lambda k: hits[k].start)  # positions in ``hits``, by start
    hit_starts = [hits[k].start for k in order]
    out: list[Match[str]] = []
    taken: set[tuple[int, int, str, str, int, int]] = set()
    for cue in later:
        before = bisect_left(breaks, cue.first_token)
        if not before:
            continue  # "Russia attacked the port, which it said ...": no clause of its own
        lo = toks[breaks[before - 1]].end
        after = bisect_right(breaks, cue.last_token)
        end = toks[breaks[after]].start if after < len(breaks) else None
        if _tells_event(starts, ends, cue.end, end):
            continue
        inside = []
        for k in order[bisect_left(hit_starts, lo):]:
            if end is not None and hits[k].start >= end:
                break
            if end is None or hits[k].end <= end:
                inside.append(k)
        new = [hits[k] for k in sorted(inside) if _key(hits[k]) not in taken]  # in the order of ``hits``
        out += new
        taken.update(_key(h) for h in new)
    return out


def _key(h: Match[str]) -> tuple[int, int, str, str, int, int]:
    return h.start, h.end, h.text, h.value, h.first_token, h.last_token


def _tells_event(starts: list[int], ends: dict[int, list[int]], lo: int, end: int | None) -> bool:
    """Whether a trigger starts at or after ``lo`` and ends by ``end`` (anywhere after, with no end)."""
    for start in starts[bisect_left(starts, lo):]:
        if end is None:
            return True
        if start >= end:
            return False
        if any(e <= end for e in ends[start]):
            return True
    return False


def own_forces(toks: Sequence[Token], trig: Match[str], words: frozenset[str],
               hits: Sequence[Match[str]]) -> bool:
    """Whether a force noun or pronoun ("troops", "pasukannya") is the trigger's subject:
    within a few tokens before it, in its clause, with no side word between."""
    for i in range(trig.first_token - 1, max(-1, trig.first_token - 1 - OWN_REACH), -1):
        tok = toks[i]
        if tok.text in CLAUSE_BREAKS or any(h.first_token <= i <= h.last_token for h in hits):
            return False
        if tok.text.lower() in words:
            return True
    return False


def conjunct_subject(toks: Sequence[Token], trig: Match[str], verbs: Collection[int],
                     hits: Sequence[Match[str]], joiners: frozenset[str]) -> str | None:
    """The subject of the first verb of the clause when the trigger follows a joiner
    ("... dan menghancurkan", "... and destroyed"): the last side word before that verb.
    ``verbs`` are the first tokens of the sentence's triggers and defence verbs."""
    j = trig.first_token - 1
    if j < 1 or toks[j].text.lower() not in joiners:
        return None
    start, first = 0, None
    for k in range(j - 1, -1, -1):
        if toks[k].text in CLAUSE_BREAKS:
            start = k + 1
            break
        if k in verbs:
            first = k
    if first is None:
        return None
    before = [h for h in hits if start <= h.first_token and h.last_token < first]
    return before[-1].value if before else None
