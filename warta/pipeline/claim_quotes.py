"""Where quotations open and close in a text: the spans a quoted speaker's words cover."""

from __future__ import annotations

import re
from functools import cache


def quote_spans(text: str, opens: frozenset[str], closes: frozenset[str]) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations; a quotation does not run past a line break."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in _quote_marks(opens, closes).finditer(text):  # the marks only, not every character
        i, ch = m.start(), m.group()
        if ch == "\n":
            start = None
        elif start is None and ch in opens and (i == 0 or not text[i - 1].isalnum()):
            start = i
        elif start is not None and ch in closes and i > start + 1:
            spans.append((start, i))
            start = None
    return spans


@cache
def _quote_marks(opens: frozenset[str], closes: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(opens | closes))) + "\n]")
