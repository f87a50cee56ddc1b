"""Where quotations open and close in a text: the spans a quoted speaker's words cover."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

_Quoted = tuple[str, frozenset[str], frozenset[str], list[tuple[int, int]]]
# the last text's spans: the claim steps ask twice for one article
_LAST: Final[list[_Quoted | None]] = [None]


def quote_spans(text: str, opens: frozenset[str], closes: frozenset[str]) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations; a quotation does not run past a line break. Callers must not
    modify the list they get."""
    last = _LAST[0]  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is text and last[1] is opens and last[2] is closes:
        return last[3]
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
    _LAST[0] = (text, opens, closes, spans)
    return spans


@cache
def _quote_marks(opens: frozenset[str], closes: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(opens | closes))) + "\n]")
