"""Ingest runs: idempotence, bad articles recorded and skipped, resume after
a kill, reprocess after an extractor upgrade."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from warta.ingest import ingest, reprocess
from warta.ingest.pool import close_pools
from warta.model import Article
from warta.store import Store, open_store
from warta.store.testing import fake_extract


def _corpus(path: Path, n: int, bad_every: int = 0) -> Path:
    lines = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            lines.append("{broken json line")
        else:
            lines.append(json.dumps({"text": f"Laporan {i}: {100 + i} tentara tewas di garis depan.",
                                     "published": "2025-01-05", "lang": "id"}))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _counts(store: Store) -> tuple[int, int, int]:
    c = store.counts()
    return c["articles"], c["figures"], c["errors"]


def test_ingest_twice_stores_once(store: Store, tmp_path: Path) -> None:
    src = _corpus(tmp_path / "a.jsonl", 12, bad_every=5)
    first = ingest([src], store, extractor=fake_extract, progress=False)
    assert (first.stored, first.failed, first.duplicates) == (10, 2, 0)
    assert "see `warta errors`" in first.summary()
    again = ingest([src, src], store, extractor=fake_extract, progress=False)
    assert (again.stored, again.duplicates) == (0, 20)
    assert _counts(store) == (10, 10, 2)
    assert [e.locator for e in store.errors()] == ["line 5", "line 10"]


def test_ingest_defaults_apply_when_container_is_silent(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Sebanyak 12 drone ditembak jatuh.", "utf-8")
    seen: list[tuple[object, object]] = []

    def spy(text: str, lang: str | None = None, published: object = None) -> Article:
        seen.append((lang, published))
        return fake_extract(text, lang, published)  # type: ignore[arg-type]

    ingest([tmp_path], store, lang="id", published="2025-01-06", extractor=spy,
           progress=False, workers=0)
    assert [(lang, str(pub)) for lang, pub in seen] == [("id", "2025-01-06")]
    (art,) = store.articles()
    assert str(art.published) == "2025-01-06" and art.lang == "id"


def test_ingest_extractor_crash_is_recorded_and_batch_goes_on(store: Store,
                                                              tmp_path: Path) -> None:
    src = _corpus(tmp_path / "a.jsonl", 4)

    def flaky(text: str, lang: str | None = None, published: object = None) -> Article:
        if "Laporan 1:" in text:
            raise ValueError("boom")
        return fake_extract(text, lang, published)  # type: ignore[arg-type]

    rep = ingest([src], store, extractor=flaky, progress=False, workers=0)
    assert (rep.stored, rep.failed) == (3, 1)
    (err,) = store.errors()
    assert err.locator == "line 2" and err.code == "W900" and "boom" in err.reason


_CHILD = """
import sys, time
from warta.ingest import ingest
from warta.store import open_store
from warta.store.testing import fake_extract

def slow(text, lang=None, published=None):
    time.sleep(0.03)
    return fake_extract(text, lang, published)

