"""Where the article names each side: how often (the article's sides), where first (what the reader
knows of when a figure comes), leaving out outlets' names, neighbours, backers and destinations."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.model import Sentence
from warta.pipeline.claim_lexicon import lexicons as claim_lexicons
from warta.pipeline.lexicon import Match, PhraseLexicon, lowered
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_clues import destination
from warta.pipeline.side_counts import tally
from warta.pipeline.sides import backer, beside, side_lexicon
from warta.pipeline.token import Token

MISREAD_STORY_MIN: Final = 2  # mentions of its main country that make a country the story never names misread
MISREAD_RATIO: Final = 3  # ... or more of them, when the main country is named this many times as often
MISREAD_PLACES: Final = 2  # places of a country the story never names that may be namesakes misread


def misread_countries(where: Counter[str], named: set[str], top: int) -> set[str]:
    """A country the story never names (``named``: its sides' names and places of country precision),
    with a place or two (``where``), or a third as many as the mentions of the country the story is about
    (``top``): towns misread as namesakes abroad ("kota Sumy" read as one in Jakarta, a city's
    neighbourhoods read as towns of the next country)."""
    few = {c for c in where if where[c] <= MISREAD_PLACES or MISREAD_RATIO * where[c] <= top}
    return few - named if top >= MISREAD_STORY_MIN else set()


def outlet_names(toks, text: str, lang: Lang) -> list[tuple[int, int]]:  # noqa: ANN001
    """Spans of outlets' names of several words ("Jakarta, CNN Indonesia --", "the Times of Israel
    reported", "the Kyiv Independent"): the country such a name holds is neither side nor place."""
    return _outlets(toks, text, _outlet_openers(lang), claim_lexicons(lang).kinds)


def _outlets(toks: list[Token], text: str, openers: frozenset[str],
             kinds: PhraseLexicon[str]) -> list[tuple[int, int]]:
    """:func:`outlet_names`, given the words that open them and the source kinds."""
    if openers.isdisjoint(lowered(toks)):
        return []  # no word that opens such a name (most sentences): the source kinds need no reading
    return [(m.start, m.end) for m in kinds.find(toks, text)
            if m.value == "media" and m.last_token > m.first_token]


@cache
def _outlet_openers(lang: Lang) -> frozenset[str]:
    return claim_lexicons(lang).kinds.longer_openers("media")


def in_outlet(toks, text: str, lang: Lang) -> Callable[[int, int], bool]:  # noqa: ANN001
    """Whether a span lies inside an outlet's name (:func:`outlet_names`)."""
    names = outlet_names(toks, text, lang)
    return lambda s, e: any(a <= s and e <= b for a, b in names)


def article_sides(text: str, lang: Lang, sentences: list[Sentence]) -> Counter[str]:
    """How often each side is named in the article; a neighbour across a border ("the border
    with Mali"), where people fled to ("into Chad"), a country in an outlet's name ("CNN
    Indonesia") and a backer ("yang didukung Turki", "the London-based monitor") are named as no side."""
    return tally(code for code, _ in _read(text, lang, sentences).got)


def side_mentions(text: str, lang: Lang, sentences: list[Sentence]) -> list[tuple[str, int]]:
    """Each naming of a side that ``article_sides`` counts, with its offset, in reading order."""
    return list(_read(text, lang, sentences).got)


def side_names(text: str, lang: Lang, sentences: list[Sentence]) -> list[Match[str]]:
    """Every name of a side in the sentences, those ``side_mentions`` leaves out too, in reading order."""
    return list(_read(text, lang, sentences).found)


def outlet_spans(text: str, lang: Lang, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of outlets' names of several words in the sentences (:func:`outlet_names`)."""
    return list(_read(text, lang, sentences).outlets)


def _read(text: str, lang: Lang, sentences: list[Sentence]) -> _Last:
    spans = tuple((s.start, s.end) for s in sentences)
    last = _LAST
    if text is not last.text or lang is not last.lang or spans != last.spans:  # not asked just before
        last.text, last.lang, last.spans = text, lang, spans
        last.got, last.found, last.outlets = _side_mentions(text, lang, spans)
    return last


class _Last(threading.local):
    """The last article's mentions: the steps that count sides and that find where each is first
    named read the same article one after the other."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.lang: Lang | None = None
        self.spans: tuple[tuple[int, int], ...] = ()
        self.got: list[tuple[str, int]] = []
        self.found: list[Match[str]] = []
        self.outlets: list[tuple[int, int]] = []


_LAST: Final = _Last()


def _side_mentions(text: str, lang: Lang, spans: tuple[tuple[int, int], ...]
                   ) -> tuple[list[tuple[str, int]], list[Match[str]], list[tuple[int, int]]]:
    """The mentions ``side_mentions`` gives, every side's name and the outlets' names."""
    lex = side_lexicon(lang)
    refuges = frozenset(str(w).lower() for w in lang.data("figures").get("destination_markers", []))
    out: list[tuple[str, int]] = []
    found: list[Match[str]] = []
    outlets: list[tuple[int, int]] = []
    openers, kinds = _outlet_openers(lang), claim_lexicons(lang).kinds
    for start, end in spans:
        toks = tokenize(text, start, end)
        names = _outlets(toks, text, openers, kinds)
        outlets.extend(names)
        hits = lex.find(toks, text)
        found.extend(hits)
        out.extend((m.value, m.start) for m in hits
                   if not beside(text, m.start, lang, m.end)
                   and not any(a <= m.start and m.end <= b for a, b in names)
                   and not backer(text, m.start, m.end, lang)
                   # "sebagian ke Sudan Selatan": where they went
                   and not destination(text, m.start, refuges))
    return out, found, outlets


def first_named(text: str, lang: Lang, sentences: list[Sentence]) -> dict[str, int]:
    """Where the article first names each side."""
    first: dict[str, int] = {}
    for code, at in side_mentions(text, lang, sentences):
        first.setdefault(code, at)
    return first


_LINE_BREAK: Final = re.compile("\n")


def paragraph_ends(text: str) -> Callable[[int], int]:
    """The end of the paragraph (line) holding an offset, in log time."""
    ends = [m.start() for m in _LINE_BREAK.finditer(text)]
    return lambda offset: ends[i] if (i := bisect_left(ends, offset)) < len(ends) else len(text)
