"""Language data: one folder per language of plain TOML files.

``lang/<code>/meta.toml`` names the language; every other ``<component>.toml``
holds the words and patterns one pipeline step needs. ``lang/_base/`` holds
data shared by all languages (sides, abbreviations of units). Algorithms
never hard-code words: they ask ``load(code).data(component)``.
"""

from __future__ import annotations

import marshal
import os
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from warta.errors import LangDataError, LanguageError

ROOT = Path(__file__).parent


def available() -> list[str]:
    """Codes of the languages warta has data for."""
    return sorted(p.name for p in ROOT.iterdir()
                  if p.is_dir() and not p.name.startswith("_") and (p / "meta.toml").exists())


class Lang:
    """The data of one language, read lazily one component at a time."""

    def __init__(self, code: str) -> None:
        folder = ROOT / code
        if not (folder / "meta.toml").exists():
            raise LanguageError(
                f"warta has no data for language {code!r}",
                f"use one of {', '.join(available())}, or add a folder warta/lang/{code}/",
            )
        self.code = code
        self.folder = folder
        self.meta = _read(folder / "meta.toml")
        self.babel_locale: str = self.meta.get("babel_locale", code)
        self._cache: dict[str, dict[str, Any]] = {}

    def data(self, component: str) -> dict[str, Any]:
        """The parsed ``<component>.toml`` of this language merged over ``_base``."""
        if component not in self._cache:
            merged: dict[str, Any] = {}
            base = ROOT / "_base" / f"{component}.toml"
            if base.exists():
                merged.update(_read(base))
            own = self.folder / f"{component}.toml"
            if own.exists():
                for key, value in _read(own).items():
                    merged[key] = _merge(merged.get(key), value)
            self._cache[component] = merged
        return self._cache[component]

    def __repr__(self) -> str:
        return f"Lang({self.code!r})"


@cache
def load(code: str) -> Lang:
    """The language data for ``code`` (cached)."""
    return Lang(code)


def _merge(base: Any, own: Any) -> Any:
    """Tables merge key by key and lists concatenate; other values replace."""
    if isinstance(base, dict) and isinstance(own, dict):
        out = dict(base)
        for key, value in own.items():
            out[key] = _merge(base.get(key), value)
        return out
    if isinstance(base, list) and isinstance(own, list):
        return base + [v for v in own if v not in base]
    return own


def _read(path: Path) -> dict[str, Any]:
    """A TOML file, parsed. The parse is kept in the cache folder, named by the
    file's content, so that the next process reads it at once."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise LangDataError(f"cannot read {path}: {err}", "reinstall warta") from err
    try:
        kept: Path | None = _kept(path, raw)
    except (ImportError, OSError):  # no cache folder (yet): parse every time
        kept = None
    if kept is not None:
        try:
            got = marshal.loads(kept.read_bytes())
            if isinstance(got, dict):
                return got
        except (OSError, EOFError, ValueError, TypeError):
            pass
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise LangDataError(f"{path} is not valid TOML: {err}", "fix the file") from err
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            tmp = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(data))
            os.replace(tmp, kept)
        except (OSError, ValueError):  # an unwritable cache, or values marshal cannot keep
            pass
    return data


def _kept(path: Path, raw: bytes) -> Path:
    """Where the parse of a file with these bytes is kept."""
    from warta.geo.gazetteer import cache_dir

    key = f"{path.parent.name}-{path.stem}-{len(raw)}-{zlib.crc32(raw):08x}"
    return cache_dir() / f"lang-m{marshal.version}" / f"{key}.marshal"
