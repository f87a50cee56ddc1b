"""A sentence's dateline ("MOSKOW, KOMPAS TV –", "KYIV (Reuters) -") says where and who filed
the story; it names no source of the sentence's claims."""

from __future__ import annotations

import re

from warta.model import Token

DATELINE_CHARS = 50  # characters of a sentence's dateline before its dash
DATELINE_DASHES = ("-", "–", "—", "--")
WORD_RE = re.compile(r"\w+")
DATELINE_NOISE = re.compile(r"\([^)]*\)|\S+\.(?:com|co\.id|id|net|org)\b", re.IGNORECASE)


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
            words = WORD_RE.findall(prefix)
            return n + 1 if prefix != raw and words and all(w[:1].isupper() for w in words) else 0
    return 0
