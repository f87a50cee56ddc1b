"""Writing extracted articles, a batch at a time: the article rows in one
pipelined statement, every derived table's rows in one bulk write each (COPY
on PostgreSQL), and the batch's events clustered in memory after one query
for the candidates already stored (:func:`warta.store.clusters.plan`).

The outcome is what storing the articles one by one, in order, would give:
the same ids, rows and clusters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from warta.errors import UnstorableError
from warta.model import Article
from warta.store import clusters
from warta.store.backend import Backend
from warta.store.records import NewArticle, Source, refused_character
from warta.store.search import index_columns

Row = tuple[Any, ...]

ARTICLE_COLUMNS = ("content_hash", "text", "lang", "published", "title", "url", "source",
                   "origin", "locator", "extractor_version", "extracted_at", "result_json")
# PostgreSQL's search index is computed from columns of the article row: they are
# filled as the row is written, not rewritten later (SQLite's index is built in bulk)
SEARCH_COLUMNS = ("search_words", "search_stems")

# the columns each derived table is written with, in row order
COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("article_id", "idx", "span_start", "span_end"),
    "claims": ("article_id", "idx", "claim_key", "claimant_text", "claimant_start",
               "claimant_end", "claimant_country", "claimant_kind", "cue_text", "cue_start",
               "cue_end", "span_start", "span_end", "sentence", "extractor_version",
               "claimant_key", "disputed_by"),
    "figures": ("article_id", "claim_idx", "figure_key", "text", "span_start", "span_end",
                "value", "low", "high", "bound", "number_text", "unit", "outcome", "side",
                "period_start", "period_end", "place", "running_total", "sentence",
                "confidence", "extractor_version"),
    "places": ("article_id", "text", "span_start", "span_end", "name", "lat", "lon", "country",
               "precision", "found", "geonameid", "admin1", "actor_use", "extractor_version"),
    "times": ("article_id", "text", "span_start", "span_end", "start_date", "end_date",
              "precision", "kind", "extractor_version"),
    "events": ("id", "article_id", "event_key", "type", "actor", "target", "place_name", "lat",
               "lon", "country", "precision", "admin1", "date_start", "date_end",
               "date_source", "trigger_text", "trigger_start", "trigger_end", "evidence",
               "sentence", "extractor_version", "cluster_id"),
    "clusters": ("id", "type", "seed_event", "created_at"),
    "cluster_members": ("cluster_id", "event_id", "reason"),
}


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def check_storable(text: str, source: Source) -> None:
    """Raise :class:`UnstorableError` for text that some backend refuses (NUL,
    broken UTF-16), so every backend refuses the same articles."""
    for what, value in (("text", text), ("title", source.title), ("url", source.url),
                        ("source", source.source), ("origin", source.origin),
                        ("locator", source.locator)):
        why = refused_character(value, what) if value else None
        if why:
            raise UnstorableError(f"cannot store the article: {why}",
                                  "remove the character from the input and ingest it again")


def add_articles(db: Backend, items: Sequence[NewArticle], at: str,
                 clear_errors: bool) -> list[int | None]:
    """Store ``items`` in the caller's transaction; the id of each, or None
    for one whose content hash is already stored. ``clear_errors``: drop the
    error rows of the inputs stored (an earlier run could not read them)."""
    for it in items:
        check_storable(it.text, it.source)
    cols = ARTICLE_COLUMNS + (SEARCH_COLUMNS if db.name == "postgres" else ())
    rows = []
    for it in items:
        art, src = it.article, it.source
        row: Row = (it.content_hash, it.text, art.lang or src.lang,
                    iso(art.published or src.published), src.title, src.url, src.source,
                    src.origin, src.locator, it.version, at,
                    json.dumps(art.to_json(), ensure_ascii=False, allow_nan=False))
        if len(cols) > len(row):
            row += index_columns(src.title, it.text, art.lang or src.lang)
        rows.append(row)
    ids = db.insert_ids(f"INSERT INTO articles ({', '.join(cols)}) "
                       f"VALUES ({', '.join('?' * len(cols))}) "
                       "ON CONFLICT (content_hash) DO NOTHING", rows)
    write_derived(db, [(aid, it.article, it.version, it.article.published or it.source.published)
                       for aid, it in zip(ids, items) if aid is not None], at)
    if clear_errors:
        db.executemany("DELETE FROM errors WHERE origin = ? AND locator = ?",
                       [(it.source.origin, it.source.locator)
                        for aid, it in zip(ids, items) if aid is not None])
    return ids


@dataclass(slots=True)
class _Rows:
    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in COLUMNS})
    events: list[list[clusters.EventKey]] = field(default_factory=list)  # per article


def write_derived(db: Backend, todo: Sequence[tuple[int, Article, str, date | None]],
                  at: str) -> None:
    """Write the derived rows of stored articles (id, extraction, extractor
    version, publication date), in order, and cluster their events."""
    out = _Rows()
    for aid, art, version, published in todo:
        _rows(out, aid, art, version, published)
    events = out.tables["events"]
    if events:
        ids = db.new_ids("events", len(events))
        keys = [k for per in out.events for k in per]
        for i, (key, eid) in enumerate(zip(keys, ids)):
            key.id = eid
            events[i] = (eid, *events[i][1:])
        made = clusters.plan(db, out.events, at)
        by_id = {k.id: k.cluster_id for k in keys}
        out.tables["events"] = [(*r[:-1], by_id[r[0]]) for r in events]
        out.tables["clusters"] = made.clusters
        out.tables["cluster_members"] = made.members
        db.executemany("UPDATE events SET cluster_id = ? WHERE id = ?",
                       [(c, e) for c, e in made.seeded if e not in by_id])  # stored before
    for table, cols in COLUMNS.items():
        db.copy(table, cols, out.tables[table])


def _rows(out: _Rows, aid: int, art: Article, version: str, published: date | None) -> None:
    t = out.tables
    t["sentences"].extend((aid, s.index, s.start, s.end) for s in art.sentences)
    for ci, claim in enumerate(art.claims):
        c, cue = claim.claimant, claim.cue
        t["claims"].append((
            aid, ci, claim.id, c.text, c.start, c.end, c.country, c.kind,
            cue.text if cue else None, cue.start if cue else None,
            cue.end if cue else None, claim.start, claim.end, claim.sentence, version,
            c.key or None, claim.disputed_by.id if claim.disputed_by is not None else None))
        for f in claim.figures:
            q = f.quantity
            t["figures"].append((
                aid, ci, f.id, f.text, f.start, f.end, q.value, q.low, q.high,
                q.bound, q.text, f.unit, f.outcome, f.side,
                iso(f.period.start) if f.period else None,
                iso(f.period.end) if f.period else None, f.place,
                int(f.running_total), f.sentence, f.confidence, version))
    t["places"].extend(
        (aid, p.text, p.start, p.end, p.name, p.lat, p.lon, p.country, p.precision,
         int(p.found), p.geonameid, p.admin1, int(p.actor_use), version) for p in art.places)
    t["times"].extend(
        (aid, x.text, x.start, x.end, iso(x.start_date), iso(x.end_date), x.precision, x.kind,
         version) for x in art.times)
    keys: list[clusters.EventKey] = []
    for ev in art.events:
        pl = ev.place
        dsrc: str | None
        if ev.date:
            d0, d1, dsrc = iso(ev.date.start), iso(ev.date.end), "text"
        else:
            d0 = d1 = iso(published)
            dsrc = "published" if published else None
        tr = ev.trigger
        place = (pl.name, pl.lat, pl.lon, pl.country, pl.precision, pl.admin1) if pl \
            else (None,) * 6
        t["events"].append((
            0, aid, ev.id, ev.type, ev.actor, ev.target, *place, d0, d1, dsrc,
            tr.text if tr else None, tr.start if tr else None, tr.end if tr else None,
            json.dumps([[e.start, e.end] for e in ev.evidence]), ev.sentence, version, None))
        keys.append(clusters.EventKey(0, aid, ev.type, ev.actor, ev.target, place[1],
                                      place[2], place[3], place[4], place[5], place[0],
                                      d0, d1, None))
    out.events.append(keys)
