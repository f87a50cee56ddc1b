"""Where a source spoke is found by bisecting the sentence's cues (two cues answer for all);
the answer is that of the plain scan over every cue, on any layout of cues, places and triggers."""

from __future__ import annotations

import random

from warta.model import PlaceMention
from warta.pipeline.event_places import _reported_from, _trailing, located, speakers_place
from warta.pipeline.lexicon import Match

FRAMING = frozenset({"in", "di"})
COMPS = frozenset({"that", "bahwa"})
WORDS = ["in", "said", "that", "the", "army", ",", "troops", "attacked", "di", "kata", "Kursk", "on", "."]


def _scan(place, trig, cues, opening, text, framing, found=(), comps=frozenset()):
    """The definition: every cue looked at."""
    return place.start != opening and located(text, place.start, framing) and any(
        (place.end <= c.start and c.end <= trig.start) or (
            (_trailing(text, trig, c, place) or _reported_from(text, trig, c, place, comps))
            and not any(c.end <= f.start < place.start for f in found))
        for c in cues)


def _spans(words: list[str]) -> list[tuple[int, int]]:
    out, at = [], 0
    for w in words:
        out.append((at, at + len(w)))
        at += len(w) + 1
    return out


def _match(spans: list[tuple[int, int]], text: str, i: int, j: int) -> Match[str]:
    s, e = spans[i][0], spans[j][1]
    return Match(s, e, text[s:e], "x", i, j)


def test_bisected_cues_answer_as_the_scan_over_all_cues() -> None:
    rng = random.Random(11)
    true = 0
    for _ in range(4000):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 40))]
        text, spans = " ".join(words), _spans(words)
        n = len(words)
        cues, i = [], 0
        while i < n:  # in order, not overlapping, as a lexicon finds them
            if rng.random() < 0.25:
                j = min(n - 1, i + rng.randint(0, 1))
                cues.append(_match(spans, text, i, j))
                i = j + 1
            else:
                i += 1
        found = [_match(spans, text, k, k) for k in sorted(rng.sample(range(n), rng.randint(0, min(4, n))))]
        a, b = rng.randrange(n), rng.randrange(n)
        trig = _match(spans, text, a, a)
        s, e = spans[b][0], spans[min(n - 1, b + rng.randint(0, 1))][1]
        place = PlaceMention(s, e, text[s:e], text[s:e], None, None, None, "city")
        opening = rng.choice([0, s, -1])
        got = speakers_place(place, trig, cues, opening, text, FRAMING, found, COMPS)
        assert got == _scan(place, trig, cues, opening, text, FRAMING, found, COMPS), (text, place, cues)
        true += got
    assert true > 100  # the layouts that answer yes are tried too
