"""Ingest: read articles, extract each, store everything; and reprocess
stored articles with a newer extractor.

Articles are keyed by a content hash and stored in batches (up to
COMMIT_EVERY articles or COMMIT_SECONDS), each batch in one transaction and
a few round trips, so that storing is not the bottleneck; a batch run twice
stores each article once and a batch killed at any point is finished by
running it again. A bad article is recorded in the store's errors and skipped.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warta.errors import UnstorableError
from warta.ingest.pool import BUDGET_SECONDS, Gate, Job, Outcome, outcomes, run_one
from warta.ingest.readers import Document, ReadFailure, read
from warta.model import Article
from warta.pipeline.extract import parse_published
from warta.pipeline.undated import UNDATED, note, unanchored, warning
from warta.store import NewArticle, Store, content_hash
from warta.store.writes import check_storable

Extractor = Callable[..., Article]
COMMIT_EVERY = 50
COMMIT_SECONDS = 1.0


def current_version() -> str:
    """The version of the extractor that :func:`warta.extract` runs."""
    import warta

    try:
        from warta.pipeline import extract as mod
    except ImportError:
        return warta.__version__
    for name in ("EXTRACTOR_VERSION", "VERSION"):
        v = getattr(mod, name, None)
        if isinstance(v, str) and v:
            return v
    return warta.__version__


def default_extractor() -> Extractor:
    import warta

    return warta.extract


@dataclass(slots=True)
class Report:
    """What one ingest or reprocess run did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    seconds: float = 0.0
    words: int = 0
    undated: int = 0  # stored articles whose relative dates had no publication date
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def summary(self, verb: str = "stored") -> str:
        msg = (f"{self.stored} {verb}, {self.duplicates} already stored, "
               f"{self.failed} failed ({self.read} read in {self.seconds:.1f}s, "
               f"{self.rate:.1f} articles/s)")
        if self.failed:
            msg += "; see `warta errors` for what failed and why"
        if self.undated:
            msg += "\n" + warning(self.undated) + "; `warta errors` lists them"
        return msg


def _progress(enabled: bool | None, total: int | None = None) -> Any:
    from tqdm import tqdm

    on = sys.stderr.isatty() if enabled is None else enabled
    bar = tqdm(total=total, unit=" articles", file=sys.stderr, disable=not on,
               dynamic_ncols=True, mininterval=0.5)
    bar.set_postfix(errors=0, refresh=False)
    return bar


MAX_DEFAULT_WORKERS = 4  # storing takes about a fifth of extracting: more would wait on it


def default_workers(cores: int | None = None) -> int:
    """Extraction processes when none are asked for: one per core this process may
    use (storing mostly waits on them, so it needs no core of its own), up to
    MAX_DEFAULT_WORKERS; none on one core, where a pool only adds hand-overs."""
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 0 if cores <= 1 else min(cores, MAX_DEFAULT_WORKERS)


def ingest(paths: Iterable[str | Path], store: Store, *, lang: str | None = None,
           published: date | str | None = None, extractor: Extractor | None = None,
           version: str | None = None, progress: bool | None = None,
           workers: int | None = None, budget: float | None = BUDGET_SECONDS) -> Report:
    """Read, extract and store every article under ``paths``. ``lang`` and
    ``published`` apply to articles whose container does not say; ``version``
    (default :func:`current_version`) is recorded as the extractor version.
    ``workers`` extraction processes run beside the one that stores (default:
    :func:`default_workers`; 0 extracts in this process). An article
    whose extraction takes more than ``budget`` seconds of CPU (None: no limit)
    is recorded as an error with that reason and the batch goes on."""
    extract = extractor or default_extractor()
    version = version or current_version()
    default_pub = parse_published(published)  # a date that is not one is refused, as by extract
    if workers is None:
        workers = default_workers()
    rep = Report()
    t0 = time.perf_counter()
    seen = store.content_hashes()
    bar = _progress(progress)
    pending: deque[Document | ReadFailure] = deque()
    hashes: deque[str] = deque()
    counts = {"read": 0, "skipped": 0}
    gate = Gate(workers > 0)

    def jobs() -> Iterator[Job | None]:
        for item in read(paths):
            counts["read"] += 1
            if isinstance(item, ReadFailure):
                gate.enter()
                pending.append(item)
                yield None
                continue
            h = content_hash(item.text)
            if h in seen:
                counts["skipped"] += 1
                bar.update(1)
                continue
            seen.add(h)
            gate.enter()
            pending.append(item)
            hashes.append(h)
            src = item.source
            yield item.text, src.lang or lang, src.published or default_pub

    results = outcomes(jobs(), extract, workers, budget)
    batch = Batch(store, rep, version, default_pub)
    try:
        for got in results:
            item = pending.popleft()
            gate.leave()
            if isinstance(item, ReadFailure):
                batch.add(item, "", None)
            else:
                batch.add(item, hashes.popleft(), got)
            if batch.due():
                batch.flush()
                bar.set_postfix(errors=rep.failed, refresh=False)
            bar.update(1)
        batch.flush()
        store.sync_search()
    finally:
        gate.close()
        results.close()  # on an error: stops the workers and the reader
        bar.close()
        rep.read, rep.duplicates = counts["read"], rep.duplicates + counts["skipped"]
        rep.seconds = time.perf_counter() - t0
    return rep


