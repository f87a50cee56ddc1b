"""Side names: which country a word stands for ("Rusia", "Ukrainian", "Hamas").

Country names come from CLDR through Babel in the language's locale; the
language's ``sides.toml`` adds demonyms, short forms, armed groups, leaders and capitals.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Final

from babel import Locale

from warta.lang import Lang
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.place_lexicon import lexicon as place_lexicon
from warta.pipeline.segment import lower_text


@cache
def side_lexicon(lang: Lang) -> PhraseLexicon[str]:
    """Every phrase that names a side, mapped to its ISO2 code."""
    data = lang.data("sides")
    capitalised = frozenset(data.get("capitalised", []))  # "Polish", not "to polish the armour"
    lex = from_table({code: [n for n in names if n not in capitalised]
                      for code, names in data.get("sides", {}).items()})
    for code, names in data.get("sides", {}).items():
        for name in names:
            if name in capitalised:
                lex.add(name, code, exact=True)
    for code, names in data.get("leaders", {}).items():
        for name in names:
            lex.add(name, code)
    for code, names in data.get("capitals", {}).items():
        for name in names:
            lex.add(name, code, exact=True)  # "Kabul", not "dikabul"-like words in lower case
    for code, form in _countries(lang.babel_locale):
        if lex.lookup(form) is None:
            lex.add(form, code, exact=form in capitalised)
    if lang.babel_locale != "en":
        # names news in any language also writes the English way ("Afghanistan" beside the Indonesian
        # "Afganistan"): the English CLDR names, capitalised, where the language's own do not read them
        for code, form in _countries("en"):
            if lex.lookup(form) is None:
                lex.add(form, code, exact=True)
    for word, codes in place_lexicon(lang).demonyms.items():  # "Ugandan", "Burundian": the places' list
        if len(codes) == 1 and len(codes[0]) == 2 and codes[0].isalpha() and lex.lookup(word) is None:
            lex.add(word.title(), codes[0], exact=True)  # capitalised: not "to polish"
    return lex


def _countries(locale: str) -> Iterator[tuple[str, str]]:
    """(ISO2, name form) of every country CLDR names in ``locale`` (no unions or unknown regions)."""
    for code, name in Locale.parse(locale).territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO"):
            for form in _forms(name):
                yield code, form


def _forms(name: str) -> list[str]:
    """A CLDR name and the forms news writes: "Myanmar (Burma)" is also
    "Myanmar" and "Burma"."""
    if "(" not in name or not name.endswith(")"):
        return [name]
    head, _, tail = name[:-1].partition("(")
    return [name, head.strip(), tail.strip()]


@cache
def enemies(lang: Lang) -> frozenset[frozenset[str]]:
    """Pairs of sides at war with each other across a line (``[enemies]`` of ``sides.toml``)."""
    return frozenset(frozenset(pair) for pair in lang.data("sides").get("enemies", {}).get("pairs", [])
                     if len(pair) == 2)


NEIGHBOUR_CHARS: Final = 80  # characters before a name searched for border words and the list after them
NEIGHBOUR_TOKEN_RE: Final = re.compile(r"\w[\w'’-]*|[^\w\s]")
# a name's words from its start: "Niger", "Dem Rep"
NAME_RE: Final = re.compile(r"[\w'’.-]+(?:[ -][A-Z][\w'’.-]*)*")


@dataclass(frozen=True, slots=True)
class Neighbours:
    """Border words of ``sides.toml``, as lower-case word tuples."""

    before: tuple[tuple[str, ...], ...]  # "border with": a name after one is a neighbour
    before_country: tuple[tuple[str, ...], ...]  # "perbatasan": a country's name after one is
    after: tuple[tuple[str, ...], ...]  # "border", "side of the border": a country's name before one is
    regions: frozenset[str]  # "region", "wilayah": a border word with one makes the name where it is
    joiners: frozenset[str]
    # ``before`` and ``before_country`` by their last word, in listed order: only those can end a head
    before_by_last: dict[str, tuple[tuple[str, ...], ...]]
    before_country_by_last: dict[str, tuple[tuple[str, ...], ...]]
    reach: int  # the most words ``_ends_with`` reads: the longest such phrase and the word before it
    # a word of each ``before`` / ``before_country`` phrase (its longest; see ``_hint``): where none is
    # in the lower-cased text before a name, no such phrase ends there, and its words need no reading
    before_hint: tuple[str, ...]
    before_country_hint: tuple[str, ...]
    after_reach: int  # the most words after a name that ``after`` reads: its longest phrase and the next
    after_firsts: frozenset[str]  # the first words of ``after``: a name followed by none is before none
    hints: tuple[str, ...]  # the words of ``before_hint``, ``before_country_hint`` and ``after_firsts``


def _hint(phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The longest word of each phrase, but for those holding another ("borders" holds "border"): a text
    holds one of the longest words if and only if it holds one of these (none: no phrases)."""
    need = {max(p, key=len) for p in phrases}
    return tuple(sorted(w for w in need if not any(v != w and v in w for v in need)))


