"""Time building the place index, opening it, and resolving places.

    python benchmarks/gazetteer_bench.py [--cities cities500] [--progress]

Builds into a temporary directory (the user cache is left alone) and prints
the build's wall-clock and CPU time (the first run of ``warta`` pays it once;
the target is 20 s wall on one core of the development machine).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from warta.geo.build import build_index
from warta.geo.gazetteer import Gazetteer
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

SAMPLE = ("Tentara Rusia terus menggempur kota Pokrovsk, Oblast Donetsk, sementara unit "
          "Ukraina menyerbu lagi ke wilayah Kursk. Kremlin berjanji membalas. "
          "Russian forces shelled Kharkiv and the Zaporizhzhia region, Kyiv said on Sunday.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cities", default="cities500")
    ap.add_argument("--progress", action="store_true", help="show the build's progress bar")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gazetteer.sqlite"
        t, cpu = time.perf_counter(), time.process_time()
        build_index(path, cities=args.cities, progress=args.progress)
        wall, cpu = time.perf_counter() - t, time.process_time() - cpu
        print(f"build: {wall:.1f} s wall, {cpu:.1f} s CPU on one core "
              f"({path.stat().st_size / 1e6:.1f} MB, target 20 s wall)")
        t = time.perf_counter()
        gaz = Gazetteer(path, build=False)
        gaz.lookup(["kursk"])
        print(f"load:  {(time.perf_counter() - t) * 1000:.1f} ms")
        lang = load("id")
        sents = sentences(SAMPLE, lang)
        find_places(SAMPLE, lang, sents, gaz)
        n = 200
        t = time.perf_counter()
        for _ in range(n):
            find_places(SAMPLE, lang, sents, gaz)
        dt = (time.perf_counter() - t) / n
        words = len(SAMPLE.split())
        print(f"resolve: {dt * 1000:.2f} ms per text of {words} words "
              f"({words / dt:,.0f} words/s)")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS (includes the build): {rss:.0f} MB")


if __name__ == "__main__":
    main()
