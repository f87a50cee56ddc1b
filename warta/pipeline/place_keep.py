"""Whether a gazetteer hit in a run of capitalised words is a place where it
stands: not a roman numeral, an acronym, a common word opening a sentence, a
title before a name, a person's name (a given name or surname standing
alone), a saint's name, part of a newspaper's or a time's name ("Kyiv
Independent", "Moscow time"), money or a road number. A hit may be narrowed
to its broad or big candidates instead of dropped.

Language-neutral: every word list comes from a :class:`PlaceLexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from warta.geo.fold import fold
from warta.geo.match import Match
from warta.geo.one_sense import BROAD
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_persons import after_given_name, before_initial, before_surname
from warta.pipeline.place_spans import Run, Tok, acronym, doubled

_ROAD_RE: Final = re.compile(r"\.? ([A-Z][a-z]+) \d")  # "Route 159", "Highway 82"
BIG_CITY: Final = 1_000_000  # a city this big may stand for its government ("Moscow said")
IMPORTANT_POPULATION: Final = 100_000  # a lone person's name is this big a place, or none

UNIT_WANTS: Final = ("admin", "admin1", "admin2")  # what a unit word asks for
BODY_REACH: Final = 6  # words between a body's word and its place ("Dinas Kesehatan Provinsi Papua")


def keep_hit(text: str, toks: list[Tok], m: Match, run: Run, zone: set[int],
          lex: PlaceLexicon, lower: set[str], loose: list[bool], loose_before: bool) -> bool:
    """Whether a gazetteer hit is a place here; may narrow ``m.cands``.
    ``loose`` is ``_loose`` of the run (places.py); ``loose_before`` tells whether
    such a word that no earlier match took stands before ``m`` in the run."""
    span = text[m.start:m.end]
    upper = span.isupper()
    if upper and not span.strip("IVXLCDM"):
        return False  # a roman numeral ("Komisi VIII", "Henry VIII")
    if (upper or "." in span) and _initials(text, toks, m, run, lex, span):
        return False
    if _nickname(text, toks, run):
        return False  # Ismael "El Mayo" Zambada, Joaquin "El Chapo" Guzman
    single = m.j - m.i == 1
    if single and not m.curated and acronym(text, toks, m.i, run):
        return False  # "a SWAT team", "the NICE program", "BY KENT SMITH"
    if single and (m.key in lex.stoplist and m.want not in UNIT_WANTS or doubled(text, m.start, m.end)
                   or m.key in lex.body_words) and not m.curated:
        return False  # not "Centre" alone ("Haiti's Centre department", "the East region" are units),
        # nor a body's word opening its name ("Badan Operasi ...": no Yemeni Ba'dan)
    if single and _word_opening_a_name(toks, m, run, lex):
        return False
    if m.key in lex.initials and "." not in span and not upper:
        return False  # "La Gabarra": the Spanish article, not "L.A"
    if single and m.key in lex.connectors and not m.curated:
        m.cands = [c for c in m.cands if c.primary]  # "La Gabarra": no LA; "Van" the city is "Van"
        if not m.cands:
            return False
    if single and m.key in lex.titles and m.j <= run.toks[-1] and toks[m.j].cap:
        return False  # a title before a name or an office ("Karo Penmas ...": the head of a bureau)
    if single and m.key in lex.abbreviations and text[m.end:m.end + 1] == "." \
            and text[m.start - 2:m.start] == ", ":
        return False  # "Kansas City, Kan.": the state, which _abbreviations reads
    if single and not m.want and not run.dateline and (
            after_given_name(text, toks, m.i, run.toks[0], lex) or before_initial(text, toks, m.j)
            or before_surname(text, toks, m.j, run.toks[-1], lex)):
        return False  # "Andrew Jordan", "George Washington", "Virginia L. Lane", "Chad Foster": a person
    s = toks[m.i].sent
    nxt = toks[m.j] if m.j < len(toks) and toks[m.j].sent == s else None
    prev = toks[m.i - 1] if m.i and toks[m.i - 1].sent == s else None
    if nxt and m.key in lex.idiom_heads and f"{m.key} {nxt.key}" in lex.idioms \
            and text[m.end:nxt.start] == " ":
        return False  # "baku tembak", "Baku Tembak" in a headline: a firefight, no Baku
    if nxt and (nxt.key in lex.not_after and nxt.cap or nxt.key in lex.not_after_lower and not nxt.cap) and (
            text[m.end:nxt.start] == " " or (text[m.end:nxt.start] == ". " and nxt.cap)):
        return False  # "Kyiv Independent", "N.Y. Times", "Moscow time"; not "the Dublin post"
    if _money_or_route(text, m.start, m.end, lex.road_words):
        return False
    opener = toks[run.toks[0] - 1] if run.toks[0] and toks[run.toks[0] - 1].sent == s else None
    if opener and not opener.cap and opener.key in lex.lower_titles and lex.modifier_order == "before" \
            and text[opener.end:toks[run.toks[0]].start] == " " and (m.i == run.toks[0] or m.j - m.i == 1):
        # "states coach Ripley", "spokesman Sid Gaulden", "spokesman Abdifatah Aden": a title in lower
        # case opens a person's name (where an office's place comes first; "gubernur Papua" is
        # Papua's governor)
        m.cands = [c for c in m.cands if c.kind == "country"]
        return bool(m.cands)
    opening = run.toks[0] - 1  # a sentence's first word, left out of the run: "Polisi Yala mengatakan"
    first = opening if opening >= 0 and toks[opening].cap and toks[opening].sent == s else run.toks[0]
    bodied = lex.modifier_order == "after" and _after_body(toks, m.i, first, lex)
    of = prev is not None and not prev.cap and prev.key in lex.seat_connectors  # "residents of Boni said"
    if single and not m.curated and not of \
            and not (prev and (prev.key in lex.locative or prev.key in lex.titles)) \
            and not (nxt and nxt.cap and nxt.key in lex.titles) and not m.want and not bodied and (
            # not "said Avondale Mayor Ed Ries", "the governor of Kherson said", "Kepala Dinas
            # Kesehatan Papua mengatakan" (a body's place)
            nxt and nxt.key in lex.person_verbs and text[m.end:nxt.start] == " "
            or prev and prev.key in lex.person_verbs and text[prev.end:m.start] == " "):
        # a big city's main name may stand for its government; another language's name is a person
        m.cands = [c for c in m.cands if c.kind == "country" or c.kind in ("settlement", "admin1")
                   and c.population >= BIG_CITY and c.primary]  # not a county: "Clark said"
        return bool(m.cands)
    if prev and prev.key in lex.not_before and not any(c.kind == "country" for c in m.cands):
        return False
    if m.curated:
        return True
    if (m.key in lex.person_names and single or m.key in lex.common_words or _saint(m.key, lex)) \
            and not m.want \
            and not (prev and prev.key in lex.locative) and not run.dateline:
        # a lone given name, surname or common word is no place, unless a large one; a given
        # name ("Mary", "Brandon") only a city of a million, as a surname may be a county's
        word = m.key in lex.common_words or m.key in lex.given_names and m.key not in lex.surnames
        m.cands = [c for c in m.cands if c.kind in ("country", "region") or (
            c.primary and c.kind in (("settlement",) if word else ("settlement", "admin1"))
            and c.population >= (BIG_CITY if word else IMPORTANT_POPULATION))]
        if not m.cands:
            return False
    in_zone = m.i in zone  # not a name that the title opens ("Prince Edward Island")
    if in_zone:
        m.cands = [c for c in m.cands if c.kind in ("country", "region")]
        return bool(m.cands)
    if single and m.key in lower:
        m.cands = [c for c in m.cands if c.kind in ("country",)]
        return bool(m.cands)
    after = len(run.toks) == 2 and any(loose[g - run.toks[0]] for g in run.toks if g >= m.j)
    person_like = loose_before or after
    if person_like and not run.titlecase and not run.dateline:
        m.cands = [c for c in m.cands if c.kind in BROAD]
        return bool(m.cands)
    return True


def _initials(text: str, toks: list[Tok], m: Match, run: Run, lex: PlaceLexicon, span: str) -> bool:
    """Whether the hit's text ``span`` is a short word in capitals or with stops that names no
    place here: a person's initials after a rank or a title of address ("Pratu AS"), or
    initials that the language data does not hold as a place's."""
    letters = [c for c in span if c.isalpha()]
    before = toks[m.i - 1] if m.i and toks[m.i - 1].sent == toks[m.i].sent else None
    if span.isupper() and len(letters) <= 3 and before is not None and before.key in lex.honorifics \
            and text[before.end:m.start] == " ":
        return True
    if span.isupper() and len(letters) <= 3 and not (run.dateline and len(letters) == 3) \
            or "." in span and len(letters) <= 4:  # a dateline's town of three letters ("BOR, South Sudan")
        if not m.curated and m.key not in lex.demonyms:  # "EU", a union, when demonyms are asked for
            return True
    return False


