"""Extraction beside storage: articles are extracted in worker processes
(forked once the extractor's data is loaded, so they share it) while this
process stores the previous ones, in input order; or all in this process."""

from __future__ import annotations

import gc
import multiprocessing as mp
import signal
import threading
from collections.abc import Callable, Generator, Iterable
from datetime import date
from typing import Any

from warta.errors import WartaError
from warta.model import Article

Job = tuple[str, str | None, date | None]  # text, lang, published
Outcome = Article | tuple[str, str]  # an article, or (error code, reason)
INFLIGHT = 256  # articles read ahead of the one being stored
_EXTRACT: Callable[..., Article] | None = None
_POOLS: dict[tuple[int, int], Any] = {}


class GateClosed(Exception):
    """Storing stopped; reading must stop too."""


class Gate:
    """Bounds how far reading runs ahead of storing (a no-op in-process)."""

    def __init__(self, on: bool, size: int = INFLIGHT) -> None:
        self._sem = threading.BoundedSemaphore(size) if on else None
        self._closed = False

    def enter(self) -> None:
        if self._sem is not None:
            while not self._sem.acquire(timeout=0.1):
                if self._closed:
                    raise GateClosed

    def leave(self) -> None:
        if self._sem is not None:
            self._sem.release()

    def close(self) -> None:
        self._closed = True


def run_one(extract: Callable[..., Article], job: Job | None) -> Outcome | None:
    """Extract one article; an error becomes (code, reason), never an
    exception. ``None`` (a placeholder for an unreadable input) stays None."""
    if job is None:
        return None
    text, lang, published = job
    try:
        return extract(text, lang=lang, published=published)
    except WartaError as err:
        return err.code, str(err)
    except Exception as err:  # noqa: BLE001 - one article never stops the batch
        return "W900", f"extractor failed: {type(err).__name__}: {err}"


def _work(job: Job | None) -> Outcome | None:
    assert _EXTRACT is not None
    return run_one(_EXTRACT, job)


def _init(extract: Callable[..., Article]) -> None:
    global _EXTRACT
    _EXTRACT = extract
    try:  # die with the parent, even when it is killed
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _warm(extract: Callable[..., Article]) -> None:
    """Load the extractor's data for every language once, before forking."""
    from warta.lang import available

    for code in available():
        try:
            extract("Kursk, 5 Januari 2025.", lang=code, published=None)
        except Exception:  # noqa: BLE001 - a real article will report it
            pass


def _pool(extract: Callable[..., Article], workers: int) -> Any:
    key = (id(extract), workers)
    pool = _POOLS.get(key)
    if pool is None:
        _warm(extract)
        gc.freeze()  # the workers' collector must not copy every shared page
        try:
            pool = mp.get_context("fork").Pool(workers, _init, (extract,))
        finally:
            gc.unfreeze()
        _POOLS[key] = pool
    return pool


def close_pools() -> None:
    """Stop the worker processes (they also stop when this process ends)."""
    while _POOLS:
        _, pool = _POOLS.popitem()
        pool.terminate()
        pool.join()


def outcomes(jobs: Iterable[Job | None], extract: Callable[..., Article],
             workers: int) -> Generator[Outcome | None, None, None]:
    """The outcome of each job, in order."""
    if workers <= 0:
        for job in jobs:
            yield run_one(extract, job)
        return
    try:
        yield from _pool(extract, workers).imap(_work, jobs, chunksize=2)
    except BaseException:
        close_pools()  # a reader still blocked on the gate must not hang us
        raise
