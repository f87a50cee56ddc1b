"""Folding names into lookup keys: case, diacritics, apostrophes, dots and
dashes do not matter ("Pokrovs'k" == "pokrovsk", "Beit-Lahia" == "beit lahia")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_DROP = dict.fromkeys(map(ord, "'’‘ʼʹ`´.\u02bb\u02bf\u02be"), None)
_SPACE_RE = re.compile(r"[\s\-‐‑–—_,/]+")
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l",
                          "ı": "i", "þ": "th", "ð": "d", "œ": "oe"})


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_UPPER = re.compile(r"[A-Z]")


@cache
def _combining_bmp() -> dict[int, None]:
    """A translate table deleting the combining marks of the Basic Multilingual Plane."""
    return dict.fromkeys((c for c in range(0x10000) if unicodedata.combining(chr(c))), None)


@cache
def _upper_bmp() -> re.Pattern[str]:
    """A pattern matching any upper-case character of the Basic Multilingual Plane."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper()) + "]")


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The lookup key of ``name``: lower case, no marks, no apostrophes or
    dots, runs of spaces and dashes as one space."""
    s = name.lower()
    if not s.isascii():  # ASCII is its own decomposition, without marks
        s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
        if max(s) <= "\uffff":
            s = s.translate(_combining_bmp())
        else:
            s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_DROP)
    return _SPACE_RE.sub(" ", s).strip()


def is_latin(key: str) -> bool:
    """True when a folded key is written in Latin letters (and digits/spaces)."""
    return key.isascii() and _ASCII_LETTER.search(key) is not None


def has_upper(name: str) -> bool:
    """True when ``name`` has an upper-case character (``any(c.isupper() ...)``)."""
    if name.isascii():
        return _ASCII_UPPER.search(name) is not None
    if max(name) <= "\uffff":
        return _upper_bmp().search(name) is not None
    return any(c.isupper() for c in name)


@cache
def _batch_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """fold's steps as patterns over a long string (faster than translate there):
    special letters, combining marks (BMP), dropped characters."""
    special = re.compile("[" + "".join(re.escape(chr(c)) for c in _SPECIAL) + "]")
    marks = re.compile("[" + "".join(re.escape(chr(c)) for c in _combining_bmp()) + "]+")
    drop = re.compile("[" + "".join(re.escape(chr(c)) for c in _DROP) + "]+")
    return special, marks, drop


_NOT_PLAIN = re.compile("[\x00\U00010000-\U0010ffff]")


def _plain_ones(names: list[str]) -> list[str]:
    """The names without NUL or characters beyond the BMP (usually all)."""
    joined = "\x00".join(names)
    if joined.count("\x00") == max(len(names) - 1, 0) and max(joined, default="a") <= "\uffff":
        return names
    return [n for n in names if not _NOT_PLAIN.search(n)]


def fold_many(names: list[str]) -> list[str]:
    """``[fold(n) for n in names]``, each step done once over all the names
    joined by NUL (which no step changes, moves across or merges with);
    names with characters beyond the BMP are folded one by one."""
    plain = _plain_ones(names)
    special, marks, drop = _batch_patterns()
    s = "\x00".join(plain).lower()
    if not s.isascii():
        s = special.sub(lambda m: _SPECIAL[ord(m.group())], s)
        s = marks.sub("", unicodedata.normalize("NFKD", s))
    s = _SPACE_RE.sub(" ", drop.sub("", s))
    keys = [k.strip() for k in s.split("\x00")] if plain else []
    if len(plain) == len(names):
        return keys
    it = iter(keys)
    return [fold(n) if _NOT_PLAIN.search(n) else next(it) for n in names]
