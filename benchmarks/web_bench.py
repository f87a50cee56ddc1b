"""Page times of the web UI under concurrent requests, on SQLite and PostgreSQL.

    python benchmarks/web_bench.py [--n 500] [--db PATH_OR_URL ...] [--clients 20] [--requests 100]

Synthesises N articles straight into a fresh store (hand-built records: a
claimed figure and an event each, spread over 40 places, 12 claimants, every
event type and two years), starts ``warta serve`` on it (uvicorn, a real
socket), and for every HTML page, JSON twin and download sends ``--requests``
requests from ``--clients`` threads at once (each with its own keep-alive
connection), then prints the median, p95 and worst time and the size of each.
``--db`` may be given twice (a file and a ``postgresql://`` URL) to measure
both stores; without it a fresh SQLite file is used. Not a test: it prints,
it does not judge (but it exits 1 if any answer is not a 200).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta.model import EVENT_TYPES  # noqa: E402
from warta.store import Source, content_hash, open_store  # noqa: E402
from warta.store.testing import make_article  # noqa: E402

CLAIMANTS = [("Kementerian Pertahanan Rusia", "RU", "government"),
             ("Staf Umum Ukraina", "UA", "military"), ("Gubernur Kursk", "RU", "official"),
             ("Gubernur Kharkiv", "UA", "official"), ("Juru bicara militer", "UA", "military"),
             ("Kantor kejaksaan", "UA", "official"), ("Wali kota", "UA", "official"),
             ("Pejabat Rusia", "RU", "official"), ("Komandan", "RU", "military"),
             ("Relawan", None, "organization"), ("Saksi", None, "person"),
             ("Palang Merah", None, "organization")]
UNITS = [("personnel", "killed"), ("civilians", "killed"), ("civilians", "wounded"),
         ("tanks", "destroyed"), ("drones", "intercepted")]


def places(n: int, rng: random.Random) -> list[tuple[str, float, float, str]]:
    return [(f"Desa{i}", 46 + rng.random() * 6, 30 + rng.random() * 10,
             "UA" if i % 3 else "RU") for i in range(n)]


def fill(url: str, n: int, seed: int = 7) -> float:
    if url.startswith("postgres"):
        from warta.store.testing import reset_postgres

        reset_postgres(url)
    rng = random.Random(seed)
    spots = places(40, rng)
    t0 = time.perf_counter()
    with open_store(url) as store:
        for i in range(n):
            who, country, kind = rng.choice(CLAIMANTS)
            unit, outcome = rng.choice(UNITS)
            name, lat, lon, pc = rng.choice(spots)
            actor, target = rng.choice([("RU", "UA"), ("UA", "RU"), ("RU", None)])
            day = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
            text, art = make_article(
                claimant=who, country=country, kind=kind, value=rng.randrange(1, 900),
                unit=unit, outcome=outcome, side=rng.choice(["UA", "RU"]), place=name,
                lat=lat, lon=lon, place_country=pc, admin1=f"{pc}.{i % 7}",
                event_type=rng.choice(EVENT_TYPES), actor=actor, target=target, day=day,
                lang="id" if i % 2 else "en", extra=f" Laporan nomor {i}.")
            src = Source(f"bench-{i}.txt", title=f"Laporan {i} dari {name}",
                         source=f"Kantor {i % 25}", published=day)
            store.add_article(text, art, src, content_hash(text), "bench-1")
        store.sync_search()
    return time.perf_counter() - t0


def pages(n: int) -> list[str]:
    mid = max(1, n // 2)
    return [
        "/", "/events.json", "/events.json?side=UA&from=2025-01-01", "/events.json?limit=100&page=2",
        "/timeline", "/timeline.json", "/timeline?type=attack&place=Desa1&country=UA",
        "/claims", "/claims.json", "/claims.json?side=UA&unit=personnel&contested=1",
        "/chart", "/chart.json?side=UA", f"/events/{mid}", f"/events/{mid}.json",
        f"/articles/{mid}", f"/articles/{mid}.json", "/search", "/search?q=Desa12",
        "/search.json?q=tentara+OR+laporan&page=2", '/search.json?q=%22nomor+1%22+-Desa3',
        "/events.csv?country=UA", "/figures.csv?side=UA", "/events.geojson?located=1",
    ]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(url: str) -> tuple[subprocess.Popen[bytes], int]:
    port = _port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", url,
                             "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("warta serve did not start")


def hammer(port: int, path: str, clients: int, total: int) -> tuple[list[float], int, int]:
    """``total`` GETs of ``path`` from ``clients`` threads at once: the times
    (ms), the size of an answer, and how many were not 200."""
    times: list[float] = []
    bad = [0]
    size = [0]
    lock = threading.Lock()
    per = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]
    start = threading.Barrier(clients)

    def run(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        start.wait()
        for _ in range(k):
            t0 = time.perf_counter()
            conn.request("GET", path, headers={"accept": "text/html"})
            r = conn.getresponse()
            body = r.read()
            ms = (time.perf_counter() - t0) * 1000
            with lock:
                times.append(ms)
                size[0] = len(body)
                bad[0] += r.status != 200
        conn.close()

    threads = [threading.Thread(target=run, args=(k,)) for k in per]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, size[0], bad[0]


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def bench(url: str, n: int, clients: int, requests: int) -> int:
    took = fill(url, n)
    print(f"\n{url.split('@')[-1]}: stored {n} synthetic articles in {took:.1f}s")
    proc, port = serve(url)
    failures = 0
    try:
        hammer(port, "/", 2, 2)  # warm up
        print(f"{'page':<46} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KB':>7}")
        worst = 0.0
        for path in pages(n):
            times, size, bad = hammer(port, path, clients, requests)
            failures += bad
            worst = max(worst, p95(times))
            print(f"{path:<46} {statistics.median(times):>8.1f} {p95(times):>8.1f} "
                  f"{max(times):>8.1f} {size / 1024:>7.0f}{'  NOT 200' if bad else ''}")
        print(f"worst p95 under {clients} concurrent requests: {worst:.0f} ms")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return failures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--db", action="append", default=None,
                    help="Store URL (repeatable; default: a fresh SQLite file).")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=100, help="Requests per page.")
    args = ap.parse_args()
    urls = args.db or [str(Path(tempfile.mkdtemp()) / "bench.db")]
    failures = sum(bench(u, args.n, args.clients, args.requests) for u in urls)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
