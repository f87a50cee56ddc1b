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

from collections.abc import Collection, Sequence

from warta.model import Token
from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.lexicon import Match

OWN_REACH = 4  # tokens between a force noun and the trigger it is the subject of


def speakers(toks: Sequence[Token], trig: Match[str], cues: Sequence[Match[str]],
             hits: Sequence[Match[str]], triggers: Sequence[Match[str]]) -> list[Match[str]]:
    """The side words in a reporting clause that follows the trigger past a clause break:
    from that break to the end of the clause the reporting verb stands in, when that
    clause tells no event of its own ("..., Hezbollah said it had targeted a base")."""
    out: list[Match[str]] = []
    for cue in cues:
        if cue.start < trig.end:
            continue
        breaks = [i for i in range(trig.last_token + 1, cue.first_token) if toks[i].text in CLAUSE_BREAKS]
        if not breaks:
            continue  # "Russia attacked the port, which it said ...": no clause of its own
        lo = toks[breaks[-1]].end
        end = next((t.start for t in toks[cue.last_token + 1:] if t.text in CLAUSE_BREAKS), None)
        if any(m.start >= cue.end and (end is None or m.end <= end) for m in triggers):
            continue
        out += [h for h in hits if h.start >= lo and (end is None or h.end <= end) and h not in out]
    return out


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
