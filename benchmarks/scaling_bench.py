"""How ``extract``'s cost grows with the input, for every shape of hostile text.

    python benchmarks/scaling_bench.py [--sizes 10000,20000,...] [--shapes dots,caps]
                                       [--stop-after SECONDS] [--big]

For each shape, builds a text of 10k, 20k, 40k, 80k and 160k characters,
times ``warta.extract`` on it (CPU seconds of this process, language and
publication date given) and prints the growth per doubling, over the whole range
(first size to last) and step by step: about 2.0 is linear, 4.0 quadratic. A
shape whose overall growth passes 2.3 is marked ``!``.
``--stop-after`` skips a shape's larger sizes once one size has taken longer
(so a quadratic shape cannot run for hours). ``--big`` also times a 5 MB news
article and a 100k-character line of dots.

The texts are made here from sentences written for this benchmark (both
languages); nothing is read from disk. Not a test: times depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
import time
from collections.abc import Callable

from warta.pipeline.extract import extract

GROWTH_LIMIT = 2.3
SIZES = (10_000, 20_000, 40_000, 80_000, 160_000)

_NEWS_ID = [
    "Kementerian Pertahanan Rusia mengatakan {n} tentara Ukraina tewas di dekat {p} pada hari Minggu.",
    "Staf Umum Ukraina menyebut pasukannya menghancurkan {n} tank dan {m} drone dalam sepekan.",
    "Gubernur wilayah itu mengatakan {m} warga sipil terluka akibat serangan rudal di {p} kemarin.",
    "Menurut pejabat setempat, lebih dari {n} rumah rusak dan listrik padam di {p}.",
    "Pasukan Rusia maju sekitar {m} kilometer ke arah {p}, kata seorang analis militer.",
]
_NEWS_EN = [
    "The Russian defence ministry said {n} Ukrainian soldiers were killed near {p} on Sunday.",
    "Ukraine's General Staff said its forces destroyed {n} tanks and {m} drones in a week.",
    "The regional governor said {m} civilians were wounded by a missile strike on {p} yesterday.",
    "According to local officials, more than {n} homes were damaged and power was cut in {p}.",
    "Russian troops advanced about {m} kilometres towards {p}, a military analyst said.",
]
_PLACES = ["Kursk", "Pokrovsk", "Kharkiv", "Sumy", "Donetsk", "Bakhmut", "Zaporizhzhia",
           "Kherson", "Belgorod", "Odesa", "Avdiivka", "Chasiv Yar", "Toretsk", "Lyman"]


def _news(lang: str) -> Callable[[int], str]:
    sentences = _NEWS_ID if lang == "id" else _NEWS_EN

    def make(size: int) -> str:
        out: list[str] = []
        total = 0
        for i in itertools.count():
            s = sentences[i % len(sentences)].format(
                n=10 + (i * 37) % 990, m=2 + (i * 13) % 97, p=_PLACES[(i * 5) % len(_PLACES)])
            out.append(s)
            total += len(s) + 1
            if i % 6 == 5:
                out.append("\n")
            if total >= size:
                break
        return " ".join(out)[:size]
    return make


def _repeat(unit: str, head: str = "Pasukan maju", tail: str = " lalu mundur.") -> Callable[[int], str]:
    def make(size: int) -> str:
        body = unit * ((size - len(head) - len(tail)) // len(unit) + 1)
        return (head + body)[:size - len(tail)] + tail
    return make


SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "news-id": ("id", _news("id")),
    "news-en": ("en", _news("en")),
    "dots": ("id", _repeat(".")),
    "bangs": ("en", _repeat("!")),
    "dot-question": ("en", _repeat(".?")),
    "caps-places": ("en", _repeat(" ".join(_PLACES) + " ")),
    "caps-words": ("id", _repeat("Kata Yang Diawali Huruf Besar Terus ")),
    "digits": ("en", _repeat("1.2.3,4,5.6-7/8 9,999,999.99 1,5 juta 12-13-14 ")),
    "long-sentence": ("id", _repeat("pasukan Rusia membunuh 12 tentara Ukraina dan 3 tank hancur "
                                    "di dekat Kursk, kata militer, ")),
    "mixed-scripts": ("en", _repeat("Kyiv Київ كييف 基辅 🙂 12 ")),
    "controls": ("en", _repeat("Troops\x07 left\u200b Kursk\x1b.\u202e 12\t\f")),
}


def cpu(text: str, lang: str) -> float:
    """CPU seconds of one extract; the best of three when that is quick (the
    machine's noise weighs most on short runs)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        extract(text, lang=lang, published="2025-01-05")
        best = min(best, time.process_time() - start)
        if best > 1.0:
            break
    return best


def run_shape(name: str, sizes: list[int], stop_after: float) -> bool:
    lang, make = SHAPES[name]
    cpu(make(2_000), lang)  # load the language's data first
    times: list[tuple[int, float]] = []
    cells, stopped = [], False
    for size in sizes:
        t = cpu(make(size), lang)
        growth = t / times[-1][1] if times and times[-1][1] > 0.005 else None
        times.append((size, t))
        cells.append(f"{size // 1000}k {t:6.2f}s" + (f" ×{growth:.2f}" if growth else ""))
        if t > stop_after and size != sizes[-1]:
            cells.append(f"(stopped: over {stop_after:g}s)")
            stopped = True
            break
    # growth per doubling over the whole range, less noisy than any one step
    (s0, t0), (s1, t1) = times[0], times[-1]
    doublings = math.log2(s1 / s0) if s1 > s0 else 0.0
    overall = (t1 / t0) ** (1 / doublings) if doublings and t0 > 0 else float("nan")
    ok = not stopped and overall <= GROWTH_LIMIT
    print(f"{name:14} ×{overall:.2f}{' ' if ok else '!'} per doubling  " + " | ".join(cells),
          flush=True)
    return ok


def big() -> None:
    news = _news("en")(5 * 1024 * 1024)
    print(f"5 MB news article: {cpu(news, 'en'):.1f} s CPU", flush=True)
    dots = "Pasukan maju" + "." * 100_000 + " lalu mundur."
    print(f"100k-character line of dots: {cpu(dots, 'id'):.2f} s CPU", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"of {', '.join(SHAPES)}")
    ap.add_argument("--stop-after", type=float, default=60.0,
                    help="skip a shape's larger sizes once one takes longer (CPU seconds)")
    ap.add_argument("--big", action="store_true", help="also a 5 MB article and 100k dots")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"CPU seconds of extract per size; ×growth per doubling (≤ {GROWTH_LIMIT} wanted)")
    ok = all([run_shape(name, sizes, args.stop_after) for name in args.shapes.split(",")])
    if args.big:
        big()
    print("every shape linear" if ok else "some shape grows faster than linear (marked !)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
