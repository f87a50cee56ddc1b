"""The other mentions of names the text made places the index lacks: "kota Dekai ... dievakuasi ke
Dekai", "Kampung Wandoga ... di Wandoga" are the same places, found again by their words."""

from __future__ import annotations

from collections.abc import Callable

from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Run, Tok


def named_again(toks: list[Tok], runs: list[Run], new: list[Match], owner: dict[int, Match],
                 lex: PlaceLexicon, drop: Callable[[list[Match]], None]) -> list[Match]:
    """The other mentions of names the text made places the index lacks ("kota
    Dekai ... dievakuasi ke Dekai ... RSUD Dekai"), also without the head word the
    name had ("Kampung Wandoga ... di Wandoga"): the same places, where no other
    reading holds the words but the index's hit on a part of them ("Residents of
    Dera Khel" after "the Dera Khel area": no town Dera)."""
    names: dict[str, dict[tuple[str, ...], Match]] = {}  # by first word
    for m in new:
        words = tuple(toks[g].key for g in range(m.i, m.j))
        if words[0] in lex.heads_before:
            words = words[1:]  # "Kampung Wandoga": "Wandoga" again
        if words:
            names.setdefault(words[0], {})[words] = m
    out: list[Match] = []
    if not names:
        return out
    for run in runs:
        for g in run.toks:
            starting = names.get(toks[g].key)
            if starting is None:
                continue  # no name begins with the word (most words)
            for words, m in starting.items():
                end = g + len(words)
                if end > run.toks[-1] + 1 or tuple(toks[x].key for x in range(g, end)) != words:
                    continue
                held = list({id(owner[x]): owner[x] for x in range(g, end) if x in owner}.values())
                if any(h.new or h.i < g or h.j > end or h.j - h.i == end - g for h in held):
                    continue
                drop(held)
                hit = Match(toks[g].start, toks[end - 1].end, m.key, g, end, run.toks[0], run.dateline,
                            "new", [], (), new=True)
                owner.update(dict.fromkeys(range(g, end), hit))
                out.append(hit)
    return out