_OPEN, _CLOSE = "\"“'‘", "\"”'’"


def _nickname(text: str, toks: list[Tok], run: Run) -> bool:
    """Whether ``run`` stands in quotes between a given name and a surname: a nickname."""
    a, b = run.toks[0], run.toks[-1]
    if a == 0 or b + 1 >= len(toks):
        return False
    before, after = toks[a - 1], toks[b + 1]
    if not (before.cap and after.cap and before.sent == after.sent):
        return False
    opened = text[before.end:toks[a].start]
    closed = text[toks[b].end:after.start]
    return len(opened) == 2 and opened[0] == " " and opened[1] in _OPEN \
        and len(closed) == 2 and closed[0] in _CLOSE and closed[1] == " "


def _saint(key: str, lex: PlaceLexicon) -> bool:
    """Whether ``key`` is a saint's name ("St. Patrick", "Saint Mary"): a
    person's, a day's or a church's unless a large town bears it."""
    first, _, rest = key.partition(" ")
    return first in lex.saints and rest in lex.person_names


def _word_opening_a_name(toks: list[Tok], m: Match, run: Run, lex: PlaceLexicon) -> bool:
    """A sentence's first word that only another language's name of a place
    spells, opening a longer capitalised name ("Human Rights Watch said":
    not Uman, "Humań" in Polish), unless the name is a unit's or a
    facility's named after the place ("Dulles International Airport")."""
    g = m.i
    if m.curated or g != run.toks[0] or m.j > run.toks[-1] or g and toks[g - 1].sent == toks[g].sent:
        return False  # (first: most names open no sentence, and a name may have hundreds of namesakes)
    if any(c.primary for c in m.cands):
        return False
    nxt = toks[m.j]
    rest = [toks[x].key for x in range(m.j, run.toks[-1] + 1)]
    return nxt.cap and not (nxt.key in lex.directions or nxt.key in lex.context_words or nxt.key in lex.titles
                            or any(k in lex.heads_after or k in lex.facility_heads_after for k in rest))


