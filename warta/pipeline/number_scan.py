"""Where a number can begin, found on the lower-cased text.

:mod:`warta.pipeline.numbers` tries its full pattern (case-insensitive, many branches) only where
a quick scan says a number can begin. The scan reads the text lower-cased with a case-sensitive
pattern that opens with a set of characters, so the regex engine skips to the places worth trying,
and it checks each listed word with what must follow it ("from" only before a number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

_SPACE_RE: Final = re.compile(r"\s+")
_NON_ASCII_RE: Final = re.compile(r"[^\x00-\x7f]")


def tail_trie(entries: Iterable[tuple[str, str]]) -> str:
    """A regex (no groups) matching any entry's word followed by its tail (a regex); a space in a
    word matches any run of white space. Built as a trie, so a word is read once whatever follows."""
    trie: dict[str, Any] = {}
    for word, tail in entries:
        node = trie
        for ch in _SPACE_RE.sub(" ", word.strip()):
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(tail)
    if not trie:
        return r"(?!x)x"
    return _node_regex(trie)


def _node_regex(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _node_regex(node[ch]))
    tails = sorted(node.get("", ()))
    if tails:
        branches.append(tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def scan_text(text: str, start: int, end: int, letters: frozenset[str], safe: dict[str, bool]) -> str | None:
    """``text[start - 1:end]`` lower-cased (a space before the text's start), or None when some
    character of it could read otherwise lower-cased than an IGNORECASE pattern of ``letters``
    reads it as written ("İ", "ſ", a digit other than 0-9). ``safe`` remembers characters seen."""
    low = (text[start - 1:end] if start else " " + text[:end]).lower()
    if len(low) != end - start + 1:
        return None
    if not low.isascii():
        for ch in set(_NON_ASCII_RE.findall(text, max(start - 1, 0), end)):
            ok = safe.get(ch)
            if ok is None:
                ok = safe[ch] = _safe_char(ch, letters)
            if not ok:
                return None
    return low


def _safe_char(ch: str, letters: frozenset[str]) -> bool:
    """Whether ``ch`` lower-cased still is what an IGNORECASE pattern of the lower-case
    ``letters`` reads it as: a word character or not, the same letter or none of them."""
    lowered = ch.lower()
    if len(lowered) != 1 or ch.isdecimal() or ch.isalnum() != lowered.isalnum():
        return False
    if lowered in letters:
        return True
    return not any(re.fullmatch(re.escape(h), ch, re.IGNORECASE) for h in letters)
