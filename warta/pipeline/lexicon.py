"""Phrase lexicons: find listed words and multi-word phrases by token lookup.

Matching walks the tokens once and tries the longest phrase first, so the
cost is linear in the text and independent of the lexicon's size. Phrases are
matched case-insensitively unless they are listed as exact (acronyms such as
``AS`` or ``US`` that are also common lower-case words).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final, Generic, TypeVar, cast

from warta.pipeline.segment import current_text, tokens as tokenize
from warta.pipeline.token import Token

V = TypeVar("V")


class Match(Generic[V]):
    """A phrase found: its characters, its value and the tokens it spans (``last_token`` inclusive).
    A plain class, not a generic dataclass, which the compiled build cannot make."""

    def __init__(self, start: int, end: int, text: str, value: V, first_token: int, last_token: int) -> None:
        self.start, self.end, self.text, self.value = start, end, text, value
        self.first_token, self.last_token = first_token, last_token

    def _fields(self) -> tuple[int, int, str, V, int, int]:
        return self.start, self.end, self.text, self.value, self.first_token, self.last_token

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and self._fields() == other._fields()

    def __repr__(self) -> str:
        return "Match({!r}, {!r}, {!r}, {!r}, {!r}, {!r})".format(*self._fields())


_NO_WORDS: Final[frozenset[str]] = frozenset()
_LOOKED_MAX = 65536  # phrases whose lookup a lexicon remembers before it starts again
_UNSEEN: Final = object()  # no answer remembered (None is an answer)
_LONG: Final = 100  # characters of a phrase past which lookup() first counts its words


# the anchors of every lexicon made (only ever added to: its size tells whether it grew)
_ALL_ANCHORS: Final[set[str]] = set()


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


class PhraseLexicon(Generic[V]):
    """Maps phrases (strings of one or more tokens) to values."""

    def __init__(self, folded: Mapping[str, V] | None = None,
                 exact: Mapping[str, V] | None = None) -> None:
        self._folded: dict[tuple[str, ...], V] = {}
        self._exact: dict[tuple[str, ...], V] = {}
        # first word -> phrase lengths, longest first: most tokens start no phrase
        self._starts: dict[str, list[int]] = {}
        self._exact_firsts: set[str] = set()  # first words of exact phrases, as written
        # first word -> the second words of its longer phrases (lower case): a listed first
        # word ("the", "serangan") is mostly followed by no phrase, which one test tells
        self._seconds: dict[str, set[str]] = {}
        self._lasts: set[str] = set()  # last words of the phrases, in lower case (see ends_with)
        # first word that begins no one-token phrase -> its ``_seconds``: at most such words ("the",
        # "to") the next word tells there is no phrase, before any call
        self._multi: dict[str, set[str]] = {}
        # one word of each phrase, its longest (rarely a word as common as "the" or "to"), in lower
        # case: a token list with none of them holds no phrase
        self._anchors: set[str] = set()
        self.max_len = 1
        self._looked: dict[str, V | None] = {}  # lookup()'s answers by phrase, emptied by add()
        for phrase, value in (folded or {}).items():
            self.add(phrase, value)
        for phrase, value in (exact or {}).items():
            self.add(phrase, value, exact=True)

    def add(self, phrase: str, value: V, exact: bool = False) -> None:
        words = tuple(t.text for t in tokenize(phrase))
        if not words:
            return
        self._looked.clear()
        if exact:
            self._exact[words] = value
            self._exact_firsts.add(words[0])
        else:
            self._folded[_key(words)] = value
        self._lasts.add(words[-1].lower())
        anchor = max(reversed(words), key=len).lower()  # the last of equals: "the war"
        self._anchors.add(anchor)
        _ALL_ANCHORS.add(anchor)
        first = words[0].lower()
        lengths = self._starts.setdefault(first, [])
        if len(words) > 1:
            self._seconds.setdefault(first, set()).add(words[1].lower())
        if len(words) not in lengths:
            lengths.append(len(words))
            lengths.sort(reverse=True)
        if 1 in lengths:
            self._multi.pop(first, None)
        else:
            self._multi[first] = self._seconds[first]
        self.max_len = max(self.max_len, len(words))

    def __len__(self) -> int:
        return len(self._folded) + len(self._exact)

    def first_words(self) -> frozenset[str]:
        """The first words of the listed phrases, in lower case: a phrase (exact or not)
        can only begin at a token whose lower-cased word is one of them."""
        return frozenset(self._starts)

    def longer_openers(self, value: V) -> frozenset[str]:
        """The first words, in lower case, of the phrases of two or more tokens whose value is
        ``value``: a match of such a phrase can only begin at a token whose lower-cased word is one."""
        return frozenset(words[0].lower() for table in (self._folded, self._exact)
                         for words, v in table.items() if v == value and len(words) > 1)

    def anchors(self) -> frozenset[str]:
        """A word of each phrase (its longest, in lower case): a phrase can only be found in a token
        list that holds its anchor as some token's lower-cased word."""
        return frozenset(self._anchors)

    def phrases(self) -> list[tuple[str, ...]]:
        """Every listed phrase as its tokens' words in lower case (exact ones too)."""
        return [*self._folded, *(_key(words) for words in self._exact)]

    def ends_with(self, word: str) -> bool:
        """Whether some phrase ends in ``word`` (any case): a phrase that ends at a token
        (``at(...).last_token == k``) can only end at one whose word is such a last word, which
        one test tells before the phrases that might end there are looked for."""
        return word.lower() in self._lasts

    def openings(self, toks: list[Token], lo: int = 0, hi: int | None = None) -> list[int]:
        """The indices ``lo <= i < hi`` at which :meth:`at` may find a phrase (the token's
        word begins one), in order: the other tokens need no call."""
        hi = len(toks) if hi is None else min(hi, len(toks))
        lo = max(lo, 0)
        if lo >= hi:
            return []
        low, starts = lowered(toks), self._starts
        return [i for i in range(lo, hi) if low[i] in starts]  # compiled, one dict probe a token

    def lookup(self, phrase: str) -> V | None:
        """The value of ``phrase`` as a whole (exact first, then case-insensitive), or None.
        Answers are remembered by phrase: the steps look the same names up again."""
        if len(phrase) > _LONG and len(phrase.split(None, self.max_len)) > self.max_len:
            return None  # more words than any listed phrase has tokens (a word is a token or more),
            # told without tokenizing it all: a run of capitalised words may be as long as the text
        looked = self._looked
        got = looked.get(phrase, _UNSEEN)  # one call: another thread may empty the dict meanwhile
        if got is not _UNSEEN:
            return cast("V | None", got)
        if len(looked) >= _LOOKED_MAX:
            looked.clear()
        value = looked[phrase] = self.lookup_words(tuple(t.text for t in tokenize(phrase)))
        return value

    def lookup_words(self, words: tuple[str, ...]) -> V | None:
        """:meth:`lookup` of a phrase given as its tokens' words (no tokenizing)."""
        if words in self._exact:
            return self._exact[words]
        return self._folded.get(_key(words))

    def at(self, toks: list[Token], i: int, text: str, hi: int | None = None) -> Match[V] | None:
        """The longest phrase starting at token ``i`` (ending before ``hi``), or None."""
        recent = _RECENT[0]  # the list asked last, mostly (tested here: a call costs more uncompiled)
        low = recent.low if recent.toks is toks and len(recent.low) == len(toks) else _words(toks).low
        word = low[i]
        if word not in self._starts:
            return None  # the usual answer
        hi = len(toks) if hi is None else hi
        seconds = self._multi.get(word)
        if seconds is not None and (i + 1 >= hi or low[i + 1] not in seconds):
            return None  # a word that only begins longer phrases, none with the next word
        return self._at(toks, low, i, text, hi)

    def _at(self, toks: list[Token], low: list[str], i: int, text: str, hi: int) -> Match[V] | None:
        lengths = self._starts.get(low[i])
        if lengths is None:
            return None
        exact_here = toks[i].text in self._exact_firsts  # most words start no exact phrase
        second = low[i + 1] if i + 1 < hi else None
        seconds = self._seconds.get(low[i], _NO_WORDS)
        for n in lengths:
            if i + n > hi or (n > 1 and second not in seconds):
                continue
            value = self._folded.get((low[i],) if n == 1 else tuple(low[i:i + n]))
            if exact_here:
                exact = self._exact.get(tuple([t.text for t in toks[i:i + n]]))
                if exact is not None:
                    value = exact
            if value is not None:
                s, e = toks[i].start, toks[i + n - 1].end
                return Match(s, e, text[s:e], value, i, i + n - 1)
        return None

    def find(self, toks: list[Token], text: str, lo: int = 0, hi: int | None = None) -> list[Match[V]]:
        """All non-overlapping longest matches among ``toks[lo:hi]``."""
        words = _RECENT[0]  # the list asked last, mostly (tested here: a call costs more uncompiled)
        if words.toks is not toks or len(words.low) != len(toks):
            words = _words(toks)
        n = len(toks)
        whole = lo == 0 and (hi is None or hi == n)
        if whole:
            done = words.found.get(self)
            if done is not None:
                return list(done)  # the same sentence asked again by another step
        # most lexicons have no phrase in most sentences: the list holds none of their anchors (a
        # part of it has no more); the anchors of any lexicon it holds are found once per list (a
        # few words), which this lexicon's anchors are then told apart from
        present = words.present
        if present is None or words.seen != len(_ALL_ANCHORS):  # a lexicon made since adds anchors
            words.seen = len(_ALL_ANCHORS)
            present = words.present = _ALL_ANCHORS.intersection(words.low)
        if self._anchors.isdisjoint(present):
            return []
        hi = n if hi is None else hi
        starts = self._starts
        low = words.low
        if not whole and starts.keys().isdisjoint(low[lo:hi]):
            return []
        out: list[Match[V]] = []
        after = lo  # the first token not inside a match already found
        multi = self._multi
        # a plain loop: compiled, one dict probe a token (an iterator of compress and map calls
        # a method wrapper for each token instead, about three times the time)
        for i in range(lo, hi):
            if i < after or low[i] not in starts:
                continue
            seconds = multi.get(low[i])
            if seconds is not None and (i + 1 >= hi or low[i + 1] not in seconds):
                continue  # a word that only begins longer phrases, none with the next word
            m = self._at(toks, low, i, text, hi)
            if m is not None:
                out.append(m)
                after = m.last_token + 1
        if whole:
            words.found[self] = out
            return list(out)
        return out


