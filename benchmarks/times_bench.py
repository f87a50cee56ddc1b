"""Throughput of the times step alone (``find_times`` with sentences given).

    python benchmarks/times_bench.py [--rounds N] [TEXT_DIR ...]

Reads every ``*.txt`` in the given folders (default: examples/ and, when
present, ../shared/data/news-dev), splits each into sentences once, then times
``find_times`` on each article (language detected once, publication 2025-01-05)
on one core (CPU time, so other load on the machine counts less). Prints
articles/s and words/s. Not a test: numbers depend on the
machine; compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from warta.lang import load
from warta.pipeline.langid import detect
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [ROOT / "examples", ROOT.parent / "shared" / "data" / "news-dev",
                ROOT.parent.parent / "shared" / "data" / "news-dev"]
PUBLISHED = date(2025, 1, 5)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    docs = []
    for folder in args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lang = load(detect(text))
            docs.append((text, lang, sentences(text, lang)))
    if not docs:
        print("no *.txt articles found; give a folder", file=sys.stderr)
        return 1
    for text, lang, sents in docs:  # warm-up: compiles the grammars
        find_times(text, lang, PUBLISHED, sents)
    words = sum(len(t.split()) for t, _, _ in docs) * args.rounds
    start = time.process_time()
    for _ in range(args.rounds):
        for text, lang, sents in docs:
            find_times(text, lang, PUBLISHED, sents)
    secs = time.process_time() - start
    n = len(docs) * args.rounds
    print(f"corpus: {len(docs)} articles, {words // args.rounds:,} words, {args.rounds} rounds")
    print(f"find_times: {n / secs:9.1f} articles/s {words / secs:12,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
