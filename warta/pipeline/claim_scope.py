"""How far a source's claim reaches back in its sentence: a source whose own figures follow its
cue does not also tell a clause a comma closes before its name."""

from __future__ import annotations

from warta.model import Figure
from warta.pipeline.claim_lexicon import Source
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token


def clause_before(text: str, figs: list[Figure], cue: Match[str] | None,
                  found: Source | None) -> list[Figure]:
    """Figures in a clause a comma closes before a source that precedes its cue, when figures
    follow that cue in its own clause: "... Tewaskan 4 Orang, Moskow Klaim Rebut Dua Desa" (not "3
    killed, governor says", nor "..., the spokesman said, adding that ...": theirs)."""
    if cue is None or found is None or found.span.start < 0 or found.span.end > cue.start:
        return []
    early = [f for f in figs if f.end <= found.span.start]
    after = [f for f in figs if f.start >= cue.end]
    if not early or len(early) == len(figs) or not after or "," in text[cue.end:after[0].start]:
        return []
    gap = text[early[-1].end:found.span.start]
    return early if "," in gap and not any(c in gap for c in '.;:"“”') else []


def own_phrase(toks: list[Token], cue_index: int) -> bool:
    """Words stand between the last comma and the cue: "Russian shelling wounded 14 people, the
    regional administration said" has its speaker there, never the sentence's subject."""
    comma = next((k for k in range(cue_index - 1, -1, -1) if toks[k].text == ","), -1)
    return comma >= 0 and any(t.text[:1].isalpha() for t in toks[comma + 1:cue_index])
