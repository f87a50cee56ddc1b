"""Reading articles from files safely: size limits, encodings, binary files."""

from __future__ import annotations

import sys
from pathlib import Path

from warta.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


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
    if len(data) > max_bytes:
        raise InputError(
            f"{name} is larger than {max_bytes // (1024 * 1024)} MB, too big for one article",
            "split it into articles, or raise the limit with --max-mb",
        )
    return data


def decode(data: bytes, name: str = "input") -> str:
    """Text from bytes: UTF-8 (or UTF-16 with a byte-order mark), else a clear error."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"{name} is not valid {codec}: {err.reason}", "re-save it as UTF-8") from err
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like a binary file, not text",
                         "give warta plain text (UTF-8), HTML or JSONL articles")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} is not valid UTF-8 (byte {err.start})",
            f"convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 {name} > fixed.txt",
        ) from err


def read_text(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """An article file's text exactly as decoded: offsets refer to this string."""
    return decode(read_bytes(path, max_bytes), str(path))
