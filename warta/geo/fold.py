"""Folding names into lookup keys: case, diacritics, apostrophes, dots and
dashes do not matter ("Pokrovs'k" == "pokrovsk", "Beit-Lahia" == "beit lahia")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = dict.fromkeys(map(ord, "'’‘ʼʹ`´.\u02bb\u02bf\u02be"), None)
_SPACE_RE = re.compile(r"[\s\-‐‑–—_,/]+")
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l",
                          "ı": "i", "þ": "th", "ð": "d", "œ": "oe"})


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The lookup key of ``name``: lower case, no marks, no apostrophes or
    dots, runs of spaces and dashes as one space."""
    s = name.lower().translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_DROP)
    return _SPACE_RE.sub(" ", s).strip()


def is_latin(key: str) -> bool:
    """True when a folded key is written in Latin letters (and digits/spaces)."""
    return all(c.isascii() for c in key) and any(c.isalpha() for c in key)
