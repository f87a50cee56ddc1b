"""Where a text uses a name as a place: after a word of place ("in X"), as a later
item of a list that one opens ("in W, X and Y"), or as the name of a site ("X
International Airport"); and whether a name is all of its run of capitalised words.

Language-neutral: the words come from a :class:`PlaceLexicon`.
"""

from __future__ import annotations

from typing import Final

from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Tok

LIST_REACH: Final = 12  # words back from a name to the locative that opens its list


def after_locative(text: str, toks: list[Tok], i: int, j: int, lex: PlaceLexicon) -> bool:
    """Whether the name at tokens ``i..j-1`` follows a word of place ("in X"), or is
    a later item of a list of names that one opens ("the attacks in Qamenas, Sarmin
    and Talamenes"; not "near Rivers and Stokes avenues", names of what a noun after them names):
    back over capitalised words, commas and list joiners to a locative."""
    s = toks[i].sent
    if i == 0 or toks[i - 1].sent != s:
        return False
    prev = toks[i - 1]
    if prev.key in lex.locative:
        return True
    before = toks[i - 2] if i >= 2 and toks[i - 2].sent == s else None
    if not prev.cap and (prev.key in lex.bearings or prev.key in lex.bearing_links and before is not None
                         and before.key in lex.bearings and not before.cap):
        return True  # "west of Orikhiv", "sebelah barat laut Orikhiv": a place told by its bearing
    if not (prev.key in lex.list_joiners and not prev.cap or "," in text[prev.end:toks[i].start]):
        return False
    nxt = toks[j] if j < len(toks) and toks[j].sent == s else None
    if nxt and not nxt.cap and text[toks[j - 1].end:nxt.start] == " " and not (
            nxt.key in lex.function_words or nxt.key in lex.stoplist or nxt.key in lex.list_joiners):
        return False  # the names modify the word after them: "Rivers and Stokes avenues"
    for g in range(i - 1, max(-1, i - 1 - LIST_REACH), -1):
        t = toks[g]
        if t.sent != s or text[t.end:toks[g + 1].start].strip() not in ("", ","):
            return False
        if t.key in lex.locative and not t.cap:
            return toks[g + 1].cap
        if not (t.cap or t.key in lex.list_joiners or t.key in lex.connectors):
            return False
    return False


def alone(text: str, toks: list[Tok], m: Match) -> bool:
    """Whether the name is all of its run of capitalised words: not "Moss" of "Moss
    Side Avenue", "the Moss Justice Center" or "Fleming's Steakhouse"."""
    last, nxt = toks[m.j - 1], toks[m.j] if m.j < len(toks) else None
    return m.i == m.first and (nxt is None or not nxt.cap or nxt.sent != last.sent
                               or text[last.end:nxt.start] not in (" ", "-") and not last.possessive)


SITE_WORDS: Final = 3  # words between a name and the head of the site named after it


def names_a_site(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a facility's head follows the name within its capitalised
    name ("Dulles International Airport") or comes right before it ("Bandara
    Internasional Dulles"): the site is named after the place. Not when
    the name after the head goes on past the place's ("Bandara Ben Gurion"):
    the site is named after someone whose name begins like a place's."""
    s = toks[m.i].sent
    for g in range(m.j, min(len(toks), m.j + SITE_WORDS)):
        if toks[g].sent != s or not toks[g].cap:
            break
        if toks[g].key in lex.facility_heads_after:
            return True
    nxt = toks[m.j] if m.j < len(toks) else None
    if nxt is not None and nxt.sent == s and nxt.cap and nxt.start == toks[m.j - 1].end + 1:
        return False  # "Bandara Ben Gurion": the name goes on past the place's
    for g in range(m.i - 1, max(-1, m.i - 1 - SITE_WORDS), -1):
        if toks[g].sent != s:
            break
        if toks[g].key in lex.facility_heads_before:
            return True
        if not toks[g].cap:
            break
    return False


def in_quarter(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a word calls the name a part of a town, on the side a noun stands of its
    modifiers or before "of": "the Tierra Blanca neighborhood", "the neighbourhood of X",
    "lingkungan X"; with the definite article before the name or the word (not "a Culiacan
    neighborhood", nor "the X neighbourhood of Culiacan": the town whose part it is)."""
    s = toks[m.i].sent
    if lex.modifier_order == "after":
        return _quarter_word(toks, m.i - 1, s, lex)
    # "the X neighborhood"; "the neighbourhood of X", not "the X neighbourhood of Culiacan" (the town)
    return _definite(toks, m.i - 1, s, lex) and _quarter_word(toks, m.j, s, lex) \
        or m.i >= 3 and toks[m.i - 1].key in lex.seat_connectors \
        and _quarter_word(toks, m.i - 2, s, lex) and _definite(toks, m.i - 3, s, lex)


def _quarter_word(toks: list[Tok], g: int, s: int, lex: PlaceLexicon) -> bool:
    """Whether token ``g`` is a word for a part of a town in lower case, in sentence ``s``."""
    t = toks[g] if 0 <= g < len(toks) else None
    return t is not None and t.sent == s and not t.cap and t.key in lex.quarter_words


def _definite(toks: list[Tok], g: int, s: int, lex: PlaceLexicon) -> bool:
    """Whether token ``g`` is a definite article of sentence ``s``."""
    t = toks[g] if g >= 0 and toks[g].sent == s else None
    return t is not None and t.key in lex.articles and t.key not in lex.indefinite_articles
