"""Nouns no unit list has that count people: a verb only people suffer governs them ("killed two
shepherds", "menembak mati dua tukang ojek", "three miners were wounded", "dua petani tewas")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

VICTIM_OUTCOMES: Final = ("killed", "wounded")  # only people are killed or wounded
VICTIM_NOUN_TOKENS: Final = 2  # words of a noun no list has ("shepherds", "gold miners", "tukang ojek")


def victim_noun_end(toks: list[Token], first: int, nxt: int, text: str, lex: FigureLexicons) -> int | None:
    """The last token of a noun no unit list has that counts people because a verb
    only people suffer governs it: right before the number ("killed two shepherds",
    "menembak mati dua tukang ojek") or right after the noun ("three miners were
    wounded", "dua petani tewas"); None otherwise."""
    if nxt >= len(toks) or toks[nxt].text.lower() in lex.time_units:
        return None  # "a 33-year-old", "berusia 33 tahun": an age or a length, no count
    end = nxt
    while end < min(nxt + VICTIM_NOUN_TOKENS, len(toks)) and toks[end].text.isalpha() \
            and toks[end].text.islower() and toks[end].text not in lex.bare_followers \
            and lex.outcomes.at(toks, end, text) is None:
        end += 1
    if end == nxt or any(t.text.lower() in lex.not_people for t in toks[nxt:end]):
        return None  # "40 cattle", "30 ekor sapi": killed, but no people
    for back in (1, 2, 3):  # the verb before the number, ending right before it
        m = lex.outcomes.at(toks, first - back, text) if first - back >= 0 else None
        if m is not None and m.last_token == first - 1:
            return end - 1 if m.value in VICTIM_OUTCOMES else None
    for j in range(end, min(end + 2, len(toks))):  # "... were killed", "... tewas"
        m = lex.outcomes.at(toks, j, text)
        if m is not None:
            return end - 1 if m.value in VICTIM_OUTCOMES else None
        if toks[j].text.lower() not in lex.bare_followers:
            break
    return None