ingest([sys.argv[2]], open_store(sys.argv[1]), extractor=slow, progress=False)
"""


def test_ingest_resumes_after_kill(store_url: str, tmp_path: Path) -> None:
    src = _corpus(tmp_path / "a.jsonl", 80, bad_every=9)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, store_url, str(src)], env=env)
    watch = open_store(store_url)
    try:
        deadline = time.monotonic() + 60
        while watch.counts()["articles"] < 10 and time.monotonic() < deadline:
            assert proc.poll() is None, "the child ended before it could be killed"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = watch.counts()["articles"]
        assert 10 <= partial < 72
        rep = ingest([src], watch, extractor=fake_extract, progress=False)
        assert rep.duplicates == partial and rep.stored == 72 - partial
        resumed = _counts(watch)
    finally:
        watch.close()
    clean_db = str(tmp_path / "clean.db")
    with open_store(clean_db) as clean:  # type: ignore[attr-defined]
        ingest([src], clean, extractor=fake_extract, progress=False)
        assert resumed == _counts(clean) == (72, 72, 8)


def test_reprocess_reextracts_other_versions(store: Store, tmp_path: Path) -> None:
    src = _corpus(tmp_path / "a.jsonl", 3)
    ingest([src], store, extractor=fake_extract, version="v1", progress=False)

    def newer(text: str, lang: str | None = None, published: object = None) -> Article:
        art = fake_extract(text, lang, published)  # type: ignore[arg-type]
        art.claims[0].figures[0].outcome = "wounded"
        return art

    assert reprocess(store, extractor=newer, version="v1", progress=False).stored == 0
    rep = reprocess(store, extractor=newer, version="v2", progress=False)
    assert rep.stored == 3
    assert {f.outcome for f in store.figure_rows()} == {"wounded"}
    assert {a.extractor_version for a in store.articles()} == {"v2"}
    assert reprocess(store, extractor=newer, version="v2", progress=False).stored == 0
    assert reprocess(store, extractor=newer, version="v2", everything=True,
                     progress=False).stored == 3
    assert store.counts()["figures"] == 3


def test_ingest_bad_inputs_recorded_batch_goes_on(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("Sebanyak 12 tentara tewas di Bakhmut.", "utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "c_latin.txt").write_bytes("Kherson: 5 tewas, kata pejabat é".encode("latin-1"))
    (tmp_path / "d_nav.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp_path / "e_lines.jsonl").write_text(
        '{"text": "Russia said 31 drones were downed."}\n[1, 2\n', "utf-8")
    (tmp_path / "f_good.html").write_text(
        "<html><head><title>Laporan</title></head><body><article><p>Pejabat setempat "
        "mengatakan 7 warga sipil terluka dalam serangan artileri di kota itu.</p>"
        "</article></body></html>", "utf-8")
    rep = ingest([tmp_path], store, extractor=fake_extract, progress=False)
    assert (rep.read, rep.stored, rep.failed) == (7, 3, 4)
    assert "4 failed" in rep.summary() and "`warta errors`" in rep.summary()
    errs = {(Path(e.origin).name, e.locator): e.reason for e in store.errors()}
    assert set(errs) == {("b_binary.txt", ""), ("c_latin.txt", ""), ("d_nav.html", ""),
                         ("e_lines.jsonl", "line 2")}
    assert errs[("b_binary.txt", "")].startswith("holds a NUL byte at byte 0")
    assert errs[("c_latin.txt", "")].startswith("is not valid UTF-8 (byte 31)")
    assert errs[("d_nav.html", "")].startswith("HTML with no main text")
    assert errs[("e_lines.jsonl", "line 2")].startswith("malformed JSON")
    assert "byte 47 of the file" in errs[("e_lines.jsonl", "line 2")]
    titles = sorted(a.title or "" for a in store.articles())
    assert titles == ["", "", "Laporan"]


def test_ingest_store_failure_stops_workers_without_hanging(tmp_path: Path) -> None:
    import threading

    from warta.errors import StoreError

    src = _corpus(tmp_path / "a.jsonl", 400)
    store = open_store(str(tmp_path / "w.db"))
    calls = {"n": 0, "stored": 0}
    real = store.add_articles

    def broken(items: list[Any]) -> list[int | None]:
        calls["n"] += 1
        if calls["n"] == 3:
            raise StoreError("disk full")
        calls["stored"] += len(items)
        return real(items)

    store.add_articles = broken  # type: ignore[method-assign]
    raised: list[BaseException] = []

    def run() -> None:
        try:
            ingest([src], store, extractor=fake_extract, progress=False, workers=1)
        except BaseException as err:  # noqa: BLE001
            raised.append(err)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive(), "ingest hung after a store error"
    assert len(raised) == 1 and "disk full" in str(raised[0])
    # the failing batch is rolled back, the two before it stay; a rerun stores everything, once
    assert 0 < store.counts()["articles"] == calls["stored"] < 400
    store.add_articles = real  # type: ignore[method-assign]
    ingest([src], store, extractor=fake_extract, progress=False, workers=1)
    assert store.counts()["articles"] == 400


def _slow_on_marker(text: str, lang: str | None = None, published: object = None) -> Article:
    """The fake extractor, but an article holding SLOW spins far past any budget."""
    if "SLOW" in text:
        n = 0
        while True:  # only the time budget stops this
            n += 1
    return fake_extract(text, lang=lang, published=published)


@pytest.mark.parametrize("workers", [0, 1])
def test_ingest_article_over_time_budget_is_recorded_batch_goes_on(tmp_path: Path,
                                                                    workers: int) -> None:
    src = tmp_path / "a.jsonl"
    rows = [{"text": f"Laporan {i}: {100 + i} tentara tewas.", "published": "2025-01-05"}
            for i in range(4)]
    rows.insert(2, {"text": "SLOW Laporan: 7 tentara tewas.", "published": "2025-01-05"})
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    store = open_store(str(tmp_path / "w.db"))
    try:
        rep = ingest([src], store, extractor=_slow_on_marker, progress=False, workers=workers,
                     budget=0.5)
    finally:
        close_pools()  # this extractor's workers are of no use to other tests
    assert (rep.stored, rep.failed) == (4, 1)
    (err,) = store.errors()
    assert (err.locator, err.code) == ("line 3", "W901")
    assert "time budget" in err.reason and "--budget" in err.reason
    store.close()


def test_reprocess_article_over_time_budget_keeps_its_extraction(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "a.jsonl", 3)
    store = open_store(str(tmp_path / "w.db"))
    ingest([src], store, extractor=fake_extract, progress=False, workers=0)

    def slow_second(text: str, lang: str | None = None, published: object = None) -> Article:
        return _slow_on_marker(text.replace("Laporan 1:", "SLOW"), lang, published)

    rep = reprocess(store, everything=True, extractor=slow_second, version="v2", budget=0.5)
    assert (rep.stored, rep.failed) == (2, 1)
    (err,) = store.errors()
    assert err.code == "W901" and "time budget" in err.reason
    assert sorted(a.extractor_version for a in store.articles())[0] != "v2"
    store.close()


def test_default_workers_one_per_core_up_to_a_cap() -> None:
    from warta.ingest.runner import MAX_DEFAULT_WORKERS, default_workers

    assert default_workers(1) == 0  # one core: extract in this process
    assert default_workers(2) == 2  # storing waits on extraction: both cores extract
    assert default_workers(64) == MAX_DEFAULT_WORKERS
    assert 0 <= default_workers() <= MAX_DEFAULT_WORKERS


def test_ingest_by_default_stores_what_one_process_stores(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.ingest.runner as runner

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"Report {i}: shelling hit a village.", "lang": "en"}) + "\n"
                           for i in range(12)), "utf-8")
    monkeypatch.setattr(runner, "default_workers", lambda: 2)
    stores = []
    for n, workers in enumerate((None, 0)):
        store = open_store(str(tmp_path / f"s{n}.db"))
        rep = ingest([src], store, extractor=fake_extract, progress=False, workers=workers)
        assert rep.stored == 12
        stores.append([a.text for a in store.articles()])
        store.close()
    close_pools()
    assert stores[0] == stores[1]
