"""Facilities as places: buildings, hospitals, airports, courts, hotels, parks
and schools named in the text ("Gedung Nusantara II", "Rumah Sakit Pusat
Pertamina", "hotel Oranje", "Al-Shifa Hospital").

News convention leaves buildings out of the places (a toponym inside one
still counts: "RSUD Mulia" is Mulia); named-entity corpora tag the facility
itself. Asked for, each facility is one mention of precision ``point`` that
covers the place names inside it and takes their coordinates, or those of
the place named right after it ("Gedung DPR, Jakarta"). Language-neutral:
the head words come from ``facility_heads_before`` (the head opens the name,
as in Indonesian) and ``facility_heads_after`` (it closes it, as in English).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from warta.model import PlaceMention
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Tok

NAME_WORDS: Final = 4  # words of a facility's name besides its head
NEXT_PLACE: Final = 40  # characters between a facility and the place that locates it ("Gedung DPR, Jakarta")


def with_facilities(text: str, toks: list[Tok], places: list[PlaceMention],
                    lex: PlaceLexicon) -> list[PlaceMention]:
    """``places`` with every named facility added, in text order; a place
    inside a facility's name gives way to the facility."""
    spans = _spans(text, toks, lex, {p.start: p.end for p in places},
                   {g for g, t in enumerate(toks) for p in places if p.start < t.end and t.start < p.end
                    and t.start != p.start})
    if not spans:
        return places
    starts = [p.start for p in places]
    out: list[PlaceMention] = []
    covered: set[int] = set()
    for a, b in spans:
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        inside = [k for k in range(lo, hi) if places[k].end <= b]
        covered.update(inside)
        out.append(_mention(text, a, b, [places[k] for k in inside], places, hi))
    out += [p for k, p in enumerate(places) if k not in covered]
    out.sort(key=lambda p: p.start)
    return out


def _spans(text: str, toks: list[Tok], lex: PlaceLexicon, placed: dict[int, int],
           inside: set[int]) -> list[tuple[int, int]]:
    """Character spans of the named facilities, not overlapping; ``placed``
    maps the start of each place mention to its end, ``inside`` holds the
    tokens within a mention past its first ("Taman" of "Jalan Taman Surapati")."""
    out: list[tuple[int, int]] = []
    n = len(toks)
    g = 0
    while g < n:
        if g in inside:
            g += 1
            continue
        span = _before(text, toks, g, lex) or _after(text, toks, g, lex)
        if span:
            out.append((toks[span[0]].start, toks[span[1] - 1].end))
            g = span[1]
        elif (owned := _owned(text, toks, g, lex, placed)) is not None:
            out.append(owned)
            g = bisect_left([t.start for t in toks[g:]], owned[1]) + g
        else:
            g += 1
    return out


def _owned(text: str, toks: list[Tok], g: int, lex: PlaceLexicon,
           placed: dict[int, int]) -> tuple[int, int] | None:
    """A facility named by its owner's or site's place: "kedutaan AS",
    "pangkalan militer Rusia", "kamp pengungsi Jabalia" (a lower-case head, at
    most one modifier, then the place) or "Jabalia refugee camp" (the other
    way round)."""
    t = toks[g]
    if t.start in placed:  # "Jabalia refugee camp", "Hmeimim air base": the head after
        k = bisect_left([x.start for x in toks[g:]], placed[t.start]) + g
        for m in (k, k + 1):
            if m >= len(toks) or not _joined(text, toks, m - 1, m) or toks[m].cap:
                return None
            if toks[m].key in lex.facility_heads_after:
                return t.start, toks[m].end
            if toks[m].key not in lex.facility_modifiers:
                return None
        return None
    if t.cap or t.key not in lex.facility_heads_before:
        return None
    for k in (g + 1, g + 2):
        if k >= len(toks) or not _joined(text, toks, k - 1, k):
            return None
        if toks[k].start in placed:
            return t.start, placed[toks[k].start]
        if toks[k].cap or toks[k].key not in lex.facility_modifiers:
            return None
    return None


def _name_word(text: str, toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """A token that may be part of a facility's name: capitalised (or a
    number, "SMP Negeri 1"), not a title, a weekday or another stop word."""
    t = toks[g]
    return (t.cap or t.text.isdigit()) and t.key not in lex.titles and (
        t.key not in lex.stoplist or t.text.isupper() and len(t.text) > 1)


def _joined(text: str, toks: list[Tok], a: int, b: int) -> bool:
    return toks[a].sent == toks[b].sent and text[toks[a].end:toks[b].start] in (" ", "-")


def _before(text: str, toks: list[Tok], g: int, lex: PlaceLexicon) -> tuple[int, int] | None:
    """A head that opens the name: "Gedung Nusantara II", "rumah sakit Polri"."""
    for width in (2, 1):
        if g + width >= len(toks) or not all(_joined(text, toks, k, k + 1) for k in range(g, g + width)):
            continue
        key = " ".join(t.key for t in toks[g:g + width])
        if key not in lex.facility_heads_before or not toks[g + width].cap:
            continue  # "hukuman penjara 25 tahun" names no prison
        end = g + width
        while end < len(toks) and end - g - width < NAME_WORDS and _joined(text, toks, end - 1, end) \
                and _name_word(text, toks, end, lex):
            end += 1
        if end > g + width:
            return g, end
    return None


def _after(text: str, toks: list[Tok], g: int, lex: PlaceLexicon) -> tuple[int, int] | None:
    """A head that closes the name: "Al-Shifa Hospital", "Ben Gurion Airport"."""
    if not toks[g].cap or toks[g].key in lex.facility_heads_after or not _name_word(text, toks, g, lex):
        return None
    end = g
    while end + 1 < len(toks) and end - g < NAME_WORDS and _joined(text, toks, end, end + 1):
        end += 1
        if toks[end].key in lex.facility_heads_after and toks[end].cap:
            return g, end + 1
        if not _name_word(text, toks, end, lex):
            return None
    return None


def _mention(text: str, a: int, b: int, inside: list[PlaceMention], places: list[PlaceMention],
             after: int) -> PlaceMention:
    """The facility at ``a..b``, located by a place inside it or right after it."""
    near = [p for p in inside if p.lat is not None]
    if not near and after < len(places) and places[after].start - b <= NEXT_PLACE \
            and "." not in text[b:places[after].start]:
        near = [places[after]] if places[after].lat is not None else []
    at = near[-1] if near else None
    return PlaceMention(
        a, b, text[a:b], text[a:b], at.lat if at else None, at.lon if at else None,
        at.country if at else None, "point", found=False, admin1=at.admin1 if at else None)
