"""Verbs that frame a figure as an estimate ("put Russian losses at 883,000"): cues of their own."""

from __future__ import annotations

from typing import Final

from warta.model import Figure
from warta.pipeline.claim_lexicon import PUNCT_BOUNDARY, ClaimLexicons
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

FRAME_REACH: Final = 16  # words between a framing verb and the word before its figure ("put ... at")


def framed_cues(toks: list[Token], figs: list[Figure], lex: ClaimLexicons) -> list[Match[str]]:
    """A verb that frames a figure as an estimate with a word right before it ("put
    Russian losses since the invasion at 883,000"): a cue, its object between."""
    out: list[Match[str]] = []
    if not lex.frame_verbs or not figs:
        return out  # (most sentences have no figure: their tokens need no index)
    starts = {t.start: i for i, t in enumerate(toks)}
    for fig in figs:
        i = starts.get(fig.start)
        if i is None or i == 0 or toks[i - 1].text.lower() not in lex.frame_preps:
            continue
        for g in range(i - 2, max(-1, i - 2 - FRAME_REACH), -1):
            if toks[g].text in PUNCT_BOUNDARY:
                break
            if toks[g].text.lower() in lex.frame_verbs and not (  # ", putting": the speaker's
                    toks[g - 1].text == "," and toks[g].text.lower() in lex.participles):
                out.append(Match(toks[g].start, toks[g].end, toks[g].text, "before", g, g))
                break
    return out
