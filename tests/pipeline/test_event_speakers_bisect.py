"""The side words of a reporting clause after a trigger are found by bisecting the sentence's clause
breaks, triggers and side words, once per call; the answer is that of the plain scan over every cue,
break and word, on any layout (so one endless sentence costs linear time, not quadratic)."""

from __future__ import annotations

import random

from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.event_speakers import speakers
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

WORDS = ["troops", "attacked", ",", "the", "army", "said", "Russia", "Ukraine", "and", "kata", ";", "it"]


def _scan(toks, trig, cues, hits, triggers):
    """The definition: each cue after the trigger, every token, trigger and side word looked at."""
    out = []
    for cue in cues:
        if cue.start < trig.end:
            continue
        breaks = [i for i in range(trig.last_token + 1, cue.first_token) if toks[i].text in CLAUSE_BREAKS]
        if not breaks:
            continue
        lo = toks[breaks[-1]].end
        end = next((t.start for t in toks[cue.last_token + 1:] if t.text in CLAUSE_BREAKS), None)
        if any(m.start >= cue.end and (end is None or m.end <= end) for m in triggers):
            continue
        out += [h for h in hits if h.start >= lo and (end is None or h.end <= end) and h not in out]
    return out


def _layout(rng: random.Random):
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 40))]
    toks, at = [], 0
    for w in words:
        toks.append(Token(at, at + len(w), w))
        at += len(w) + 1

    def match(i: int, value: str = "x") -> Match[str]:
        return Match(toks[i].start, toks[i].end, toks[i].text, value, i, i)

    def some(share: float, value: str = "x") -> list[Match[str]]:
        return [match(i, value) for i in range(len(toks)) if rng.random() < share]

    triggers, hits = some(0.15), some(0.25, rng.choice(["RU", "UA"]))
    if rng.random() < 0.3:  # side words gathered from two lists: not in the order of the text
        rng.shuffle(hits)
    trig = match(rng.randrange(len(toks)))
    return toks, trig, some(0.2), hits, triggers


def test_bisected_lookups_answer_as_the_scan_over_everything() -> None:
    rng = random.Random(7)
    found = 0
    for _ in range(4000):
        toks, trig, cues, hits, triggers = _layout(rng)
        got = speakers(toks, trig, cues, hits, triggers)
        assert got == _scan(toks, trig, cues, hits, triggers), (toks, trig, cues, hits, triggers)
        found += bool(got)
    assert found > 200  # layouts with side words in a reporting clause are tried too
