"""Throughput of warta's whole extract pipeline beside spaCy's bare tokenizer.

    python benchmarks/pipeline_bench.py [--rounds N] [TEXT_DIR ...]

Reads every ``*.txt`` in the given folders (default: examples/ and, when
present, ../shared/data/news-dev and the seed), then times, on one core and
in the same process:
- warta: ``warta.extract`` on each article (language given, as in a batch);
- spaCy: ``spacy.blank(lang)`` tokenisation only (no pipeline components).
It prints articles/s, words/s (whitespace-separated words) and peak memory.
Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from warta.pipeline.extract import extract
from warta.pipeline.langid import detect

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [ROOT / "examples", ROOT.parent / "shared" / "data" / "news-dev",
                ROOT.parent / "shared" / "seeds"]


def load(dirs: list[Path]) -> list[tuple[str, str]]:
    texts = []
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts.append((detect(text), text))
    return texts


def rate(fn, texts: list[tuple[str, str]], rounds: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for _ in range(rounds):
        for code, text in texts:
            fn(code, text)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    texts = load(args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()])
    words = sum(len(t.split()) for _, t in texts) * args.rounds
    n = len(texts) * args.rounds
    t0 = time.perf_counter()
    for code, text in texts:  # warm-up: loads language data and the gazetteer
        extract(text, lang=code, published="2025-01-05")
    warm = time.perf_counter() - t0
    secs = rate(lambda c, t: extract(t, lang=c, published="2025-01-05"), texts, args.rounds)
    print(f"corpus: {len(texts)} articles, {words // args.rounds:,} words, {args.rounds} rounds")
    print(f"warta first call (loads data + gazetteer): {warm:.2f} s")
    print(f"warta extract : {n / secs:9.1f} articles/s {words / secs:12,.0f} words/s")
    try:
        import spacy
    except ImportError:
        print("spaCy not installed: pip install -e '.[bench]' to compare", file=sys.stderr)
    else:
        nlps = {code: spacy.blank(code) for code in {c for c, _ in texts}}
        secs = rate(lambda c, t: nlps[c].make_doc(t), texts, args.rounds)
        print(f"spaCy blank() : {n / secs:9.1f} articles/s {words / secs:12,.0f} words/s (tokenizer only)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory   : {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
