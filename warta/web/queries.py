"""Read queries the web pages need beyond the store's own, in portable SQL
over the store's backend (``store.db``). Every value a user sends is a bound
parameter; the SQL text is built only from fixed fragments."""

from __future__ import annotations

from collections import Counter
from typing import Any

from warta.store import Store
from warta.store.backend import Backend
from warta.store.records import FigureRow
from warta.store.select import claimant_names, event_where, figure_where, values
from warta.store.sql import FIGURE_COLUMNS, FIGURE_FROM
from warta.web.filters import Filters, bad


def backend(store: Store) -> Backend:
    """The store's connection (every SQL store has one, as ``store.db``)."""
    db: Backend = store.db  # type: ignore[attr-defined]
    return db

_EVENT_COLS = (
    "e.id, e.article_id, e.type, e.actor, e.target, e.place_name, e.lat, e.lon, e.country, "
    "e.precision, e.date_start, e.date_end, e.date_source, e.trigger_text, e.trigger_start, "
    "e.trigger_end, e.sentence, e.cluster_id, a.title, a.source, a.published, "
    "(SELECT max(coalesce(fd.value, fd.high, fd.low)) FROM figures fd "
    "WHERE fd.article_id = e.article_id AND fd.sentence = e.sentence "
    "AND fd.outcome = 'killed'), "
    "s.span_start, s.span_end, substr(a.text, s.span_start + 1, s.span_end - s.span_start)"
)
_EVENT_KEYS = (
    "id", "article_id", "type", "actor", "target", "place", "lat", "lon", "country",
    "precision", "date_start", "date_end", "date_source", "trigger", "trigger_start",
    "trigger_end", "sentence", "cluster_id", "title", "source", "published", "deaths",
    "evidence_start", "evidence_end", "evidence",
)
_EVENT_FROM = (" FROM events e JOIN articles a ON a.id = e.article_id "
               "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence")

# the store's figure row, plus its own filters
_FIGURE_COLS, _FIGURE_FROM = FIGURE_COLUMNS, FIGURE_FROM


def count_events(db: Backend, f: Filters, *, located: bool = False) -> int:
    """How many events match ``f``."""
    where, params = event_where(f, located=located)
    return int(db.query("SELECT count(*) FROM events e" + where, params)[0][0])


def events(db: Backend, f: Filters, *, located: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Events matching ``f``, newest first, one page of them, and how many match
    in all; ``located``: only events placed finer than a country (the map)."""
    where, params = event_where(f, located=located)
    total = count_events(db, f, located=located)
    rows = db.query(f"SELECT {_EVENT_COLS}{_EVENT_FROM}{where} "
                    "ORDER BY e.date_start DESC, e.id DESC LIMIT ? OFFSET ?",
                    [*params, f.limit, f.offset])
    return [dict(zip(_EVENT_KEYS, r)) for r in rows], total


def events_by_id(db: Backend, ids: list[int]) -> list[dict[str, Any]]:
    """The events with these ids (the same row as :func:`events`, plus the
    admin region), in id order."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = db.query(f"SELECT {_EVENT_COLS}, e.admin1{_EVENT_FROM} WHERE e.id IN ({marks}) "
                    "ORDER BY e.id", ids)
    return [dict(zip((*_EVENT_KEYS, "admin1"), r)) for r in rows]