class _Words:
    """What every lexicon asks of one token list: its words in lower case, and each
    lexicon's matches over the whole list (callers get copies)."""

    def __init__(self, toks: list[Token], low: list[str] | None = None) -> None:
        self.toks = toks
        # a comprehension: compiled, the tokens' words read natively (the map of an attrgetter and
        # str.lower made two calls a token: about twice the time compiled, a fifth more uncompiled)
        self.low = [t.text.lower() for t in toks] if low is None else low
        self.found: dict[PhraseLexicon[Any], list[Match[Any]]] = {}
        self.present: set[str] | None = None  # the words of ``low`` that anchor a phrase of some lexicon
        self.seen = 0  # how many anchors all lexicons had when ``present`` was found


_LOWERED: Final[dict[int, _Words]] = {}
_LOWERED_MAX: Final = 65536  # a bound for callers that read no article
_READING: Final[list[str | None]] = [None]  # the article the entries are for
_NOTHING: Final = _Words([])  # an entry no caller's list is
_RECENT: Final[list[_Words]] = [_NOTHING]  # the entry asked for last


def _entry(toks: list[Token], low: list[str] | None = None) -> _Words:
    """The words of a token list, kept while one article is read: a long article
    has more sentences and phrases than any fixed number of entries, and each
    step walks them all again (``low``: its words in lower case, when known)."""
    got = _LOWERED.get(id(toks))
    if got is not None and got.toks is toks and len(got.low) == len(toks):
        return got
    article = current_text()
    if article is not _READING[0] or len(_LOWERED) >= _LOWERED_MAX:
        _LOWERED.clear()
        _RECENT[0] = _NOTHING
        _READING[0] = article
    got = _LOWERED[id(toks)] = _Words(toks, low)
    return got


