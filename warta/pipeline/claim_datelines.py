"""A sentence's dateline ("MOSKOW, KOMPAS TV –", "KYIV (Reuters) -") says where and who filed
the story; it names no source of the sentence's claims."""

from __future__ import annotations

import re

from warta.model import Token

DATELINE_CHARS = 50  # characters of a sentence's dateline before its dash
DATELINE_DASHES = ("-", "–", "—", "--")
DATELINE_NOISE = re.compile(r"\([^)]*\)|\S+\.(?:com|co\.id|id|net|org)\b", re.IGNORECASE)


def dateline_end(toks: list[Token], text: str) -> int:
    """Index of the first token after a sentence's dateline ("MOSKOW, KOMPAS TV –", "KYIV
    (Reuters) -", "Bisnis.com, JAKARTA -"), else 0: a dateline names no source of the
    sentence's claims."""
    if not toks:
        return 0
    for n, tok in enumerate(toks):
        if tok.start - toks[0].start > DATELINE_CHARS:
            return 0
        if tok.text in DATELINE_DASHES and n > 0:
            prefix = DATELINE_NOISE.sub("", text[toks[0].start:tok.start])
            return n + 1 if not any(c.islower() for c in prefix) else 0
    return 0