class Batch:
    """Extracted articles and failures waiting to be stored, in input order.
    :meth:`flush` stores them in one commit (the articles in a few round
    trips, see :meth:`warta.store.Store.add_articles`) and records the
    failures, in order; :meth:`due` says when: COMMIT_EVERY items or
    COMMIT_SECONDS after the first. A run stopped before a flush loses only
    those items, which the next run stores."""

    def __init__(self, store: Store, rep: Report, version: str, published: date | None) -> None:
        self.store, self.rep, self.version, self.published = store, rep, version, published
        self.items: list[tuple[Document | ReadFailure, str, Outcome | None]] = []
        self.since = 0.0

    def add(self, item: Document | ReadFailure, h: str, got: Outcome | None) -> None:
        """Queue a read failure, or a document with its content hash and extraction."""
        if not self.items:
            self.since = time.perf_counter()
        self.items.append((item, h, got))

    def due(self) -> bool:
        return (len(self.items) >= COMMIT_EVERY
                or time.perf_counter() - self.since >= COMMIT_SECONDS)

    def flush(self) -> None:
        items, self.items = self.items, []
        if not items:
            return
        todo: list[NewArticle] = []
        fates: list[tuple[str, str] | NewArticle] = []  # (code, reason), or an article to store
        for item, h, got in items:
            if isinstance(item, ReadFailure):
                fates.append((item.code, item.reason))
                continue
            fate = _prepare(item, h, got, self.version, self.published)
            if isinstance(fate, NewArticle):
                todo.append(fate)
            fates.append(fate)
        with self.store.commit_group():
            ids = iter(self.store.add_articles(todo))
            for (item, _, _), fate in zip(items, fates):
                if isinstance(fate, tuple):
                    src = item if isinstance(item, ReadFailure) else item.source
                    origin, locator = src.origin, src.locator
                    record_failure(self.store, self.rep, origin, locator, fate[0], fate[1])
                elif next(ids) is None:
                    self.rep.duplicates += 1
                else:
                    self._stored(fate)

    def _stored(self, new: NewArticle) -> None:
        """Count a stored article; note one whose relative dates had no
        publication date to count from."""
        rep, src, got = self.rep, new.source, new.article
        rep.stored += 1
        rep.words += len(new.text.split())
        lost = unanchored(got) if got.published is None and src.published is None else []
        if lost:  # stored, but its relative dates could not be placed: say why
            rep.undated += 1
            self.store.record_error(src.origin, src.locator, UNDATED, note(lost))


def _prepare(doc: Document, h: str, got: Outcome | None, version: str,
             published: date | None) -> NewArticle | tuple[str, str]:
    """The article to store, or (code, reason) saying why it cannot be."""
    src = doc.source
    if got is None or isinstance(got, tuple):
        code, reason = got or ("W900", "no extraction")
        return code, reason
    if src.published is None and published is not None:
        src.published = published
    try:
        check_storable(doc.text, src)
    except UnstorableError as err:  # text a backend refuses: recorded, the batch goes on
        return err.code, str(err)
    return NewArticle(doc.text, got, src, h, version)


def record_failure(store: Store, rep: Report, origin: str, locator: str, code: str,
          reason: str) -> None:
    rep.failed += 1
    rep.failures.append((origin, locator, reason))
    store.record_error(origin, locator, code, reason)


def reprocess(store: Store, *, everything: bool = False, extractor: Extractor | None = None,
              version: str | None = None, progress: bool | None = None,
              budget: float | None = BUDGET_SECONDS) -> Report:
    """Re-extract stored articles made by another extractor version than
    ``version`` (default :func:`current_version`), or all of them; one over
    ``budget`` CPU seconds keeps its old extraction and is recorded."""
    extract = extractor or default_extractor()
    version = version or current_version()
    rep = Report()
    t0 = time.perf_counter()
    todo = list(store.articles(not_version=None if everything else version))
    bar = _progress(progress, total=len(todo))
    try:
        for stored in todo:
            rep.read += 1
            got = run_one(extract, (stored.text, stored.lang, stored.published), budget)
            if isinstance(got, tuple):
                record_failure(store, rep, f"article {stored.id}", "reprocess", *got)
            elif got is not None:
                store.replace_extraction(stored.id, got, version)
                rep.stored += 1
            bar.update(1)
    finally:
        bar.close()
        rep.seconds = time.perf_counter() - t0
    return rep
