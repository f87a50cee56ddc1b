"""Extraction beside storage: articles are extracted in worker processes
(forked once the extractor's data is loaded, so they share it) while this
process stores the previous ones, in input order; or all in this process."""

from __future__ import annotations

import atexit
import gc
import multiprocessing as mp
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from typing import Any

from warta.errors import ExtractorError, WartaError
from warta.model import Article

Job = tuple[str, str | None, date | None]  # text, lang, published
Outcome = Article | tuple[str, str]  # an article, or (error code, reason)
OVERTIME = "W901"  # error code of an article over its time budget
BUDGET_SECONDS = 30.0  # default CPU seconds one article may take
INFLIGHT = 256  # articles read ahead of the one being stored
CHUNK = 8  # articles sent to a worker at a time (each hand-over costs the worker its turn)
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


class Overtime(Exception):
    """An article's extraction ran past its time budget."""


@contextmanager
def budget_timer(seconds: float | None) -> Iterator[None]:
    """Raise :class:`Overtime` in this block once it has used ``seconds`` of CPU
    time. Only the main thread can take signals: elsewhere (and with no
    budget, or on a system without interval timers) the block runs unbounded."""
    if (not seconds or seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def overtime(signum: int, frame: object) -> None:
        raise Overtime

    old = signal.signal(signal.SIGPROF, overtime)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def run_one(extract: Callable[..., Article], job: Job | None,
            budget: float | None = None) -> Outcome | None:
    """Extract one article within ``budget`` seconds of CPU; an error or an
    article over budget becomes (code, reason), never an exception. ``None``
    (a placeholder for an unreadable input) stays None."""
    if job is None:
        return None
    text, lang, published = job
    try:
        with budget_timer(budget):
            return extract(text, lang=lang, published=published)
    except Overtime:
        return OVERTIME, (f"extraction stopped after {budget:g} s of CPU, the per-article time "
                          f"budget ({len(text):,} characters); raise it with --budget if the "
                          "article should be read")
    except WartaError as err:
        return err.code, str(err)
    except Exception as err:  # noqa: BLE001 - one article never stops the batch
        return ExtractorError.code, f"extractor failed: {type(err).__name__}: {err}"


def _work(job: Job | None, budget: float | None = None) -> Outcome | None:
    assert _EXTRACT is not None
    return run_one(_EXTRACT, job, budget)


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
        _widen_pipes(pool)
        _POOLS[key] = pool
    return pool


PIPE_BYTES = 1 << 20  # room for dozens of articles and their extractions in each pipe


def _widen_pipes(pool: Any) -> None:
    """Let the pool's pipes hold many articles (Linux): a worker then never
    waits to send an extraction while this process is busy storing, nor for
    its next article. A worker that blocks on a full pipe loses its turn on
    a busy CPU each time. Elsewhere, or if the pool's pipes cannot be found,
    nothing changes."""
    try:
        import fcntl
    except ImportError:  # not a Unix
        return
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is None:
        return
    for queue in (getattr(pool, "_inqueue", None), getattr(pool, "_outqueue", None)):
        conn = getattr(queue, "_writer", None)
        try:
            fcntl.fcntl(conn.fileno(), setsize, PIPE_BYTES)  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):
            pass


def close_pools() -> None:
    """Stop the worker processes (they also stop when this process ends)."""
    while _POOLS:
        _, pool = _POOLS.popitem()
        pool.terminate()
        pool.join()


atexit.register(close_pools)  # stopped in order, not by the collector at interpreter exit


def outcomes(jobs: Iterable[Job | None], extract: Callable[..., Article],
             workers: int, budget: float | None = None) -> Generator[Outcome | None, None, None]:
    """The outcome of each job, in order, each extracted within ``budget`` seconds of CPU."""
    if workers <= 0:
        for job in jobs:
            yield run_one(extract, job, budget)
        return
    try:
        yield from _pool(extract, workers).imap(partial(_work, budget=budget), jobs, chunksize=CHUNK)
    except BaseException:
        close_pools()  # a reader still blocked on the gate must not hang us
        raise