def _words(toks: list[Token]) -> _Words:
    """The entry of a token list: the one asked for last (one test, the usual case: a step asks
    many lexicons about one sentence in a row), else the article's entry, made if need be."""
    recent = _RECENT[0]
    if recent.toks is toks and len(recent.low) == len(toks):
        return recent
    got = _LOWERED.get(id(toks))
    if got is None or got.toks is not toks or len(got.low) != len(toks):
        got = _entry(toks)
    _RECENT[0] = got
    return got


def forget() -> None:
    """The token lists' words and matches let go of, once an article has been read (see
    :func:`warta.pipeline.segment.forget`); the entries are made again when asked."""
    _LOWERED.clear()
    _RECENT[0] = _NOTHING
    _READING[0] = None


def lowered(toks: list[Token]) -> list[str]:
    """The tokens' words in lower case, computed once per token list: every
    lexicon of every step walks the same (cached) sentence token lists."""
    return _words(toks).low


def lowered_parts(whole: list[Token], parts: list[list[Token]]) -> list[str]:
    """:func:`lowered` of a token list that is ``parts`` one after the other (the caller knows it
    is): the words the parts' entries hold are not lowered again for the whole."""
    got = _LOWERED.get(id(whole))
    if got is not None and got.toks is whole and len(got.low) == len(whole):
        return got.low
    low = [word for part in parts for word in lowered(part)]
    return _entry(whole, low).low


def from_table(table: Mapping[str, Iterable[str]]) -> PhraseLexicon[str]:
    """A lexicon from a TOML table ``{value: [phrase, ...]}``; phrases written
    in upper case (``"AS"``) match exactly, all others case-insensitively."""
    lex: PhraseLexicon[str] = PhraseLexicon()
    for value, phrases in table.items():
        for phrase in phrases:
            lex.add(phrase, value, exact=phrase.isupper() and len(phrase) <= 5)
    return lex