def _holds(window: str, hint: tuple[str, ...]) -> bool:
    """Whether ``window`` holds one of the words of a hint (``_hint``)."""
    for w in hint:
        if w in window:
            return True
    return False


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their last word, each group in listed order."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in phrases:
        out[p[-1]] = out.get(p[-1], ()) + (p,)
    return out


@cache
def _neighbour_words(lang: Lang) -> Neighbours:
    """The border words of ``sides.toml`` (``neighbours``, ``neighbours_of_country``,
    ``neighbours_after``, ``border_regions``)."""
    data = lang.data("sides")

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(words for p in data.get(key, []) if (words := tuple(p.lower().split())))
    before, before_country = phrases("neighbours"), phrases("neighbours_of_country")
    after = phrases("neighbours_after")
    return Neighbours(before, before_country, after,
                      frozenset(w.lower() for w in data.get("border_regions", [])),
                      frozenset(w.lower() for w in lang.data("events").get("joiners", [])),
                      _by_last(before), _by_last(before_country),
                      1 + max((len(p) for p in before + before_country), default=0),
                      _hint(before), _hint(before_country),
                      1 + max((len(p) for p in after), default=0), frozenset(p[0] for p in after),
                      (*_hint(before), *_hint(before_country), *sorted({p[0] for p in after})))


def _ends_with(head: tuple[str, ...], count: int, phrases: dict[str, tuple[tuple[str, ...], ...]],
               regions: frozenset[str]) -> bool | None:
    """Whether a head of ``count`` words, whose last words are ``head``, ends with one of
    ``phrases`` (by last word) not made a region by the word before it (None: it ends with none)."""
    for p in phrases.get(head[-1], ()) if head else ():
        if len(p) <= count and head[len(head) - len(p):] == p:
            return count == len(p) or head[len(head) - len(p) - 1] not in regions
    return None


