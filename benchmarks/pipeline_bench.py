"""warta's extract pipeline beside spaCy's blank tokenizer + sentencizer, paired.

    python benchmarks/pipeline_bench.py [--rounds N] [--no-scaling] [--no-cold] [TEXT_DIR ...]

Reads every ``*.txt`` in the given folders (default: examples/ and, when
present, ../shared/data/news-dev and ../shared/data/geo-dev) and prints:

- **paired throughput**: in one process, for each article in turn, CPU time of
  ``warta.extract`` (language given, as in a batch) and of spaCy
  ``blank(lang)`` + ``sentencizer`` on the same text, alternating per article
  so that both see the same machine load. Each round gives words/s for both;
  the medians over rounds and the median of the per-round ratio
  warta/spaCy are printed. The ratio is what to quote: absolute words/s depend
  on the machine and its load.
- **length scaling**: CPU milliseconds per 1,000 words of warta at article
  lengths from 100 to 50,000 words (articles made by joining dev articles of
  one language), and the ratio to the cost at 500 words.
- **cold start**: wall time, CPU time and peak memory of a new process
  running ``warta extract`` on one short article (language detected), as an
  installed warta starts: bytecode compiled and caches filled by one untimed
  run first (a first run ever also compiles and unpacks), median of 3.

It prints which warta it ran: the compiled build (``WARTA_COMPILE=1``) or
pure Python. Not a test: numbers depend on the machine. Needs ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import warta
from warta.pipeline.extract import extract
from warta.pipeline.langid import detect

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared")) / "data"  # beside the project
DEFAULT_DIRS = [ROOT / "examples", SHARED / "news-dev", SHARED / "geo-dev"]
LENGTHS = [100, 500, 2_000, 10_000, 50_000]
PUBLISHED = "2025-01-05"

Text = tuple[str, str]


def load(dirs: list[Path]) -> list[Text]:
    texts = []
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if text.strip():
                texts.append((detect(text), text))
    return texts


def cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def paired(texts: list[Text], rounds: int, spacy_fn: Callable[[str, str], object]) -> None:
    words = sum(len(t.split()) for _, t in texts)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        w = s = 0.0
        for code, text in texts:
            w += cpu(lambda c=code, t=text: extract(t, lang=c, published=PUBLISHED))
            s += cpu(lambda c=code, t=text: spacy_fn(c, t))
        ours.append(words / w)
        theirs.append(words / s)
    ratios = [a / b for a, b in zip(ours, theirs)]
    print(f"corpus: {len(texts)} articles, {words:,} words, {rounds} rounds, CPU time, paired per article")
    print(f"warta build: {warta.build()}")
    print(f"warta extract           : {statistics.median(ours):12,.0f} words/s (median)")
    print(f"spaCy blank+sentencizer : {statistics.median(theirs):12,.0f} words/s (median)")
    print(f"ratio warta/spaCy       : {statistics.median(ratios):.2f} (median of rounds; "
          f"min {min(ratios):.2f}, max {max(ratios):.2f})")


def long_article(texts: list[Text], code: str, words: int) -> str:
    parts: list[str] = []
    count = 0
    pool = [t for c, t in texts if c == code] or [t for _, t in texts]
    i = 0
    while count < words:
        para = pool[i % len(pool)]
        i += 1
        take = para.split()
        if count + len(take) > words:
            take = take[: words - count]
        parts.append(" ".join(take))
        count += len(take)
    return "\n\n".join(parts)


def scaling(texts: list[Text]) -> None:
    print("length scaling (CPU ms per 1,000 words; best of 3):")
    print(f"{'words':>8} {'en':>9} {'id':>9}")
    base: dict[str, float] = {}
    rows = []
    for n in LENGTHS:
        row = [n]
        for code in ("en", "id"):
            text = long_article(texts, code, n)
            secs = min(cpu(lambda t=text, c=code: extract(t, lang=c, published=PUBLISHED))
                       for _ in range(3))
            per_k = 1000 * secs / n * 1000
            if n == 500:
                base[code] = per_k
            row.append(per_k)
        rows.append(row)
    for n, en, id_ in rows:
        print(f"{n:>8,} {en:9.1f} {id_:9.1f}")
    if base:
        last = rows[-1]
        print(f"cost per word at {last[0]:,} vs 500 words: en {last[1] / base['en']:.2f}x, "
              f"id {last[2] / base['id']:.2f}x")


def cold_start(texts: list[Text], runs: int = 3) -> None:
    """A new ``warta extract`` process on one short article, as an installed
    warta starts: one untimed run first compiles the bytecode (into a
    temporary folder, never the source tree) and fills warta's caches (the
    language model unpacked once, the language data parsed once); then the
    median wall and CPU time of ``runs`` processes, and their peak memory."""
    short = min((t for _, t in texts if len(t.split()) >= 80), key=len, default=texts[0][1])
    cmd = [sys.executable, "-m", "warta", "extract", "-", "--published", PUBLISHED]
    with tempfile.TemporaryDirectory() as pyc:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=pyc)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        got = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
            assert proc.stdin is not None
            proc.stdin.write(short.encode("utf-8"))
            proc.stdin.close()
            _, status, usage = os.wait4(proc.pid, 0)
            if status:
                raise SystemExit(f"warta extract failed (status {status})")
            got.append((time.perf_counter() - start, usage.ru_utime + usage.ru_stime,
                        usage.ru_maxrss / 1024))
    got = got[1:]
    wall = statistics.median(g[0] for g in got)
    cpu = statistics.median(g[1] for g in got)
    print(f"cold `warta extract` of one {len(short.split())}-word article (language detected; "
          f"new process, bytecode compiled; median of {runs}): {wall:.2f} s wall, "
          f"{cpu:.2f} s CPU, {max(g[2] for g in got):.0f} MB peak")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-scaling", action="store_true")
    ap.add_argument("--no-cold", action="store_true")
    args = ap.parse_args()
    texts = load(args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()])
    if not texts:
        print("no *.txt articles found in the given folders", file=sys.stderr)
        return 2
    if not args.no_cold:
        cold_start(texts)
    for code, text in texts[:20]:  # warm-up: language data and the gazetteer
        extract(text, lang=code, published=PUBLISHED)
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    nlps = {}
    for code in {c for c, _ in texts}:
        nlp = spacy.blank(code)
        nlp.add_pipe("sentencizer")
        nlps[code] = nlp
    paired(texts, args.rounds, lambda c, t: nlps[c](t))
    if not args.no_scaling:
        scaling(texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
