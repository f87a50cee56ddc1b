"""Sentences and tokens with offsets into the original text.

A sentence ends at a line break, or at ``.``, ``!`` or ``?`` (plus closing
quotes) followed by space and an upper-case letter, digit or opening quote,
unless the word before the stop is an abbreviation listed in the language's
``segment.toml``. Every regex here is linear: no nested quantifiers.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from typing import Final

from warta.lang import Lang
from warta.model import Sentence
from warta.pipeline.token import Token

# words keep inner hyphens, dots, commas and apostrophes ("49.000", "baru-baru",
# "Pokrovs'k"), but an English possessive splits off: "Ukraine's" -> "Ukraine", "'", "s"
# (possessive quantifiers: the same tokens as backtracking ones, which the pattern never needs)
TOKEN_RE = re.compile(r"\w++(?:[-.,/]\w++|['’](?!s\b)\w++)*+|[^\w\s]")
# a token with the white space before it: every non-space character is in some token, so one match
# follows another with no search between them, and the offsets add up from the matches' lengths
_SPACED_TOKEN_RE: Final = re.compile(r"\s*+(?:" + TOKEN_RE.pattern + ")")
# A stop run is only tried where it begins (the look-behinds) and is taken whole
# (possessive quantifiers), so a line of "....." or "!?!?" costs its length once. The
# pattern opens with the set of its first characters, which lets the engine skip to them.
_STOP_RE: Final = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9\u00C0-\u024F])"
    r"|(?<=\n)\n*+)")
# the word before a stop, read backwards from it: at most one "." (and a last line break, where
# "$" also matches) and then the word; a search for "(\w+)\.?$" tried every start in the window
_WORD_BEFORE_RE: Final = re.compile(r"\n?\.?(\w+)")


@cache
def _abbreviations(lang: Lang) -> frozenset[str]:
    words = lang.data("segment").get("abbreviations", [])
    return frozenset(w.rstrip(".").lower() for w in words)


@cache
def _past_abbreviations(lang: Lang) -> int:
    """A stop after this many word characters or more follows no abbreviation and no initial."""
    return max(map(len, _abbreviations(lang)), default=1) + 1


@cache
def _abbreviation_endings(lang: Lang) -> frozenset[str]:
    """The last two characters of each abbreviation of two or more."""
    return frozenset(w[-2:] for w in _abbreviations(lang) if len(w) > 1)


def _unlisted_ending(pair: str, endings: frozenset[str]) -> bool:
    """Whether the two characters before a stop are ASCII word characters that end no abbreviation:
    the word before the stop is then of two or more and none of them."""
    return pair.isalnum() and pair.isascii() and pair.lower() not in endings


class _Article:
    """A long text being read (by one thread), its tokens once asked for, and its spans' tokens."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self.spans: dict[tuple[int, int], list[Token]] = {}
        self.all: list[Token] | None = None


_NO_ARTICLE: Final = _Article(None)  # never given spans: a text is never None
_memo: Final = threading.local()  # .article: this thread's _Article
SHORT_TEXT: Final = 512  # phrases, names, claimant spans: cached by value, apart from the article


@lru_cache(maxsize=16384)
def _short_tokens(text: str) -> list[Token]:
    return _scan(text, 0, len(text))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets.

    Every step tokenises the same sentences, so the article is tokenised once
    (per thread, for the last long text seen) and a span's tokens are a slice
    of it, unless a token crosses the span's edge; short texts such as phrases
    and names are cached by value on their own, so looking one up never evicts
    the article. Callers must not modify the list they get.
    """
    end = len(text) if end is None else end
    whole = start == 0 and end == len(text)
    if whole and len(text) <= SHORT_TEXT:
        return _short_tokens(text)
    article: _Article = getattr(_memo, "article", _NO_ARTICLE)
    if article.text is not text:
        if whole:  # another long text asked once: the article stays remembered
            return _scan(text, start, end)
        article = _memo.article = _Article(text)
    key = (start, end)
    found = article.spans.get(key)
    if found is None:
        found = article.spans[key] = _slice(article, text, start, end)
    return found


def current_text() -> str | None:
    """The long text whose tokens are remembered (the article being read), if any."""
    article: _Article = getattr(_memo, "article", _NO_ARTICLE)
    return article.text


_lowered: Final = threading.local()  # .text, .lower: the last text lower_text() lowered in this thread


def lower_text(text: str) -> str:
    """``text.lower()``, remembered for the last text (per thread): a step that lowers the whole
    article once per figure or trigger would make the cost grow with the square of its length."""
    if getattr(_lowered, "text", None) is not text:
        _lowered.text, _lowered.lower = text, text.lower()
    return str(_lowered.lower)


def forget() -> None:
    """This thread's article tokens let go of (the next long text is tokenised anew): called when an
    article has been read, so that the collector's pass after it does not walk them."""
    _memo.article = _NO_ARTICLE


