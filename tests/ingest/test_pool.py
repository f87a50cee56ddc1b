"""The extraction pool: its pipes hold many articles, so a worker does not
wait on the process that stores; results come back in input order."""

from __future__ import annotations

import fcntl
from pathlib import Path

import pytest

from warta.ingest import pool
from warta.store.testing import fake_extract


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are Linux's")
def test_the_pool_pipes_are_widened() -> None:
    cap = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    p = pool._pool(fake_extract, 1)
    try:
        for queue in (p._inqueue, p._outqueue):
            size = fcntl.fcntl(queue._writer.fileno(), fcntl.F_GETPIPE_SZ)
            assert size >= min(pool.PIPE_BYTES, cap) > 65536
    finally:
        pool.close_pools()


def test_results_come_back_in_order_across_chunks() -> None:
    jobs = [(f"Sebanyak {i + 10} tentara tewas.", "id", None) for i in range(3 * pool.CHUNK + 1)]
    jobs.insert(5, None)  # an unreadable input keeps its place
    try:
        got = list(pool.outcomes(iter(jobs), fake_extract, 1, 30.0))
    finally:
        pool.close_pools()
    assert got[5] is None
    values = [a.claims[0].figures[0].quantity.value for a in got if a is not None
              and not isinstance(a, tuple)]
    assert values == [float(i + 10) for i in range(3 * pool.CHUNK + 1)]
