"""Ingest: read articles, extract each, store everything; and reprocess
stored articles with a newer extractor.

Each article is stored atomically and keyed by a content hash, so a batch
run twice stores each article once and a batch killed at any point is
finished by running it again; commits are grouped (up to COMMIT_EVERY
articles or COMMIT_SECONDS) so that storing is not the bottleneck. A bad
article is recorded in the store's errors and skipped.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
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
from warta.store import Store, content_hash

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


def ingest(paths: Iterable[str | Path], store: Store, *, lang: str | None = None,
           published: date | str | None = None, extractor: Extractor | None = None,
           version: str | None = None, progress: bool | None = None,
           workers: int | None = None, budget: float | None = BUDGET_SECONDS) -> Report:
    """Read, extract and store every article under ``paths``. ``lang`` and
    ``published`` apply to articles whose container does not say; ``version``
    (default :func:`current_version`) is recorded as the extractor version.
    ``workers`` extraction processes run beside the one that stores (default:
    one when there is a spare core; 0 extracts in this process). An article
    whose extraction takes more than ``budget`` seconds of CPU (None: no limit)
    is recorded as an error with that reason and the batch goes on."""
    extract = extractor or default_extractor()
    version = version or current_version()
    default_pub = parse_published(published)  # a date that is not one is refused, as by extract
    if workers is None:
        workers = 1 if (os.cpu_count() or 1) > 1 else 0
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
    failed_shown = 0
    group = _CommitGroup(store)
    try:
        for got in results:
            item = pending.popleft()
            gate.leave()
            group.open()
            if isinstance(item, ReadFailure):
                record_failure(store, rep, item.origin, item.locator, item.code, item.reason)
            else:
                store_one(item, hashes.popleft(), got, store, rep, version, default_pub)
            group.tick()
            if rep.failed != failed_shown:
                failed_shown = rep.failed
                bar.set_postfix(errors=failed_shown, refresh=False)
            bar.update(1)
        group.close()
        store.sync_search()
    finally:
        group.abort()
        gate.close()
        results.close()  # on an error: stops the workers and the reader
        bar.close()
        rep.read, rep.duplicates = counts["read"], rep.duplicates + counts["skipped"]
        rep.seconds = time.perf_counter() - t0
    return rep


class _CommitGroup:
    """Commits every COMMIT_EVERY articles or COMMIT_SECONDS, whichever comes first."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ctx: AbstractContextManager[Any] | None = None
        self.n, self.since = 0, 0.0

    def open(self) -> None:
        if self.ctx is None:
            self.ctx = self.store.commit_group()
            self.ctx.__enter__()
            self.n, self.since = 0, time.perf_counter()

    def tick(self) -> None:
        self.n += 1
        if self.n >= COMMIT_EVERY or time.perf_counter() - self.since >= COMMIT_SECONDS:
            self.close()

    def close(self) -> None:
        if self.ctx is not None:
            ctx, self.ctx = self.ctx, None
            ctx.__exit__(None, None, None)

    def abort(self) -> None:
        """After an error: roll back the open group (its articles are stored by the next run)."""
        if self.ctx is not None:
            ctx, self.ctx = self.ctx, None
            err = RuntimeError("ingest stopped")
            try:
                ctx.__exit__(RuntimeError, err, None)
            except RuntimeError:
                pass


def store_one(doc: Document, h: str, got: Outcome | None, store: Store, rep: Report,
              version: str, published: date | None) -> None:
    """Store one extracted article, or record why it failed; note an article
    whose relative dates had no publication date to count from."""
    src = doc.source
    if got is None or isinstance(got, tuple):
        code, reason = got or ("W900", "no extraction")
        record_failure(store, rep, src.origin, src.locator, code, reason)
        return
    if src.published is None and published is not None:
        src.published = published
    try:
        added = store.add_article(doc.text, got, src, h, version)
    except UnstorableError as err:  # text a backend refuses: recorded, the batch goes on
        record_failure(store, rep, src.origin, src.locator, err.code, str(err))
        return
    if added is None:
        rep.duplicates += 1
        return
    rep.stored += 1
    rep.words += len(doc.text.split())
    lost = unanchored(got) if got.published is None and src.published is None else []
    if lost:  # stored, but its relative dates could not be placed: say why
        rep.undated += 1
        store.record_error(src.origin, src.locator, UNDATED, note(lost))


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
