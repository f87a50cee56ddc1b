"""Where an article's text quotes speech and which sentence is its headline.

Events told only inside quoted speech refine the place of an event told outside
it (:mod:`warta.pipeline.events`); a headline's event joins the body's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from warta.model import Sentence

SCARE_QUOTE_WORDS: Final = 3  # a quote this short is a term, not speech
OPEN_QUOTES, CLOSE_QUOTES = "\"“«„", "\"”»"
_CLOSE_RE: Final = re.compile(r"[\"”»\n]")  # ... of CLOSE_QUOTES, or a line's end
SINGLE_CLOSE_RE: Final = re.compile(r"['’](?!\w)")
HEADLINE_END: Final = ".!?\"”'’:"


def speech_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Spans of quoted speech, sorted; quotes of a few words are terms, not speech."""
    spans: list[tuple[int, int]] = []
    nexts = [text.find(q) for q in OPEN_QUOTES]
    opened = _opening(text, 0, nexts)
    while opened >= 0:  # a quote opens; the next closing mark or line end closes it
        close = _CLOSE_RE.search(text, opened + 1)
        if close is None:
            spans.append((opened, len(text)))
            break
        at = close.start()
        if len(text[opened:at].split(None, SCARE_QUOTE_WORDS)) > SCARE_QUOTE_WORDS:
            spans.append((opened, at + 1))
        opened = _opening(text, at + 1, nexts)
    for sent in sentences:  # 'single-quoted speech' opening a sentence
        if text[sent.start] in "'‘" and not inside(sent.start, spans):
            close = SINGLE_CLOSE_RE.search(text, sent.start + 1, sent.end)
            spans.append((sent.start, close.end() if close else sent.end))
    spans.sort()
    return spans


def _opening(text: str, at: int, nexts: list[int]) -> int:
    """Where the first quote mark of OPEN_QUOTES at or after ``at`` stands (-1: none); ``nexts`` holds
    where each mark was found last (-1: no more), each looked for again only once passed."""
    first = -1
    for k, mark in enumerate(OPEN_QUOTES):
        found = nexts[k]
        if 0 <= found < at:
            found = nexts[k] = text.find(mark, at)
        if found >= 0 and (first < 0 or found < first):
            first = found
    return first


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def headline(text: str, sentences: list[Sentence]) -> int | None:
    """The index of the headline: a first line without a closing stop."""
    if len(sentences) < 2:
        return None
    first = sentences[0]
    if text[first.end - 1] in HEADLINE_END or "\n" not in text[first.end:sentences[1].start]:
        return None
    return first.index
