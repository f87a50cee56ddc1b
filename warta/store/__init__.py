"""Persist articles and what warta extracts from them, behind one narrow
interface (:class:`Store`), in SQLite (a file, the default) or PostgreSQL.

>>> store = open_store("warta.db")            # or "postgresql://user@host/db"
>>> store.add_article(text, article, Source("a.txt"), content_hash(text), version)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from warta.model import Article
from warta.store.records import (
    ClusterInfo,
    ErrorRecord,
    EventRow,
    FigureRow,
    NewArticle,
    SearchHit,
    Source,
    StoredArticle,
)

__all__ = ["Store", "open_store", "content_hash", "Source", "StoredArticle", "ErrorRecord",
           "EventRow", "FigureRow", "SearchHit", "ClusterInfo", "NewArticle"]


class Store(Protocol):
    """What every backend offers; the rest of warta uses only this."""

    applied: list[str]  # migrations applied when it was opened

    def has_article(self, content_hash: str) -> bool: ...
    def content_hashes(self) -> set[str]: ...
    def add_article(self, text: str, article: Article, source: Source,
                    content_hash: str, version: str) -> int | None: ...
    def add_articles(self, items: Sequence[NewArticle]) -> list[int | None]: ...
    def replace_extraction(self, article_id: int, article: Article, version: str) -> None: ...
    def sync_search(self) -> None: ...
    def commit_group(self) -> Any: ...
    def record_error(self, origin: str, locator: str, code: str, reason: str) -> None: ...
    def unmerge(self, cluster_id: int) -> ClusterInfo: ...
    def errors(self) -> list[ErrorRecord]: ...
    def counts(self) -> dict[str, int]: ...
    def articles(self, *, not_version: str | None = None) -> Iterator[StoredArticle]: ...
    def article(self, article_id: int) -> StoredArticle | None: ...
    def result_json(self, article_id: int) -> dict[str, Any]: ...
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]: ...
    def figure_rows(self, *, side: str | None = None, unit: str | None = None,
                    outcome: str | None = None, since: str | None = None) -> list[FigureRow]: ...
    def event_rows(self, *, cluster_id: int | None = None,
                   event_ids: list[int] | None = None) -> list[EventRow]: ...
    def clusters(self, cluster_id: int | None = None) -> list[ClusterInfo]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...


def open_store(url: str) -> Store:
    """Open (creating and migrating as needed) the store at ``url``: a file
    path for SQLite, or a ``postgresql://`` URL."""
    from warta.store.backend import connect
    from warta.store.sql import SqlStore

    return SqlStore(connect(str(url)))


def content_hash(text: str) -> str:
    """The identity of an article: SHA-256 of its text without surrounding space."""
    import hashlib  # here, not at start: `warta extract` reads inputs but never hashes them

    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
