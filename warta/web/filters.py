"""The query parameters every page accepts, checked once, and the one error
every page answers with when something is wrong."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from warta.store.select import FilterError, Filters, check

__all__ = ["Filters", "WebError", "bad", "parse", "refuse"]

_CODE = re.compile(r"[A-Za-z]{2,3}")
_ISO2 = re.compile(r"[A-Za-z]{2}")
_WORD = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_TEXT = 200
MAX_LIMIT = 5000


class WebError(Exception):
    """A request the app cannot answer: rendered as the one error shape
    ``{"error": {"status", "code", "message", "param"}}`` (HTML pages show the same)."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None,
                 valid: list[str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param
        self.valid = valid

    def to_json(self) -> dict[str, Any]:
        return {"error": {"status": self.status, "code": self.code, "message": self.message,
                          "param": self.param, "valid": self.valid}}


def bad(param: str, message: str) -> WebError:
    return WebError(400, "bad_parameter", f"{param}: {message}", param)


def _day(params: Mapping[str, str], key: str) -> str | None:
    raw = params.get(key, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise bad(key, f"expected a date YYYY-MM-DD, got {raw[:40]!r}") from None


def _text(params: Mapping[str, str], key: str) -> str | None:
    raw = params.get(key, "").strip()
    if not raw:
        return None
    if len(raw) > MAX_TEXT:
        raise bad(key, f"longer than {MAX_TEXT} characters")
    if "\x00" in raw:
        raise bad(key, "holds a NUL character")
    return raw


def _match(params: Mapping[str, str], key: str, pattern: re.Pattern[str],
           what: str) -> str | None:
    raw = params.get(key, "").strip()
    if not raw:
        return None
    if not pattern.fullmatch(raw):
        raise bad(key, f"expected {what}, got {raw[:40]!r}")
    return raw


def _int(params: Mapping[str, str], key: str, default: int, low: int, high: int) -> int:
    raw = params.get(key, "").strip()
    if not raw:
        return default
    try:
        val = int(raw)
    except ValueError:
        raise bad(key, f"expected a whole number, got {raw[:40]!r}") from None
    if not low <= val <= high:
        raise bad(key, f"expected {low}..{high}, got {val}")
    return val


def parse(params: Mapping[str, str], *, limit: int = 500) -> Filters:
    """Filters from a request's query parameters; a bad value raises
    :class:`WebError` naming the parameter."""
    f = Filters(
        start=_day(params, "from"), end=_day(params, "to"),
        side=(_match(params, "side", _CODE, "a country code such as UA") or "").upper() or None,
        country=(_match(params, "country", _ISO2, "a two-letter country code such as UA")
                 or "").upper() or None,
        type=_match(params, "type", _WORD, "an event type such as attack"),
        place=_text(params, "place"), claimant=_text(params, "claimant"),
        unit=_match(params, "unit", _WORD, "a unit such as personnel"),
        outcome=_match(params, "outcome", _WORD, "an outcome such as killed"),
        q=_text(params, "q"),
        limit=_int(params, "limit", limit, 1, MAX_LIMIT),
        page=_int(params, "page", 1, 1, 100_000),
    )
    kind = params.get("kind", "").strip() or "all"
    if kind not in ("all", "events", "figures"):
        raise bad("kind", f"expected all, events or figures, got {kind[:40]!r}")
    f.kind = kind
    contested = params.get("contested", "").strip().lower()
    if contested not in ("", "0", "1", "true", "false", "on"):
        raise bad("contested", f"expected 1 or 0, got {contested[:40]!r}")
    f.contested = contested in ("1", "true", "on")
    located = params.get("located", "").strip().lower()
    if located not in ("", "0", "1", "true", "false", "on"):
        raise bad("located", f"expected 1 or 0, got {located[:40]!r}")
    f.located = located in ("1", "true", "on")
    if f.start and f.end and f.start > f.end:
        raise bad("from", f"{f.start} is after to={f.end}")
    return f


def refuse(f: Filters, valid: dict[str, list[str]], db: Any = None) -> None:
    """A 400 naming the parameter and listing the valid values when ``f``
    asks for a value the store does not hold (see :func:`warta.store.select.check`)."""
    try:
        check(f, valid, db)
    except FilterError as err:
        raise WebError(400, "bad_parameter", str(err), err.param, err.valid) from None
