"""Ingest on a local Dask cluster with 1 and with 2 workers: speedup, per-worker
throughput and memory, and (with --pg URL) PostgreSQL beside SQLite.

    python benchmarks/cluster_bench.py [--articles N] [--pg postgresql://…] [TEXT_DIR ...]

The corpus is every ``*.txt`` under the folders (default: examples/ and, when
present, ../shared/data/news-dev and ../shared/data/geo-dev), written as one
JSON Lines file per 25 articles (so there are many partitions), repeated with
a numbered first line until it has N articles (each one distinct, so nothing
is skipped as already stored). Needs ``pip install -e '.[dask,bench]'``.
Not a test: numbers depend on the machine and what else runs on it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from warta.ingest.cluster import ingest_cluster
from warta.pipeline.langid import detect
from warta.store import open_store
from warta.store.testing import reset_postgres

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared")) / "data"  # beside the project
DEFAULT_DIRS = [ROOT / "examples", SHARED / "news-dev", SHARED / "geo-dev"]
PER_FILE = 25


def corpus(dirs: list[Path], n: int, out: Path) -> tuple[int, int]:
    texts = [p.read_text("utf-8") for d in dirs for p in sorted(d.glob("*.txt"))]
    texts = [t for t in texts if t.strip()]
    rows, words = [], 0
    for i in range(n):
        text = texts[i % len(texts)]
        rows.append({"text": f"Report {i}.\n\n{text}", "lang": detect(text), "published": "2025-01-05"})
        words += len(text.split())
    for k in range(0, n, PER_FILE):
        lines = [json.dumps(r, ensure_ascii=False) for r in rows[k:k + PER_FILE]]
        (out / f"part-{k // PER_FILE:05}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return n, words


def _warm() -> None:
    import warta

    warta.extract("Polisi mengatakan dua warga terluka di Bandung pada hari Senin.", lang="id",
                  published="2025-01-06")


def _rss() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(db: str, folder: Path, workers: int, n: int, words: int, label: str) -> tuple[float, float]:
    """Seconds for one ingest on a started, warmed-up cluster, and peak MB per worker."""
    import logging

    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        t0 = time.perf_counter()
        rep = ingest_cluster([folder], db, scheduler=cluster.scheduler_address, progress=False)
        secs = time.perf_counter() - t0
        mem = max(client.run(_rss).values())
    assert rep.stored == n, rep.summary()
    print(f"{label:<10} {workers} worker(s): {secs:6.1f} s  {n / secs:7.1f} articles/s "
          f"{words / secs:9,.0f} words/s  ({words / secs / workers:,.0f} words/s per worker, "
          f"peak {mem:.0f} MB per worker)")
    return secs, mem


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL whose public schema may be wiped")
    args = ap.parse_args()
    dirs = args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        n, words = corpus(dirs, args.articles, folder)
        print(f"corpus: {n} articles, {words:,} words, {len(list(folder.iterdir()))} partitions")
        one, _ = run(str(Path(tmp) / "w1.db"), folder, 1, n, words, "SQLite")
        two, _ = run(str(Path(tmp) / "w2.db"), folder, 2, n, words, "SQLite")
        print(f"speedup 1 -> 2 workers (SQLite): {one / two:.2f}x")
        if args.pg:
            pg: dict[int, float] = {}
            for w in (1, 2):
                reset_postgres(args.pg)
                pg[w], _ = run(args.pg, folder, w, n, words, "PostgreSQL")
            print(f"speedup 1 -> 2 workers (PostgreSQL): {pg[1] / pg[2]:.2f}x")
        with open_store(str(Path(tmp) / "w2.db")) as store:
            size = sum(p.stat().st_size for p in Path(tmp).glob("w2.db*"))
            print(f"SQLite size: {size / n / 1024:.1f} KB per article ({store.counts()['figures']} figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
