"""Where a source spoke: a place right after a verb of saying and a locative ("kata Yusuf di
Jayapura", "told reporters in Mogadishu") is where it was said, not where the story happened."""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from warta.pipeline.place_spans import word_key

SPOKEN_WORDS: Final = 4  # words between a verb of saying and the place where it was said ("kata Yusuf di")
SPOKEN_CHARS: Final = 60  # characters before a place searched for them


def said_at(text: str, start: int, locative: Collection[str], verbs: Collection[str]) -> bool:
    """Whether a verb of saying and a locative stand right before ``start``, in its sentence
    ("kata Yusuf di Jayapura", "told reporters in Mogadishu"); only the characters read are searched
    for the sentence's start, so a place deep in an endless sentence costs no more than one early."""
    lo = max(0, start - SPOKEN_CHARS - 1)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    before = text[max(cut + 1, start - SPOKEN_CHARS):start]
    last = before.rsplit(None, 1)  # the word right before, after the rest
    if len(last) < 2 or word_key(last[-1].strip(',"“”')) not in locative:
        return False  # the locative first: most places have none right before them
    raw = before.split()
    return any(word_key(w.strip(',"“”')) in verbs for w in raw[-SPOKEN_WORDS - 1:-1])

