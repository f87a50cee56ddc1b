"""Plain records the store takes in and hands out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from warta.model import Article

# PostgreSQL text refuses NUL; no backend can encode a lone surrogate as UTF-8
_REFUSED_RE = re.compile("[\x00\ud800-\udfff]")


def refused_character(text: str, what: str = "text") -> str | None:
    """Why ``text`` cannot be stored the same way on every backend, or None."""
    m = _REFUSED_RE.search(text)
    if m is None:
        return None
    name = "a NUL character" if m.group() == "\x00" else "a lone surrogate (broken UTF-16)"
    return f"the {what} holds {name} at character {m.start()}"


def escape_refused(text: str) -> str:
    """``text`` with refused characters written as escapes (for messages)."""
    return _REFUSED_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass(slots=True)
class Source:
    """Where an article came from and what its container said about it."""

    origin: str  # the file it was read from
    locator: str = ""  # where in that file: "line 3", a WARC record id
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the outlet or feed
    published: date | None = None
    lang: str | None = None


@dataclass(slots=True)
class NewArticle:
    """One article to store, with its extraction."""

    text: str
    article: Article
    source: Source
    content_hash: str
    version: str


@dataclass(slots=True)
class StoredArticle:
    id: int
    content_hash: str
    text: str
    lang: str | None
    published: date | None
    title: str | None
    url: str | None
    source: str | None
    origin: str | None
    locator: str | None
    extractor_version: str


@dataclass(slots=True)
class ErrorRecord:
    id: int
    origin: str
    locator: str
    code: str
    reason: str
    at: str


@dataclass(slots=True)
class SearchHit:
    article_id: int
    title: str | None
    snippet: str


@dataclass(slots=True)
class EventRow:
    """A stored event with what exports and views need about its article."""

    id: int
    article_id: int
    type: str
    actor: str | None
    target: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    precision: str | None
    admin1: str | None
    date_start: str | None
    date_end: str | None
    date_source: str | None
    evidence: list[tuple[int, int]]
    sentence: int
    cluster_id: int | None
    published: str | None
    source: str | None
    url: str | None
    evidence_text: str  # the event's sentence, from the stored article text


@dataclass(slots=True)
class FigureRow:
    """A stored figure with its claimant and the sentence it stands in."""

    id: int
    article_id: int
    published: str | None
    source: str | None
    url: str | None
    claimant: str | None
    claimant_country: str | None
    claimant_kind: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str | None
    unit: str
    outcome: str
    side: str | None
    place: str | None
    period_start: str | None
    period_end: str | None
    running_total: bool
    text: str
    start: int
    end: int
    sentence: int
    evidence_start: int
    evidence_end: int
    evidence_text: str
    claimant_key: str | None = None  # one key for one source however it is named
    disputed_by: str | None = None  # id of the claim in the same article that denies this one
    disputed_by_text: str | None = None  # the denying claim's claimant


@dataclass(slots=True)
class ClusterInfo:
    id: int
    type: str
    created_at: str
    undone_at: str | None
    members: list[tuple[int, str]] = field(default_factory=list)  # (event id, reason)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "created_at": self.created_at,
                "undone_at": self.undone_at,
                "members": [{"event": e, "reason": r} for e, r in self.members]}