class _PerText(threading.local):
    """Answers about one text at a time (the article being read), by span: the steps ask
    about the same names again. Dropped when another text or language is asked about. ``hinted``:
    whether the text holds one of the words an answer of True needs (most articles hold no border
    word, and then no name in them is a neighbour's)."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.lang: Lang | None = None
        self.got: dict[tuple[int, int | None], bool] = {}
        self.hinted: bool | None = None  # not read yet

    def answers(self, text: str, lang: Lang) -> dict[tuple[int, int | None], bool]:
        if text is not self.text or lang is not self.lang:
            self.text, self.lang, self.got, self.hinted = text, lang, {}, None
        return self.got


# letters whose lower case depends on what stands around them, or is two letters: a word in lower case
# may then be no part of the text in lower case though it stands in it
_CONTEXT_CASED: Final = ("\u0130", "\u03a3")


def _holds_any(text: str, hints: tuple[str, ...]) -> bool:
    """Whether ``text`` in lower case holds one of the words ``hints`` (or may, read window by window)."""
    if any(c in text for c in _CONTEXT_CASED):
        return True
    return _holds(lower_text(text), hints)


_BESIDE: Final = _PerText()
_BACKER: Final = _PerText()


def beside(text: str, start: int, lang: Lang, end: int | None = None) -> bool:
    """Whether the name at ``start`` (ending at ``end``, else where its capitalised words end)
    is a neighbour of where the story happens, no place or side of it: after border words
    ("close to the border with Mali"), right after them or in a list of names after them ("the
    borders with Mali and Niger"); or a country's name right after or before them ("dekat
    perbatasan Malaysia", "near the Niger border", "from the Afghan side of the border"), unless
    they make a region of it ("the Russian border region", "wilayah perbatasan Rusia")."""
    got = _BESIDE.answers(text, lang)
    if _BESIDE.hinted is None:
        _BESIDE.hinted = _holds_any(text, _neighbour_words(lang).hints)
    if not _BESIDE.hinted:
        return False  # no border word in the whole text
    found = got.get((start, end))
    if found is None:
        found = got[(start, end)] = _beside(text, start, lang, end)
    return found


def _head(text: str, lo: int, start: int, words: Neighbours) -> tuple[tuple[str, ...], int]:
    """The last words before a name (lower case), past commas, joiners and capitalised words, and
    how many words there are in all from ``lo``."""
    toks: list[str] = NEIGHBOUR_TOKEN_RE.findall(text, lo, start)
    i = len(toks)
    while i and (toks[i - 1] == "," or toks[i - 1].lower() in words.joiners or toks[i - 1][0].isupper()):
        i -= 1
    # a reduplicated plural is its noun ("desa-desa perbatasan Armenia": villages of the border region)
    head = tuple(w.lower().split("-")[0] if w.count("-") == 1 and len(set(w.lower().split("-"))) == 1
                 else w.lower() for w in toks[max(0, i - words.reach):i])
    return head, i


_NAME_GOES_ON: Final = re.compile(r"[ -][A-Z]")  # another word of NAME_RE's name


@cache
def _bounded_name(words: int) -> re.Pattern[str]:
    """NAME_RE, at most ``words`` + 1 words long: what follows tells whether the name runs on."""
    return re.compile(NAME_RE.pattern.replace(")*", f"){{0,{words}}}"))


def _beside(text: str, start: int, lang: Lang, end: int | None) -> bool:
    words = _neighbour_words(lang)
    if not (words.before or words.before_country or words.after):
        return False
    lo = max(0, start - NEIGHBOUR_CHARS)
    window = text[lo:start].lower()
    head: tuple[str, ...] = ()
    i = -1  # the head's length, once read
    if _holds(window, words.before_hint):
        head, i = _head(text, lo, start, words)
        found = _ends_with(head, i, words.before_by_last, words.regions)
        if found is not None:
            return found
    lex = side_lexicon(lang)
    if end is None:  # the name's words, read no further than the longest side's name runs
        m = _bounded_name(lex.max_len).match(text, start)
        if m is not None and _NAME_GOES_ON.match(text, m.end()):
            return False  # more words than any side's name has tokens: a run of capitalised words
        end = m.end() if m else start
    name = text[start:end]
    if lex.lookup(name) is None and lex.lookup(name.rstrip(".")) is None:
        return False  # "melalui perbatasan Rafah": a crossing's town, not a neighbouring country
    if _holds(window, words.before_country_hint):
        if i < 0:
            head, i = _head(text, lo, start, words)
        found = _ends_with(head, i, words.before_country_by_last, words.regions)
        if found is not None:
            return found
    first = NEIGHBOUR_TOKEN_RE.search(text, end, end + NEIGHBOUR_CHARS)
    if first is None or first.group().lower() not in words.after_firsts:
        return False  # no border word after the name (most names): the words after need no reading
    nxt = [m.group() for m in islice(NEIGHBOUR_TOKEN_RE.finditer(text, end, end + NEIGHBOUR_CHARS),
                                     words.after_reach)]
    for p in words.after:
        if tuple(w.lower() for w in nxt[:len(p)]) == p:
            return len(nxt) == len(p) or nxt[len(p)].lower() not in words.regions
    return False


BACKER_CHARS: Final = 60  # characters before a name searched for a backer word
BACKER_GAP: Final = 2  # words that may stand between a backer word and the name ("didukung instruktur Rusia")


@dataclass(frozen=True, slots=True)
class Backers:
    """Backer words of ``sides.toml``, as lower-case word tuples, and the suffixes glued to a name."""

    before: dict[str, tuple[tuple[str, ...], ...]]  # "backed by", "didukung", "berbasis di", by last word
    suffixes: tuple[str, ...]  # "-backed", "-based"
    hint: tuple[str, ...]  # the longest word of each of ``before`` (``_hint``): none before a name, none ends


@cache
def _backer_words(lang: Lang) -> Backers:
    data = lang.data("sides")
    phrases = tuple(words for p in data.get("backers", []) if (words := tuple(p.lower().split())))
    return Backers(_by_last(phrases), tuple(s.lower() for s in data.get("backer_suffixes", [])),
                   _hint(phrases))


def backer(text: str, start: int, end: int, lang: Lang) -> bool:
    """Whether the name at ``start:end`` is a third country that backs, arms or hosts one of the
    sides, not a side of the figures or the place where it happened: after a backer word, with at
    most BACKER_GAP words and no punctuation between ("yang didukung Turki", "didukung instruktur
    Rusia", "berbasis di Inggris", "backed by drones supplied by Turkey"), or glued to a backer
    suffix ("Iran-backed Houthis", "the London-based monitor")."""
    got = _BACKER.answers(text, lang)
    if _BACKER.hinted is None:
        words = _backer_words(lang)
        _BACKER.hinted = _holds_any(text, words.hint + words.suffixes)
    if not _BACKER.hinted:
        return False  # no backer word in the whole text
    found = got.get((start, end))
    if found is None:
        found = got[(start, end)] = _backer(text, start, end, lang)
    return found


def _backer(text: str, start: int, end: int, lang: Lang) -> bool:
    words = _backer_words(lang)
    if words.suffixes and text[end:end + 16].lower().startswith(words.suffixes):
        return True
    lo = max(0, start - BACKER_CHARS)
    if not _holds(text[lo:start].lower(), words.hint):
        return False  # no backer word before the name (most names): nothing to read word by word
    toks: list[str] = [t.lower() for t in NEIGHBOUR_TOKEN_RE.findall(text, lo, start)]
    n = len(toks)
    for gap in range(BACKER_GAP + 1):
        if gap and (n < gap or not toks[n - gap][0].isalnum()):
            return False
        last = n - gap  # the head is toks[:last]: does a backer phrase end it?
        for p in words.before.get(toks[last - 1], ()) if last > 0 else ():
            if len(p) <= last and tuple(toks[last - len(p):last]) == p:
                return True
    return False
