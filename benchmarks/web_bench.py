"""Page times of the web UI over a large store.

    python benchmarks/web_bench.py [--n 10000] [--db PATH_OR_URL] [--repeat 5]

Synthesises N articles straight into a fresh store (hand-built records: a
claimed figure and an event each, spread over 40 places, 12 claimants, every
event type and two years), then requests every page and its JSON twin
in-process (no network) ``--repeat`` times and prints the median and worst
time of each. Not a test: it prints, it does not judge.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
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
                extra=f" Laporan nomor {i}.")
            src = Source(f"bench-{i}.txt", title=f"Laporan {i} dari {name}",
                         source=f"Kantor {i % 25}", published=day)
            store.add_article(text, art, src, content_hash(text), "bench-1")
    return time.perf_counter() - t0


PAGES = [
    "/", "/events.json", "/events.json?side=UA&from=2025-01-01",
    "/timeline", "/timeline.json", "/timeline?type=attack&place=desa1&claimant=staf",
    "/claims", "/claims.json", "/claims.json?side=UA&unit=personnel&contested=1",
    "/articles/5000", "/articles/5000.json", "/search", "/search?q=Desa12",
    "/search.json?q=Kursk+tentara",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--db", default=None, help="Store URL (default: a fresh SQLite file).")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from starlette.testclient import TestClient

    from warta.web import create_app

    url = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    took = fill(url, args.n)
    print(f"stored {args.n} synthetic articles in {took:.1f}s ({url})")
    store = open_store(url)
    print(f"store: {store.counts()}")
    with TestClient(create_app(store)) as client:
        print(f"{'page':<52} {'median ms':>10} {'worst ms':>9} {'KB':>7}")
        for page in PAGES:
            times, size = [], 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                r = client.get(page, headers={"accept": "text/html"})
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, (page, r.status_code, r.text[:200])
                size = len(r.content)
            print(f"{page:<52} {statistics.median(times):>10.1f} {max(times):>9.1f} "
                  f"{size / 1024:>7.0f}")
    store.close()


if __name__ == "__main__":
    main()
