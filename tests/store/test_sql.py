"""The store on both backends: round trip, idempotence, migrations, errors,
full-text search, reprocess."""

from __future__ import annotations

from datetime import date

import pytest

from warta.store import Source, Store, content_hash, open_store
from warta.store.migrations import MIGRATIONS
from warta.store.search import QueryError
from warta.store.testing import make_article


def _add(store: Store, **kw: object) -> int | None:
    text, art = make_article(**kw)  # type: ignore[arg-type]
    return store.add_article(text, art, Source("a.jsonl", "line 1", source="Antara"),
                             content_hash(text), art.version)


def test_store_round_trip_keeps_text_and_offsets(store: Store) -> None:
    text, art = make_article()
    aid = store.add_article(text, art, Source("a.txt"), content_hash(text), "v1")
    assert aid is not None
    got = store.article(aid)
    assert got is not None and got.text == text and got.published == date(2025, 1, 5)
    assert got.extractor_version == "v1"
    (fig,) = store.figure_rows()
    assert text[fig.start:fig.end] == fig.text == "340 tentara"
    assert fig.claimant == "Kementerian Pertahanan Rusia" and fig.value == 340
    assert fig.evidence_text == text[fig.evidence_start:fig.evidence_end]
    assert fig.evidence_text.startswith("Kementerian") and fig.evidence_text.endswith("Kursk.")
    (ev,) = store.event_rows()
    assert ev.evidence_text == "Serangan itu terjadi pada hari Minggu."
    assert [text[s:e] for s, e in ev.evidence] == [ev.evidence_text]
    assert ev.date_start == "2025-01-05" and ev.date_source == "text"
    assert store.result_json(aid)["claims"][0]["figures"][0]["value"] == 340
    c = store.counts()
    assert (c["articles"], c["claims"], c["figures"], c["events"], c["places"], c["times"],
            c["sentences"]) == (1, 1, 1, 1, 1, 1, 2)


def test_store_same_article_twice_is_stored_once(store: Store) -> None:
    assert _add(store) is not None
    assert _add(store) is None
    text, _ = make_article()
    assert store.has_article(content_hash(text))
    assert store.has_article(content_hash("  " + text + "\n"))
    assert store.counts()["articles"] == 1 and store.counts()["figures"] == 1


def test_store_migrations_recorded_and_applied_once(store_url: str) -> None:
    s = open_store(store_url)
    assert s.applied == [m.name for m in MIGRATIONS]
    s.close()
    s = open_store(store_url)
    assert s.applied == []
    names = [r[0] for r in s.db.query(  # type: ignore[attr-defined]
        "SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [m.name for m in MIGRATIONS]
    s.close()


def test_store_errors_recorded_once_per_input(store: Store) -> None:
    store.record_error("bad.jsonl", "line 2", "W100", "malformed JSON")
    store.record_error("bad.jsonl", "line 2", "W100", "malformed JSON")
    store.record_error("x.bin", "", "W100", "binary")
    errs = store.errors()
    assert [(e.origin, e.locator, e.reason) for e in errs] == [
        ("bad.jsonl", "line 2", "malformed JSON"), ("x.bin", "", "binary")]


def test_store_success_clears_earlier_error(store: Store) -> None:
    store.record_error("a.jsonl", "line 1", "W900", "extractor failed")
    _add(store)
    assert store.errors() == []


def test_store_search_finds_words_in_text(store: Store) -> None:
    _add(store)
    _add(store, claimant="Staf Umum Ukraina", country="UA", place="Sudzha", lat=51.19,
         lon=35.27)
    hits = store.search("Sudzha")
    assert len(hits) == 1 and "Sudzha" in hits[0].snippet
    assert len(store.search("tentara tewas")) == 2
    assert store.search("Bakhmut") == []
    with pytest.raises(QueryError, match="quote"):
        store.search('"')


def test_store_replace_extraction_swaps_rows(store: Store) -> None:
    aid = _add(store)
    assert aid is not None
    text, art = make_article()
    art.claims[0].figures[0].quantity.value = 341
    art.claims[0].figures[0].outcome = "wounded"
    store.replace_extraction(aid, art, "v2")
    (fig,) = store.figure_rows()
    assert fig.value == 341 and fig.outcome == "wounded" and fig.text == "340 tentara"
    got = store.article(aid)
    assert got is not None and got.extractor_version == "v2" and got.text == text
    assert store.counts()["events"] == 1
    assert list(store.articles(not_version="v2")) == []
    assert [a.id for a in store.articles(not_version="v1")] == [aid]
