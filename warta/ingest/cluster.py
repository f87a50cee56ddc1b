"""Ingest across processes and machines with Dask.

``ingest_cluster(paths, db, workers=4)`` starts a local ``dask.distributed``
cluster of ``workers`` processes; ``scheduler="tcp://host:8786"`` uses a
running one instead (its workers need warta installed and, for SQLite, nothing
else; for PostgreSQL, a route to the database). Inputs are cut into
partitions (:mod:`warta.ingest.parts`); each task reads and extracts one.

- With SQLite (one file, one writer) workers return what they extracted and
  this process stores it, partition by partition, as results come in.
- With PostgreSQL each worker stores its own partitions, in commit groups
  over its own connection, so storing scales with the workers.

Either way an article is keyed by its content hash (``ON CONFLICT DO
NOTHING``), so a task that Dask re-runs after losing a worker stores nothing
twice, and a run stopped at any point is finished by running it again.
Needs ``pip install 'warta[dask]'``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.ingest.parts import Part, partitions, read_part
from warta.ingest.pool import run_one
from warta.ingest.readers import Document, ReadFailure, parse_date
from warta.ingest.runner import Batch, Report, current_version
from warta.model import Article
from warta.store import Store, content_hash, open_store

Outcome = Article | tuple[str, str]  # an article, or (error code, reason)


@dataclass(slots=True)
class PartResult:
    """What one worker did with one partition."""

    part: str
    items: list[tuple[Document | ReadFailure, str, Outcome | None]] = field(default_factory=list)
    report: Report = field(default_factory=Report)


def dask_available() -> bool:
    """Whether ``dask.distributed`` can be imported (``pip install 'warta[dask]'``)."""
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def _client(scheduler: str | None, workers: int) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise InputError("Dask is not installed", "pip install 'warta[dask]'") from err
    if scheduler:
        try:
            return Client(scheduler, timeout="20s")
        except OSError as err:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {err}",
                             "start one with `dask scheduler` or drop --scheduler "
                             "to use a local cluster") from err
    import logging

    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster)


def _extract(doc: Document, lang: str | None, published: date | None) -> Outcome:
    import warta

    src = doc.source
    got = run_one(warta.extract, (doc.text, src.lang or lang, src.published or published))
    return got if got is not None else ("W900", "no extraction")


def extract_part(part: Part, lang: str | None, published: date | None,
                 known: frozenset[str] | None = None) -> PartResult:
    """Task: read and extract one partition; already stored articles are skipped."""
    out = PartResult(part.label)
    for item in read_part(part):
        out.report.read += 1
        if isinstance(item, ReadFailure):
            out.items.append((item, "", None))
            continue
        h = content_hash(item.text)
        if known is not None and h in known:
            out.report.duplicates += 1
            continue
        out.items.append((item, h, _extract(item, lang, published)))
    return out


_STORES: dict[str, Store] = {}


def _worker_store(db: str) -> Store:
    """One connection per worker process, reused by its tasks."""
    if db not in _STORES:
        _STORES[db] = open_store(db)
    return _STORES[db]


def store_part(part: Part, db: str, lang: str | None, published: date | None,
               version: str) -> PartResult:
    """Task: read, extract and store one partition on this worker's connection."""
    store = _worker_store(db)
    out = PartResult(part.label)
    todo = []
    for item in read_part(part):
        out.report.read += 1
        if isinstance(item, Document) and store.has_article(content_hash(item.text)):
            out.report.duplicates += 1
            continue
        todo.append(item)
    batch = Batch(store, out.report, version, published)  # as a one-process ingest stores
    for item in todo:
        if isinstance(item, ReadFailure):
            batch.add(item, "", None)
        else:
            batch.add(item, content_hash(item.text), _extract(item, lang, published))
        if batch.due():
            batch.flush()
    batch.flush()
    return out


def _merge(total: Report, part: Report) -> None:
    total.read += part.read
    total.stored += part.stored
    total.duplicates += part.duplicates
    total.failed += part.failed
    total.words += part.words
    total.undated += part.undated
    total.failures.extend(part.failures)


def ingest_cluster(paths: Iterable[str | Path], db: str, *, workers: int = 2,
                   scheduler: str | None = None, lang: str | None = None,
                   published: date | str | None = None, version: str | None = None,
                   progress: bool | None = None,
                   on_part: Callable[[PartResult], None] | None = None) -> Report:
    """Ingest ``paths`` into the store at ``db`` (a path or ``postgresql://`` URL)
    on a Dask cluster: a local one of ``workers`` processes, or the one at
    ``scheduler``. ``on_part`` is called with each finished partition.
    Returns what was read, stored, skipped and failed."""
    from dask.distributed import as_completed
    from tqdm import tqdm

    version = version or current_version()
    default_pub = parse_date(published) if isinstance(published, str) else published
    postgres = str(db).startswith(("postgresql://", "postgres://"))
    store = open_store(str(db))
    rep = Report()
    t0 = time.perf_counter()
    parts = list(partitions(paths))
    client = _client(scheduler, workers)
    on = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(parts), unit=" parts", file=sys.stderr, disable=not on, dynamic_ncols=True)
    try:
        if on and client.dashboard_link:
            print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        if postgres:
            futures = [client.submit(store_part, p, str(db), lang, default_pub, version,
                                     key=f"warta-store-{i}-{p.label}", pure=False)
                       for i, p in enumerate(parts)]
        else:
            [known] = client.scatter([frozenset(store.content_hashes())], broadcast=True)
            futures = [client.submit(extract_part, p, lang, default_pub, known,
                                     key=f"warta-extract-{i}-{p.label}", pure=False)
                       for i, p in enumerate(parts)]
        for fut in as_completed(futures):
            got: PartResult = fut.result()
            if postgres:
                _merge(rep, got.report)
            else:
                rep.read += got.report.read
                rep.duplicates += got.report.duplicates
                batch = Batch(store, rep, version, default_pub)
                for item, h, outcome in got.items:
                    batch.add(item, h, outcome)
                    if batch.due():
                        batch.flush()
                batch.flush()
            if on_part is not None:
                on_part(got)
            bar.update(1)
            bar.set_postfix(stored=rep.stored, errors=rep.failed, refresh=False)
            fut.release()
        store.sync_search()
    finally:
        bar.close()
        client.close()
        store.close()
        rep.seconds = time.perf_counter() - t0
    return rep
