"""Reading articles from files safely: size limits, encodings, binary files.

One set of checks for every way in (``extract``, ``ingest``, a JSON Lines
field): UTF-8, or UTF-16/UTF-8 with a byte-order mark; no NUL or broken
UTF-16 anywhere (PostgreSQL cannot store them, and they mark binary data);
not mostly control characters. Every error says where, as a byte or
character offset.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from warta.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_REFUSED_RE = re.compile("[\x00\ud800-\udfff]")
CONTROL_SAMPLE = 4096
MAX_CONTROL_SHARE = 0.05  # more control characters than this in the sample: binary


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes (``-`` = standard input), refusing more than ``max_bytes``."""
    name = str(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            p = Path(name)
            if p.is_dir():
                raise InputError(f"{name} is a folder", "give the article files inside it, e.g. DIR/*.txt")
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
    except FileNotFoundError as err:
        raise InputError(f"{name}: no such file", "check the path") from err
    except PermissionError as err:
        raise InputError(f"{name}: permission denied", "check the file's permissions") from err
    except OSError as err:
        raise InputError(f"{name}: cannot read the file: {err.strerror or err}",
                         "check the path and the disk") from err
    if len(data) > max_bytes:
        raise InputError(
            f"{name} is larger than {max_bytes / (1024 * 1024):g} MB, too big for one article",
            "split it into articles, or raise the limit with --max-mb",
        )
    return data


def check_text(text: str, name: str = "input") -> str:
    """``text`` itself, or InputError when it holds what no article holds:
    NUL, a lone surrogate, or mostly control characters."""
    m = _REFUSED_RE.search(text)
    if m is not None:
        what = "a NUL character" if m.group() == "\x00" else "a lone surrogate (broken UTF-16)"
        raise InputError(f"{name} holds {what} at character {m.start()}, so it is binary or damaged",
                         "give warta plain text (UTF-8), HTML or JSONL articles")
    sample = text[:CONTROL_SAMPLE]
    bad = len(_CONTROL_RE.findall(sample))
    if sample and bad / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(f"{name} is {bad} control characters in its first {len(sample)}, "
                         "so it looks like a binary file, not text",
                         "give warta plain text (UTF-8), HTML or JSONL articles")
    return text


def decode(data: bytes, name: str = "input", fallback: str | None = None) -> str:
    """Text from bytes: UTF-8 (or UTF-16 / UTF-8 with a byte-order mark), else a
    clear error. ``fallback`` (e.g. cp1252, for HTML) decodes what is not UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"{name} is not valid {codec} (byte {err.start})",
                                 "re-save it as UTF-8") from err
            return check_text(text, name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name} holds a NUL byte at byte {nul}, so it looks like a binary file, not text",
                         "give warta plain text (UTF-8), HTML or JSONL articles")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if fallback is None:
            raise InputError(
                f"{name} is not valid UTF-8 (byte {err.start})",
                f"convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 {name} > fixed.txt",
            ) from err
        text = data.decode(fallback, errors="replace")
    return check_text(text, name)


def read_text(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """An article file's text exactly as decoded: offsets refer to this string."""
    return decode(read_bytes(path, max_bytes), str(path))
