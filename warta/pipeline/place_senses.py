"""What a name means across one article: the countries its peoples'
adjectives name, and one sense for a place the gazetteer lacks at all its
mentions."""

from __future__ import annotations

from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Tok


def adjective_countries(toks: list[Tok], lex: PlaceLexicon) -> set[str]:
    """Countries the text names only by their peoples' adjectives ("Syrian fighters");
    a two-word adjective is read whole ("South Sudanese" names no Sudan)."""
    codes: set[str] = set()
    skip = -1
    for n, t in enumerate(toks):
        pair = f"{t.key} {toks[n + 1].key}" if n + 1 < len(toks) and toks[n + 1].cap else ""
        key = pair if pair in lex.demonyms else t.key
        if n == skip or not t.cap or key not in lex.demonyms:
            continue
        skip = n + 1 if key == pair else skip
        codes.update(code for code in lex.demonyms[key] if len(code) == 2)
    return codes


def new_again(matches: list[Match]) -> None:
    """A name the text makes a place the index lacks ("the town of Mahas") is
    that place at its other mentions too, where the index's reading of it was
    dropped as doubtful ("a resident of Mahas": no Jordanian namesake)."""
    new = {m.key for m in matches if m.new and m.best is None}
    for m in matches:
        if m.key in new and m.best is None and not m.new:
            m.new, m.cands = True, []


def forces_of(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a country's name modifies a word for armed forces ("tentara Israel",
    "Russia's troops", "Ukraine army"): the side that acts, not where the places the
    index lacks in its sentence lie."""
    if lex.modifier_order == "after":
        prev = toks[m.i - 1] if m.i and toks[m.i - 1].sent == toks[m.i].sent else None
        return prev is not None and prev.key in lex.force_nouns
    nxt = toks[m.j] if m.j < len(toks) and toks[m.j].sent == toks[m.i].sent else None
    return nxt is not None and not nxt.cap and nxt.key in lex.force_nouns
