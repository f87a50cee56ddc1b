"""The query parameters every page accepts, checked once, and the one error
every page answers with when something is wrong."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

_CODE = re.compile(r"[A-Za-z]{2,3}")
_WORD = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_TEXT = 200
MAX_LIMIT = 5000


class WebError(Exception):
    """A request the app cannot answer: rendered as the one error shape
    ``{"error": {"status", "code", "message", "param"}}`` (HTML pages show the same)."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param

    def to_json(self) -> dict[str, Any]:
        return {"error": {"status": self.status, "code": self.code, "message": self.message,
                          "param": self.param}}


def bad(param: str, message: str) -> WebError:
    return WebError(400, "bad_parameter", f"{param}: {message}", param)


@dataclass(slots=True)
class Filters:
    """What to show. Dates are ISO days; ``side`` an ISO country code (events
    whose actor or target it is, figures counted against it); ``type`` an event
    type; ``place`` and ``claimant`` match case-insensitively anywhere in the name."""

    start: str | None = None  # "from"
    end: str | None = None  # "to"
    side: str | None = None
    type: str | None = None
    place: str | None = None
    claimant: str | None = None
    unit: str | None = None
    outcome: str | None = None
    kind: str = "all"  # timeline: events, figures or all
    contested: bool = False
    q: str | None = None
    limit: int = 500
    page: int = 1

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    def to_query(self, **change: Any) -> dict[str, str]:
        """The non-default filters as query parameters (for links)."""
        out: dict[str, str] = {}
        default = Filters()
        for f in fields(self):
            val = change.get(f.name, getattr(self, f.name))
            if val == getattr(default, f.name) or val is None:
                continue
            key = {"start": "from", "end": "to"}.get(f.name, f.name)
            out[key] = ("1" if val else "0") if isinstance(val, bool) else str(val)
        return out

    def echo(self) -> dict[str, Any]:
        """The filters in force, as the JSON twins report them."""
        return {"from": self.start, "to": self.end, "side": self.side, "type": self.type,
                "place": self.place, "claimant": self.claimant, "unit": self.unit,
                "outcome": self.outcome, "kind": self.kind, "contested": self.contested,
                "q": self.q, "limit": self.limit, "page": self.page}


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
    if f.start and f.end and f.start > f.end:
        raise bad("from", f"{f.start} is after to={f.end}")
    return f


def like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its wildcards taken literally
    (use with ``ESCAPE '\\'``)."""
    esc = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"
