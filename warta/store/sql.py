"""The store: articles and everything extracted from them, in portable SQL
over a :class:`~warta.store.backend.Backend` (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from warta.model import Article
from warta.store import clusters, writes
from warta.store.backend import Backend
from warta.store.migrations import MIGRATIONS
from warta.store.records import (
    ClusterInfo,
    ErrorRecord,
    EventRow,
    FigureRow,
    NewArticle,
    SearchHit,
    Source,
    StoredArticle,
    escape_refused,
)

_ARTICLE_COLS = ("id, content_hash, text, lang, published, title, url, source, "
                 "origin, locator, extractor_version")
_DERIVED = ("sentences", "claims", "figures", "places", "times")
WRITE_BATCH = 100  # articles written together; a longer list goes in several (the same rows)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# a figure row with its claimant and the sentence (or claim) that is its evidence;
# the web layer selects the same row
FIGURE_COLUMNS = (
    "f.id, f.article_id, a.published, a.source, a.url, c.claimant_text, "
    "c.claimant_country, c.claimant_kind, f.value, f.low, f.high, f.bound, f.unit, "
    "f.outcome, f.side, f.place, f.period_start, f.period_end, f.running_total, "
    "f.text, f.span_start, f.span_end, f.sentence, "
    "coalesce(s.span_start, c.span_start, f.span_start), "
    "coalesce(s.span_end, c.span_end, f.span_end), "
    "substr(a.text, coalesce(s.span_start, c.span_start, f.span_start) + 1, "
    "coalesce(s.span_end, c.span_end, f.span_end) "
    "- coalesce(s.span_start, c.span_start, f.span_start)), "
    "c.claimant_key, c.disputed_by, (SELECT d.claimant_text FROM claims d "
    "WHERE d.article_id = c.article_id AND d.claim_key = c.disputed_by)"
)
FIGURE_FROM = (
    " FROM figures f JOIN articles a ON a.id = f.article_id "
    "LEFT JOIN claims c ON c.article_id = f.article_id AND c.idx = f.claim_idx "
    "LEFT JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence"
)

class SqlStore:
    """Articles, their extractions, clusters and errors, in one database."""

    def __init__(self, backend: Backend) -> None:
        self.db = backend
        self.applied = migrate(backend)
        self._errors = bool(backend.query("SELECT 1 FROM errors LIMIT 1"))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------
    def commit_group(self) -> Any:
        """One commit for several articles; each stays atomic inside it (nested
        transactions are savepoints on PostgreSQL). A run killed mid-group loses
        only uncommitted articles, which the next run stores again."""
        return self.db.transaction()

    def has_article(self, content_hash: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM articles WHERE content_hash = ?",
                                  (content_hash,)))

    def content_hashes(self) -> set[str]:
        """The content hash of every stored article."""
        return {r[0] for r in self.db.query("SELECT content_hash FROM articles")}

    def add_article(self, text: str, article: Article, source: Source,
                    content_hash: str, version: str) -> int | None:
        """Store one article and its extraction in one transaction; None
        when an article with the same content hash is already stored. Text
        that some backend refuses (NUL) raises UnstorableError on every backend."""
        return self.add_articles([NewArticle(text, article, source, content_hash, version)])[0]

    def add_articles(self, items: Sequence[NewArticle]) -> list[int | None]:
        """Store several articles in one transaction, with what storing them
        one by one in order gives (ids, rows, clusters) in a few round trips;
        the id of each, None for one already stored. Raises UnstorableError
        (storing none) when one holds text a backend refuses."""
        if not items:
            return []
        out: list[int | None] = []
        at = now()
        with self.db.transaction():
            for i in range(0, len(items), WRITE_BATCH):
                out += writes.add_articles(self.db, items[i:i + WRITE_BATCH], at, self._errors)
        return out

    def replace_extraction(self, article_id: int, article: Article, version: str) -> None:
        """Swap an article's stored extraction for a new one (reprocess)."""
        published = article.published
        if published is None:
            row = self.db.query("SELECT published FROM articles WHERE id = ?", (article_id,))
            published = date.fromisoformat(row[0][0]) if row and row[0][0] else None
        with self.db.transaction():
            clusters.drop_events(self.db, article_id)
            for table in _DERIVED:
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            at = now()
            self.db.execute(
                "UPDATE articles SET extractor_version = ?, extracted_at = ?, result_json = ?, "
                "lang = coalesce(?, lang) WHERE id = ?",
                (version, at, json.dumps(article.to_json(), ensure_ascii=False),
                 article.lang, article_id))
            writes.write_derived(self.db, [(article_id, article, version, published)], at)

    def sync_search(self) -> None:
        """Bring the full-text index up to date (ingest does it at its end)."""
        self.db.sync_search()

    def record_error(self, origin: str, locator: str, code: str, reason: str) -> None:
        """Note that one input could not be stored (kept once per origin+locator)."""
        self._errors = True
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO errors (origin, locator, code, reason, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (origin, locator) DO UPDATE SET code = excluded.code, "
                "reason = excluded.reason, at = excluded.at",
                (escape_refused(origin), escape_refused(locator), code, escape_refused(reason),
                 now()))

    def unmerge(self, cluster_id: int) -> ClusterInfo:
        """Undo a cluster; its events are never merged with each other again."""
        with self.db.transaction():
            return clusters.unmerge(self.db, cluster_id, now())

    # -- reading ---------------------------------------------------------
    def errors(self) -> list[ErrorRecord]:
        return [ErrorRecord(*r) for r in self.db.query(
            "SELECT id, origin, locator, code, reason, at FROM errors ORDER BY id")]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "claims", "figures", "events", "places", "times",
                  "sentences", "errors")
        out = {t: int(self.db.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}
        out["clusters"] = int(self.db.query(
            "SELECT count(*) FROM clusters WHERE undone_at IS NULL")[0][0])
        return out

    def articles(self, *, not_version: str | None = None) -> Iterator[StoredArticle]:
        """Stored articles in id order; ``not_version``: only those extracted
        by another extractor version."""
        sql = f"SELECT {_ARTICLE_COLS} FROM articles"
        params: tuple[Any, ...] = ()
        if not_version is not None:
            sql += " WHERE extractor_version <> ?"
            params = (not_version,)
        ids = [r[0] for r in self.db.query(sql.replace(_ARTICLE_COLS, "id") + " ORDER BY id",
                                           params)]
        for aid in ids:
            got = self.article(aid)
            if got is not None:
                yield got

    def article(self, article_id: int) -> StoredArticle | None:
        rows = self.db.query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?",
                             (article_id,))
        if not rows:
            return None
        r = list(rows[0])
        r[4] = date.fromisoformat(r[4]) if r[4] else None
        return StoredArticle(*r)

    def result_json(self, article_id: int) -> dict[str, Any]:
        rows = self.db.query("SELECT result_json FROM articles WHERE id = ?", (article_id,))
        return json.loads(rows[0][0]) if rows else {}

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Articles matching ``query`` (the syntax of :mod:`warta.store.search`:
        every word, ``OR``, ``-word``, ``prefix*``, ``"a phrase"``), best first;
        a query that cannot be read raises :class:`~warta.store.search.QueryError`."""
        from warta.store.search import find

        self.db.sync_search()
        rows, _ = find(self.db, query, limit=limit, offset=offset)
        return [SearchHit(r["id"], r["title"], r["snippet"]) for r in rows]

    def figure_rows(self, *, side: str | None = None, unit: str | None = None,
                    outcome: str | None = None, since: str | None = None) -> list[FigureRow]:
        where, params = [], []
        for col, val in (("f.side", side), ("f.unit", unit), ("f.outcome", outcome)):
            if val is not None:
                where.append(f"{col} = ?")
                params.append(val)
        if since:
            where.append("coalesce(f.period_end, a.published) >= ?")
            params.append(since)
        sql = f"SELECT {FIGURE_COLUMNS}{FIGURE_FROM}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.db.query(sql + " ORDER BY f.id", params)
        return [FigureRow(*[*r[:18], bool(r[18]), *r[19:]]) for r in rows]

    def event_rows(self, *, cluster_id: int | None = None,
                   event_ids: list[int] | None = None) -> list[EventRow]:
        sql = (
            "SELECT e.id, e.article_id, e.type, e.actor, e.target, e.place_name, e.lat, e.lon, "
            "e.country, e.precision, e.admin1, e.date_start, e.date_end, e.date_source, "
            "e.evidence, e.sentence, e.cluster_id, a.published, a.source, a.url, "
            "substr(a.text, s.span_start + 1, s.span_end - s.span_start) "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
        )
        params: list[Any] = []
        if cluster_id is not None:
            sql += " WHERE e.id IN (SELECT event_id FROM cluster_members WHERE cluster_id = ?)"
            params.append(cluster_id)
        elif event_ids is not None:
            sql += " WHERE e.id IN (" + ", ".join("?" * len(event_ids) or "NULL") + ")"
            params.extend(event_ids)
        out = []
        for r in self.db.query(sql + " ORDER BY e.id", params):
            ev = [tuple(x) for x in json.loads(r[14])]
            out.append(EventRow(*[*r[:14], ev, *r[15:20], r[20] or ""]))
        return out

    def clusters(self, cluster_id: int | None = None) -> list[ClusterInfo]:
        return clusters.load(self.db, cluster_id)


def migrate(db: Backend) -> list[str]:
    """Apply the migrations this database lacks, in order; return their names."""
    with db.transaction():
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                   "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {r[0] for r in db.query("SELECT name FROM schema_migrations")}
    applied = []
    for m in MIGRATIONS:
        if m.name in done:
            continue
        with db.transaction():
            if db.query("SELECT 1 FROM schema_migrations WHERE name = ?", (m.name,)):
                continue  # another process applied it meanwhile
            for stmt in m.statements(db.name):
                db.execute(stmt.replace("{id}", db.id_column()))
            db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                       (m.name, now()))
        applied.append(m.name)
    return applied