def _money_or_route(text: str, start: int, end: int, roads: frozenset[str] = frozenset()) -> bool:
    """A currency prefix ("US$", "$US"), a road's number ("US-24"; a name
    before a road word of ``roads`` and a number: "Illinois Route 159", "U.S.
    Highway 82") or a code between slashes ("A/California/7/2009")."""
    before = text[start - 1:start]
    after = text[end:end + 2]
    if (bool(before) and _currency(before)) or (
            bool(after) and (_currency(after[0]) or (after[0] == "-" and after[1:].isdigit()))):
        return True
    if before == "/" and after[:1] == "/" and text[end + 1:end + 2].isdigit():
        return True  # a strain's or a record's code: "A/California/7/2009"
    space = end + 1 if after[:1] == "." else end  # (what _ROAD_RE needs first: a capital after a space)
    if text[space:space + 1] != " " or not text[space + 1:space + 2].isupper():
        return False
    word = _ROAD_RE.match(text, end)
    return word is not None and fold(word.group(1)) in roads


def _currency(char: str) -> bool:
    """Whether ``char`` is a currency sign ("$", "€"; of ASCII, only "$")."""
    return char == "$" if char < "\x80" else unicodedata.category(char) == "Sc"


def _after_body(toks: list[Tok], i: int, first: int, lex: PlaceLexicon) -> bool:
    """Whether a body's word comes a few words before token ``i`` in its run, with no given name
    between ("Kepala Dinas Kesehatan Papua"): in a language that puts a body's place after it."""
    for g in range(i - 1, max(first, i - BODY_REACH) - 1, -1):
        if toks[g].key in lex.given_names:
            return False
        if toks[g].key in lex.body_words:
            return True
    return False
