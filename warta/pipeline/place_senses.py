"""What a name means across one article: the countries its peoples'
adjectives name, and one sense for a place the gazetteer lacks at all its
mentions."""

from __future__ import annotations

from warta.geo.doubt import LOCATED_PLACE
from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Tok


def adjective_countries(toks: list[Tok], lex: PlaceLexicon) -> set[str]:
    """Countries the text names only by their peoples' adjectives ("Syrian fighters");
    a two-word adjective is read whole ("South Sudanese" names no Sudan)."""
    codes: set[str] = set()
    skip = -1
    heads = lex.demonym_heads
    for n, t in enumerate(toks):
        if n == skip or not t.cap:  # an adjective is capitalised: most words are not
            continue
        if t.key not in lex.demonyms and t.key not in heads:
            continue  # no adjective, nor the first word of one
        pair = f"{t.key} {toks[n + 1].key}" if n + 1 < len(toks) and toks[n + 1].cap else ""
        key = pair if pair in lex.demonyms else t.key
        if key not in lex.demonyms:
            continue
        skip = n + 1 if key == pair else skip
        codes.update(code for code in lex.demonyms[key] if len(code) == 2)
    return codes


def new_again(matches: list[Match]) -> None:
    """A name the text makes a place the index lacks ("the town of Mahas") is
    that place at its other mentions too, where the index's reading of it was
    dropped as doubtful ("a resident of Mahas": no Jordanian namesake) or is a
    small settlement or a town by another of its names, a reading the first mention
    already ruled out."""
    new = {m.key for m in matches if m.new and m.best is None}
    for m in matches:
        if m.key in new and not m.new and (m.best is None or m.best.kind == "settlement" and not m.curated
                                           and (m.best.population < LOCATED_PLACE or not m.best.primary)):
            # "the village of Stepove, west of Orikhiv ... near Stepove": no namesake 300 km off;
            # "near Boni" after "the town of Boni": no city abroad by another of its names (Bonn)
            m.new, m.cands, m.best = True, [], None
