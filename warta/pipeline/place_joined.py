"""Names joined by a conjunction or a hyphen: "Bosnia and Herzegovina", "Trinidad dan Tobago",
"Sistan-Baluchestan" (the index's "Sistan and Baluchestan"); names with a linking particle
between hyphens: "Mazar-i-Sharif", "Sar-e-Pul".

The span finder closes a run of capitalised words at a lower-case word, so a name with a
conjunction inside is two runs (and two places, or a town abroad for its first half). Two runs
a joiner word separates become one when a span across the joiner is a name the index or the
language's curated names hold, read with the joiner as the index writes it (``name_joiners``:
"dan" -> "and"). A hyphen between two capitalised words may stand for the joiner too. Two runs
a linking particle joins with hyphens (``name_links``: "Dand-e-Patan") are one name, whether the
index holds it or not: its halves are no places of their own.
"""

from __future__ import annotations

from typing import Final

from warta.geo.fold import fold
from warta.geo.gazetteer import Gazetteer
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import MAX_TOKENS, Run, Tok, anded

SIDE: Final = 3  # words of each side a joined name may take


def _keys(text: str, toks: list[Tok], a: Run, joiner: int, b: Run, lex: PlaceLexicon) -> list[str]:
    """Keys of every span across the joiner: up to SIDE words of ``a``'s end, the joiner, up to SIDE
    words of ``b``'s start."""
    out = []
    for x in range(max(0, len(a.toks) - SIDE), len(a.toks)):
        for y in range(1, min(SIDE, len(b.toks)) + 1):
            ids = a.toks[x:] + [joiner] + b.toks[:y]
            if len(ids) > MAX_TOKENS:
                continue
            out.append(fold(text[toks[ids[0]].start:toks[ids[-1]].end]))
            key = anded(text, toks, ids, lex)
            if key:
                out.append(key)
    return out


def joined_runs(text: str, toks: list[Tok], runs: list[Run], lex: PlaceLexicon,
                gaz: Gazetteer) -> list[Run]:
    """``runs`` with two runs merged where a joiner word alone separates them and a span across it
    is a name the index or the curated names hold."""
    if not (lex.name_joiners or lex.name_links) or len(runs) < 2:
        return runs
    pairs = []
    linked = set()
    for k, (a, b) in enumerate(zip(runs, runs[1:])):
        g = a.toks[-1] + 1
        if b.toks[0] != g + 1 or toks[g].cap \
                or not (toks[a.toks[-1]].sent == toks[g].sent == toks[b.toks[0]].sent) \
                or a.dateline or toks[a.toks[-1]].possessive:
            continue
        gaps = (text[toks[g - 1].end:toks[g].start], text[toks[g].end:toks[g + 1].start])
        if gaps == ("-", "-") and toks[g].key in lex.name_links:
            linked.add(k)
        elif gaps == (" ", " ") and toks[g].key in lex.name_joiners:
            pairs.append((k, _keys(text, toks, a, g, b, lex)))
    if not pairs and not linked:
        return runs
    found = gaz.lookup({key for _, keys in pairs for key in keys}) if pairs else set()
    merge = linked | {k for k, keys in pairs if any(key in found or key in lex.curated for key in keys)}
    out: list[Run] = []
    for k, run in enumerate(runs):
        if k - 1 in merge and out:
            prev = out[-1]
            prev.toks = prev.toks + [prev.toks[-1] + 1] + run.toks
            prev.titlecase = prev.titlecase and run.titlecase
        else:
            out.append(run)
    return out
