"""A sentence's dateline ("MOSKOW, KOMPAS TV –", "KYIV (Reuters) -") says where and who filed
the story; it names no source of the sentence's claims."""

from __future__ import annotations

import re
from typing import Final

from warta.model import PlaceMention
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

DATELINE_CHARS: Final = 50  # characters of a sentence's dateline before its dash
DATELINE_DASHES: Final = ("-", "–", "—", "--")
DATELINE_LINES: Final = 2  # lines that may open with a dateline (a headline first)
WORD_RE: Final = re.compile(r"\w+")
DATELINE_NOISE: Final = re.compile(r"\([^)]*\)|\S+\.(?:com|co\.id|id|net|org)\b", re.IGNORECASE)


def dateline_end(toks: list[Token], text: str) -> int:
    """Index of the first token after a sentence's dateline ("MOSKOW, KOMPAS TV –", "KYIV
    (Reuters) -", "Bisnis.com, JAKARTA -", "Istanbul (ANTARA) -"), else 0: a dateline names no source of the
    sentence's claims."""
    if not toks:
        return 0
    for n, tok in enumerate(toks):
        if tok.start - toks[0].start > DATELINE_CHARS:
            return 0
        if tok.text in DATELINE_DASHES and n > 0:
            raw = text[toks[0].start:tok.start]
            prefix = DATELINE_NOISE.sub("", raw)
            if not any(c.islower() for c in prefix):
                return n + 1
            # "Istanbul (ANTARA) -": a place in title case before the outlet in brackets
            words: list[str] = WORD_RE.findall(prefix)
            return n + 1 if prefix != raw and words and all(w[:1].isupper() for w in words) else 0
    return 0


def dateline_country(text: str, places: SpanIndex[PlaceMention]) -> str | None:
    """The country of the place that opens a story's dateline ("ABIDJAN, March 18 (Reuters) -",
    "Teheran (ANTARA) -"): a place at the start of one of its first lines, a dash soon after."""
    at = 0
    for _ in range(DATELINE_LINES):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        first = next(iter(places.between(at, min(end, at + DATELINE_CHARS))), None)
        dash = next((i for d in DATELINE_DASHES if (i := text.find(f" {d} ", at, end)) >= 0), -1)
        if first is not None and first.start == at and 0 <= dash - at <= DATELINE_CHARS:
            return first.country
        at = end + 1
    return None
