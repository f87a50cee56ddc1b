"""Address chains: a district or neighbourhood the index lacks, named between
commas after a street, a facility or a place ("Jalan Merdeka, Sukajadi,
Bandung"; "Kompleks Parlemen, Senayan, Jakarta"; "the clinic on King Street,
Eastfield, Leeds").

A capitalised name of up to CHAIN_WORDS words right after "<place>, " is a
place when it ends at a comma or the sentence's end and either the place
before it is one the index lacks (a street, a facility, a headed village) or
a known settlement or admin unit follows it. It takes that place's
coordinates (else those of the one before) and precision ``point``.
Language-neutral: stop words, titles and first names come from the lexicon.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from warta.model import PlaceMention
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Tok

CHAIN_WORDS: Final = 3
_CONTAINERS: Final = ("settlement", "admin2", "admin1")


def with_addresses(text: str, toks: list[Tok], places: list[PlaceMention],
                   lex: PlaceLexicon) -> list[PlaceMention]:
    """``places`` (in text order) with the parts of address chains added."""
    by_start = {p.start: p for p in places}
    out = list(places)
    for p in places:
        cur = p
        while (part := _part(text, toks, cur, by_start, lex)) is not None:
            out.append(part)
            by_start[part.start] = part
            cur = part
    out.sort(key=lambda m: m.start)
    return out


def _part(text: str, toks: list[Tok], prev: PlaceMention,
          by_start: dict[int, PlaceMention], lex: PlaceLexicon) -> PlaceMention | None:
    after = text[prev.end:prev.end + 1]
    if after != "," and not after.isspace():
        return None  # no comma after it (what lies before the next word must strip to one)
    g = bisect_left(toks, prev.end, key=_start)  # the first token at or after the place's end
    if g >= len(toks) or text[prev.end:toks[g].start].strip() != "," or toks[g].start in by_start \
            or prev.precision == "country":
        return None  # a country closes an address: "ombudsman Rusia, Tatyana Moskalkova, Kyiv" is none
    s = toks[g].sent
    end = g
    while end < len(toks) and end - g < CHAIN_WORDS and toks[end].sent == s and toks[end].cap \
            and _plain(toks[end], lex) and (end == g or text[toks[end - 1].end:toks[end].start] == " "):
        end += 1
    if end == g or toks[g].key in lex.first_names:
        return None
    a, b = toks[g].start, toks[end - 1].end
    rest = text[b:b + 3].lstrip()
    last = end >= len(toks) or toks[end].sent != s
    if not (last or rest[:1] in (",", ".", ")")):
        return None
    if not last and rest[:1] == "," and toks[end].key in lex.person_verbs:
        return None  # "a resident of Mahas, Halima Abdi, said": a person in apposition
    nxt = by_start.get(toks[end].start) if not last and rest[:1] == "," else None
    if nxt is None and end < len(toks) and rest[:1] == ",":
        k = end  # (the first token after the name)
        while k < len(toks) and toks[k].start < b + 4 and nxt is None:
            nxt = by_start.get(toks[k].start)
            k += 1
    contained = nxt is not None and nxt.found and nxt.precision in _CONTAINERS
    if not (contained or not prev.found):
        return None
    at = nxt if contained and nxt is not None else prev
    return PlaceMention(a, b, text[a:b], text[a:b], at.lat, at.lon, at.country, "point",
                        found=False, admin1=at.admin1)


def _start(t: Tok) -> int:
    return t.start


def _plain(t: Tok, lex: PlaceLexicon) -> bool:
    k = t.key
    return not (k in lex.stoplist or k in lex.titles or k in lex.context_words or k in lex.person_verbs
                or k in lex.heads_before or k in lex.triggers_before)
