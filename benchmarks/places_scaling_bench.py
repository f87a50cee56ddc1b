"""How the place stage grows with the article's length, per input shape.

    python benchmarks/places_scaling_bench.py [--sizes 10000,20000,...] [--rounds 3]

For each shape (normal news in English and Indonesian, a long run of
capitalised place names, misspelt names after a place word that send the
fuzzy matcher to work, many people's names) the place stage
(:func:`warta.pipeline.places.find_places`, after sentence splitting) is
timed in CPU seconds at each size, best of ``--rounds``, and the growth per
doubling is printed (2.0 is linear; the target is at most 2.3).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from warta.geo.gazetteer import default_gazetteer
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

TOWNS = ["Kharkiv", "Kupiansk", "Pokrovsk", "Bakhmut", "Izium", "Sumy", "Kherson", "Odesa", "Lviv",
         "Belgorod", "Kursk", "Donetsk", "Avdiivka", "Chasiv Yar", "Toretsk", "Vuhledar", "Lyman",
         "Dnipro", "Zaporizhzhia", "Mykolaiv", "Rafah", "Khan Younis", "Jenin", "Goma", "Bukavu",
         "Kalehe", "Sake", "Rutshuru", "Timika", "Nabire", "Wamena", "Jayapura", "Portland",
         "Springfield", "Dayton", "Columbus", "Lebanon", "Dublin", "Paris", "Alexandria"]
PEOPLE = ["Oleh Syniehubov", "Maria Lopez", "John Carter", "Budi Santoso", "Siti Rahayu", "Ivan Petrov",
          "James Nelson", "Paul Jackson", "Ahmad Yani", "Dewi Lestari"]
EN = ["Russian forces struck {a} overnight, the governor of {b} said on Tuesday.",
      "{p} said two people were wounded in {a} and one in {b}.",
      "Shelling near {a} damaged 14 houses, according to officials in {b} region.",
      "The army said it had repelled attacks towards {a} and the village of {b}."]
ID = ["Pasukan Rusia menyerang {a} pada Selasa malam, kata gubernur {b}.",
      "{p} mengatakan dua orang terluka di {a} dan satu orang di {b}.",
      "Penembakan di dekat {a} merusak 14 rumah, menurut pejabat di wilayah {b}.",
      "Tentara menyatakan telah menahan serangan ke arah {a} dan desa {b}."]


def _news(templates: list[str]) -> Callable[[random.Random], str]:
    def one(rng: random.Random) -> str:
        t = rng.choice(templates)
        return t.format(a=rng.choice(TOWNS), b=rng.choice(TOWNS), p=rng.choice(PEOPLE)) + " "
    return one


def _caps(rng: random.Random) -> str:
    return rng.choice(TOWNS) + " "


def _misspelt(rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    k = rng.randrange(1, len(town))
    bad = town[:k] + rng.choice("aeiouy") + town[k:]
    return f"Fighting went on in {bad} and {rng.choice(TOWNS)}. "


def _people(rng: random.Random) -> str:
    return f"{rng.choice(PEOPLE)} and {rng.choice(PEOPLE)} met {rng.choice(PEOPLE)}. "


SHAPES: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "news-en": ("en", _news(EN)), "news-id": ("id", _news(ID)), "capitalised-run": ("en", _caps),
    "misspelt-names": ("en", _misspelt), "people": ("en", _people),
    "lower-cased": ("id", lambda rng: _news(ID)(rng).lower()),
}


def text_of(shape: str, size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    gen = SHAPES[shape][1]
    parts: list[str] = []
    n = 0
    while n < size:
        parts.append(gen(rng))
        n += len(parts[-1])
    return "".join(parts)[:size]


def cpu(shape: str, size: int, rounds: int) -> float:
    lang = load(SHAPES[shape][0])
    text = text_of(shape, size)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        find_places(text, lang, sentences(text, lang))
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,20000,40000,80000,160000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    default_gazetteer()
    for shape in args.shapes.split(","):
        cpu(shape, sizes[0], 1)  # warm the lookup memo and lexicons
        times = [cpu(shape, n, args.rounds) for n in sizes]
        growth = [b / a if a > 0 else float("nan") for a, b in zip(times, times[1:])]
        cells = "  ".join(f"{n // 1000}k {t:.3f}s" for n, t in zip(sizes, times))
        print(f"{shape:16} {cells}  growth per doubling: "
              + " ".join(f"{g:.2f}" for g in growth) + f"  (max {max(growth):.2f})", flush=True)


if __name__ == "__main__":
    main()
