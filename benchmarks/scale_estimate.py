"""How many workers, hours and gigabytes a corpus of N articles needs, and
which part gives way first. A small simulation over measured inputs.

    python benchmarks/scale_estimate.py [--articles 10000000] [--workers 8 16 32 64]
        [--per-worker 55] [--writer-sqlite 400] [--writer-pg 1500] [--kb-per-article 12.2]
        [--partition 1000] [--scheduler-tasks 2000] [--worker-mb 165]

Inputs (defaults: what ``benchmarks/cluster_bench.py`` measured on the 2-core
development machine for news articles of about 300 words, except the
PostgreSQL server's total write rate, which is an assumption for a dedicated
server; pass your own):

- ``--per-worker``: articles/s one worker extracts (one core);
- ``--writer-sqlite``: articles/s the one SQLite writer stores;
- ``--writer-pg``: articles/s a PostgreSQL server takes from all workers together;
- ``--kb-per-article``: stored size per article (text, extraction JSON, rows);
- ``--partition``: articles per partition (one Dask task);
- ``--scheduler-tasks``: tasks/s the Dask scheduler dispatches;
- ``--worker-mb``: resident memory per worker (gazetteer, language data, models).

The simulation gives each partition a duration drawn around its mean (work
varies with article length), hands partitions to the first free worker and
pushes finished partitions through the writer, which is a queue with a fixed
rate; it reports the makespan and the busiest stage. Not a measurement.
"""

from __future__ import annotations

import argparse
import heapq
import random
import sys


def simulate(n: int, workers: int, per_worker: float, writer: float, partition: int,
             sched_rate: float, seed: int = 0) -> tuple[float, str]:
    """Hours to ingest ``n`` articles, and which stage bounds it."""
    rng = random.Random(seed)
    parts = max(1, n // partition)
    free = [0.0] * workers
    heapq.heapify(free)
    finished = []
    dispatch = 1.0 / sched_rate
    t_sched = 0.0
    for _ in range(parts):
        start = max(heapq.heappop(free), t_sched)
        t_sched += dispatch
        dur = rng.lognormvariate(0, 0.35) * partition / per_worker
        heapq.heappush(free, start + dur)
        finished.append(start + dur)
    finished.sort()
    write_done = 0.0
    per_part = partition / writer
    for t in finished:
        write_done = max(write_done, t) + per_part
    extract_end = finished[-1]
    sched_end = parts * dispatch
    if write_done - extract_end > 2 * per_part:
        stage = "database writes"
    elif sched_end > 0.9 * extract_end:
        stage = "scheduler"
    else:
        stage = "extraction"
    return max(write_done, extract_end) / 3600, stage


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[8, 16, 32, 64, 128])
    ap.add_argument("--per-worker", type=float, default=55.0)
    ap.add_argument("--writer-sqlite", type=float, default=400.0)
    ap.add_argument("--writer-pg", type=float, default=1500.0)
    ap.add_argument("--kb-per-article", type=float, default=12.2)
    ap.add_argument("--partition", type=int, default=1000)
    ap.add_argument("--scheduler-tasks", type=float, default=2000.0)
    ap.add_argument("--worker-mb", type=float, default=165.0)
    args = ap.parse_args()
    n = args.articles
    print(f"{n:,} articles; {args.per_worker:g} articles/s per worker; partitions of {args.partition:,}")
    print(f"database size: about {n * args.kb_per_article / 1024 / 1024:,.0f} GB "
          f"({args.kb_per_article:g} KB per article)")
    print(f"{'workers':>8} {'RAM GB':>7} {'SQLite h':>9} {'bound by':>16} "
          f"{'PostgreSQL h':>13} {'bound by':>16}")
    for w in args.workers:
        h_sqlite, b_sqlite = simulate(n, w, args.per_worker, args.writer_sqlite, args.partition,
                                      args.scheduler_tasks)
        h_pg, b_pg = simulate(n, w, args.per_worker, args.writer_pg, args.partition, args.scheduler_tasks)
        print(f"{w:>8} {w * args.worker_mb / 1024:7.1f} {h_sqlite:9.1f} {b_sqlite:>16} "
              f"{h_pg:13.1f} {b_pg:>16}")
    knee = args.writer_pg / args.per_worker
    print(f"PostgreSQL writes cap the run beyond about {knee:.0f} workers "
          f"({args.writer_pg:g} articles/s); SQLite's single writer beyond about "
          f"{args.writer_sqlite / args.per_worker:.0f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