def articles_by_id(db: Backend, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The articles' metadata (no text) by id."""
    from warta.web.eventpage import article_json

    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {int(r[0]): article_json(r) for r in db.query(
        f"SELECT id, title, source, url, published, lang FROM articles WHERE id IN ({marks})",
        ids)}


def figures_of_articles(db: Backend, ids: list[int]) -> list[FigureRow]:
    """Every figure of these articles, in id order."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return [_figure_row(r) for r in db.query(
        f"SELECT {_FIGURE_COLS}{_FIGURE_FROM} WHERE f.article_id IN ({marks}) ORDER BY f.id",
        ids)]


def clusters_of_event(db: Backend, event_id: int) -> list[int]:
    """Every cluster the event is or was a member of (undone ones too), oldest first."""
    return [int(r[0]) for r in db.query(
        "SELECT cluster_id FROM cluster_members WHERE event_id = ? ORDER BY cluster_id",
        (event_id,))]


def _figure_row(r: tuple[Any, ...]) -> FigureRow:
    return FigureRow(*r[:18], bool(r[18]), *r[19:])  # type: ignore[call-arg]


def figures(db: Backend, f: Filters) -> tuple[list[FigureRow], int]:
    """Figures matching ``f``, newest first, one page of them, and the total."""
    where, params = figure_where(f)
    total = int(db.query("SELECT count(*)" + _FIGURE_FROM + where, params)[0][0])
    rows = db.query(f"SELECT {_FIGURE_COLS}{_FIGURE_FROM}{where} "
                    "ORDER BY coalesce(f.period_end, a.published) DESC, f.id DESC "
                    "LIMIT ? OFFSET ?", [*params, f.limit, f.offset])
    return [_figure_row(r) for r in rows], total


def board_rows(db: Backend, f: Filters) -> list[FigureRow]:
    """Every figure that can stand on the claims board under ``f`` (the
    claimant filter is applied to whole measures afterwards)."""
    where, params = figure_where(f, claimant=False)
    return [_figure_row(r) for r in db.query(
        f"SELECT {_FIGURE_COLS}{_FIGURE_FROM}{where} ORDER BY f.id", params)]


def histogram(db: Backend, f: Filters) -> tuple[list[tuple[str, str, int]], str]:
    """Counts of matching events (by type) and figures per period, and the
    period used (day, week-start or month) so that bars stay few."""
    counts: Counter[tuple[str, str]] = Counter()
    if f.kind in ("all", "events"):
        where, params = event_where(f)
        for day, typ, n in db.query("SELECT e.date_start, e.type, count(*) FROM events e"
                                    + where + " GROUP BY e.date_start, e.type", params):
            if day:
                counts[(day, typ)] += int(n)
    if f.kind in ("all", "figures"):
        where, params = figure_where(f)
        for day, n in db.query("SELECT coalesce(f.period_end, a.published), count(*)"
                               + _FIGURE_FROM + where
                               + " GROUP BY coalesce(f.period_end, a.published)", params):
            if day:
                counts[(day, "figure")] += int(n)
    days = sorted({d for d, _ in counts})
    if not days:
        return [], "day"
    span = (_ordinal(days[-1]) - _ordinal(days[0]))
    step = "day" if span <= 90 else "month"
    binned: Counter[tuple[str, str]] = Counter()
    for (day, typ), n in counts.items():
        binned[(day if step == "day" else day[:7], typ)] += n
    return sorted((d, t, n) for (d, t), n in binned.items()), step


def _ordinal(day: str) -> int:
    from datetime import date

    return date.fromisoformat(day[:10]).toordinal()


def articles(db: Backend, f: Filters) -> tuple[list[dict[str, Any]], int]:
    """Stored articles, newest first, one page, and how many there are."""
    total = int(db.query("SELECT count(*) FROM articles")[0][0])
    rows = db.query("SELECT id, title, source, published, lang, url, length(text) "
                    "FROM articles ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
                    (f.limit, f.offset))
    keys = ("id", "title", "source", "published", "lang", "url", "chars")
    return [dict(zip(keys, r)) for r in rows], total


def search(db: Backend, f: Filters) -> tuple[list[dict[str, Any]], int]:
    """One page of articles matching ``f.q`` and how many match (the store's
    full-text index, read as it is: the app syncs it once when it starts); a
    query that cannot be read is a 400 naming ``q``."""
    from warta.store.search import QueryError, find

    try:
        return find(db, f.q or "", limit=f.limit, offset=f.offset)
    except QueryError as err:
        raise bad("q", str(err)) from None


def article_events(db: Backend, article_id: int) -> dict[str, dict[str, Any]]:
    """An article's stored events by their key in its extraction: store id and cluster."""
    return {r[0]: {"id": r[1], "cluster_id": r[2]} for r in db.query(
        "SELECT event_key, id, cluster_id FROM events WHERE article_id = ?", (article_id,))}


def choices(db: Backend) -> dict[str, Any]:
    """The values each filter can take in this store (menus, and what a
    request may ask for), and the canonical claimants' names."""
    return {**values(db), "claimant_names": claimant_names(db)}


def version(db: Backend) -> tuple[Any, ...]:
    """What changes when the store does: its newest article and extraction,
    its clusters and undone merges (for the answer cache)."""
    row = db.query("SELECT (SELECT max(id) FROM articles), (SELECT max(extracted_at) FROM "
                   "articles), (SELECT max(id) FROM clusters), (SELECT count(*) FROM clusters "
                   "WHERE undone_at IS NOT NULL)")[0]
    return tuple(row)