def _scan(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` (offsets clamped to the text, as a pattern's are).

    No token spans white space, so the span is split at each space and the pieces are read on
    their own: a piece of word characters only (``isalnum`` or "_" is ``\\w``) is one token, a
    word with one other character after it ("said,", "Kyiv.") two, and any other piece (with
    other white space, "49.000", "Kyiv's") is matched with the pattern: its look-ahead ends at
    white space, where a piece ends."""
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    out: list[Token] = []
    at = start  # where the piece begins
    for piece in text[start:end].split(" "):
        stop = at + len(piece)
        if piece.isalnum():
            out.append(Token(at, stop, piece))
        elif piece[:-1].isalnum() and piece[-1] != "_" and not piece[-1].isspace():
            out.append(Token(at, stop - 1, piece[:-1]))
            out.append(Token(stop - 1, stop, piece[-1]))
        elif piece:
            _spaced(text, at, stop, out)
        at = stop + 1
    return out


def _spaced(text: str, start: int, end: int, out: list[Token]) -> None:
    """The tokens of ``text[start:end]`` added to ``out``: each token's word is its match without
    the space before it, and ends where the matches add up to."""
    while end > start and text[end - 1].isspace():
        end -= 1  # no trailing space: each of its characters would be tried as the start of a match
    found: list[str] = _SPACED_TOKEN_RE.findall(text, start, end)
    at = start  # where the next match begins
    for spaced in found:
        at += len(spaced)
        word = spaced.lstrip()
        out.append(Token(at - len(word), at, word))


def _slice(article: _Article, text: str, start: int, end: int) -> list[Token]:
    """The tokens from ``start`` to ``end`` of ``text``, the article's: the same as scanning the span
    when no token crosses its edges (every non-space character is in some token, and
    the pattern looks ahead at most one word within its own match)."""
    toks = article.all
    if toks is None:
        toks = article.all = _scan(text, 0, len(text))
    i = token_index(toks, start)
    j = token_index(toks, end, i)
    if (i and toks[i - 1].end > start) or (j and toks[j - 1].end > end):
        return _scan(text, start, end)  # a word cut by the span's edge
    return toks[i:j]


def token_index(toks: list[Token], offset: int, lo: int = 0) -> int:
    """Index of the first token starting at or after ``offset`` (none before ``lo``)."""
    hi = len(toks)
    while lo < hi:  # a bisection written out: compiled, it reads each start natively (bisect_left with
        mid = (lo + hi) // 2  # a key called back into Python for every step: ~3,400 instructions a call)
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def sentences(text: str, lang: Lang) -> list[Sentence]:
    """Split ``text`` into sentences; leading/trailing space is left out."""
    abbrev = _abbreviations(lang)
    longer = _past_abbreviations(lang)
    endings = _abbreviation_endings(lang)
    out: list[Sentence] = []
    begin = 0
    for m in _STOP_RE.finditer(text):
        at, after = m.start(), m.end()
        if text[at] == "\n":
            _add(text, begin, at, out)
        else:
            lo = max(begin, at - 30)
            if (at - longer < lo or not text[at - longer:at].isalnum()) \
                    and (at - 2 < lo or not _unlisted_ending(text[at - 2:at], endings)):
                word = _word_before(text, lo, at)
                if word.lower() in abbrev or (len(word) == 1 and word.isupper()):
                    continue
            _add(text, begin, after, out)
        begin = after
    _add(text, begin, len(text), out)
    return out


def _word_before(text: str, lo: int, hi: int) -> str:
    """The word that ``text[lo:hi]`` ends in (cut at ``lo``), before at most one "." and a last
    line break: what ``(\\w+)\\.?$`` finds in it; "" if it ends in no word."""
    back = _WORD_BEFORE_RE.match(text[lo:hi][::-1])
    return back.group(1)[::-1] if back else ""


HEADING_WORDS: Final = 4  # a line this short with no full stop heads what follows ("Syria", "Wilayah Timur")


@cache
def _list_markers(lang: Lang) -> frozenset[str]:
    return frozenset(lang.data("segment").get("list_markers", []))


def continues_list(text: str, lang: Lang, sent: Sentence) -> bool:
    """Whether ``sent`` opens a line as an item of a list ("- Near X, ...", "• Di Y, ...")
    or as a short heading over such items: it goes on with the paragraph that
    introduced the list, across the line breaks."""
    line = text.rfind("\n", 0, sent.start) + 1
    lead = text[line:sent.start].strip()
    words = text[sent.start:sent.end].split()
    markers = _list_markers(lang)
    if lead in markers or (words and words[0] in markers):
        return True
    heading = 0 < len(words) <= HEADING_WORDS and text[sent.end - 1].isalnum()
    return not lead and heading and text[sent.end:sent.end + 1] in ("\n", "")


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end))
