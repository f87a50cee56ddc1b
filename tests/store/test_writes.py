"""Storing articles a batch at a time gives what storing them one by one
does: the same ids, rows and event clusters, duplicates skipped."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from warta.errors import UnstorableError
from warta.store import NewArticle, Source, Store, content_hash, open_store
from warta.store.testing import make_article, reset_postgres

# (extra text, make_article arguments): reports that do and do not describe one event
REPORTS: list[dict[str, Any]] = [
    {},  # Kursk, 5 January
    {"place": "Sudzha", "lat": 51.19, "lon": 35.27, "admin1": None},  # 80 km away
    {"lat": 51.75, "lon": 36.10},  # 6 km from the first: same event
    {"place": "Zheleznogorsk", "lat": 52.34, "lon": 35.35},  # same region
    {"lat": 51.74, "lon": 36.2, "day": date(2025, 1, 9)},  # another day
    {"lat": 51.74, "lon": 36.2, "event_type": "strike"},
    {"lat": 51.76, "lon": 36.1, "event_type": "strike"},  # the one before, again
    {"place": "Sudzha", "lat": 51.2, "lon": 35.28, "admin1": None},  # the second, again
    {"lat": 51.74, "lon": 36.2, "actor": "RU", "target": "UA"},  # other sides
    {"lat": 51.74, "lon": 36.2, "actor": None, "target": "RU"},  # unknown actor
]


def _items() -> list[NewArticle]:
    out = []
    for n, kw in enumerate(REPORTS):
        text, art = make_article(extra=f" Laporan {n}.", **kw)
        out.append(NewArticle(text, art, Source(f"{n}.txt"), content_hash(text), "v1"))
    out.append(out[2])  # the same article twice: stored once
    return out


def _fresh(url: str, tmp: Path, name: str) -> Store:
    if url.startswith("postgres"):
        reset_postgres(url)
        return open_store(url)
    return open_store(str(tmp / f"{name}.db"))


def _dump(store: Store) -> dict[str, Any]:
    return {
        "counts": store.counts(),
        "events": [(e.id, e.article_id, e.type, e.cluster_id) for e in store.event_rows()],
        "clusters": [(c.id, c.type, c.undone_at, c.members) for c in store.clusters()],
        "figures": [(f.id, f.article_id, f.value, f.text) for f in store.figure_rows()],
        "articles": [(a.id, a.content_hash, a.origin) for a in store.articles()],
    }


@pytest.mark.parametrize("first, per_write", [(0, 100), (2, 100), (5, 100), (0, 3)])
def test_a_batch_stores_what_one_by_one_does(store_url: str, tmp_path: Path, first: int,
                                             per_write: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.store import sql

    monkeypatch.setattr(sql, "WRITE_BATCH", per_write)  # a long list is written in parts
    items = _items()
    with _fresh(store_url, tmp_path, "one") as one:
        ids_one = [one.add_article(i.text, i.article, i.source, i.content_hash, i.version)
                   for i in items]
        want = _dump(one)
    assert ids_one[-1] is None and want["counts"]["clusters"] == 3
    with _fresh(store_url, tmp_path, "batch") as batch:
        ids = [batch.add_article(i.text, i.article, i.source, i.content_hash, i.version)
               for i in items[:first]]
        with batch.commit_group():
            ids += batch.add_articles(items[first:])
        assert ids == ids_one
        assert _dump(batch) == want
        assert batch.add_articles(items[:3]) == [None, None, None]  # all stored already
        assert _dump(batch) == want


def test_a_batch_with_refused_text_stores_nothing(store: Store) -> None:
    items = _items()[:3]
    items[1] = NewArticle("Laporan\x00 rusak.", items[1].article, Source("bad.txt"),
                          content_hash("Laporan\x00 rusak."), "v1")
    with pytest.raises(UnstorableError, match="NUL"):
        store.add_articles(items)
    assert store.counts()["articles"] == 0


def test_postgres_search_columns_are_written_with_the_article(store: Store) -> None:
    if store.db.name != "postgres":  # type: ignore[attr-defined]
        pytest.skip("SQLite indexes in bulk after an ingest")
    store.add_articles(_items()[:2])
    db = store.db  # type: ignore[attr-defined]
    assert db.query("SELECT count(*) FROM articles WHERE search_stems IS NULL") == [(0,)]
    assert [h.article_id for h in store.search("pertempuran Sudzha")] == [2]
