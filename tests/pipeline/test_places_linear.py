"""The place stage does work in proportion to the text, whatever its shape:
long news in either language, a run of capitalised names, many misspelt
names after place words, many people's names, a village nothing places told
again and again. Work is counted (Python
calls and distances taken, near-match searches), not timed: doubling the
text at most (about) doubles it. Names come from a fixed list and from the
index, so that a longer text also names more distinct places."""

from __future__ import annotations

import random
import sys

import pytest

import warta
from warta.geo import fuzzy, grid, resolve
from warta.lang import load
from warta.pipeline import place_fuzzy
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

TOWNS = ["Kharkiv", "Kupiansk", "Pokrovsk", "Bakhmut", "Izium", "Sumy", "Kherson", "Odesa", "Lviv",
         "Belgorod", "Kursk", "Donetsk", "Toretsk", "Lyman", "Dnipro", "Rafah", "Jenin", "Goma",
         "Bukavu", "Timika", "Nabire", "Wamena", "Portland", "Springfield", "Dayton", "Lebanon",
         "Dublin", "Paris", "Alexandria", "Columbus"]
PEOPLE = ["Maria Lopez", "John Carter", "Budi Santoso", "Siti Rahayu", "Ivan Petrov", "Dewi Lestari"]
EN = ["Drones hit {a} at night, the governor of {b} said.", "{p} said two people died in {a} and {b}.",
      "Shelling near {a} damaged 14 houses, officials in {b} region said."]
ID = ["Drone menyerang {a} pada malam hari, kata gubernur {b}.",
      "{p} mengatakan dua orang tewas di {a} dan {b}.",
      "Penembakan di dekat {a} merusak 14 rumah, kata pejabat di wilayah {b}."]


def _misspelt(rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    k = rng.randrange(1, len(town))
    return f"Fighting went on in {town[:k]}{rng.choice('aeiou')}{town[k:]} and {rng.choice(TOWNS)}. "


SHAPES = {
    "news-en": ("en", lambda r: r.choice(EN).format(a=r.choice(TOWNS), b=r.choice(TOWNS),
                                                    p=r.choice(PEOPLE)) + " "),
    "news-id": ("id", lambda r: r.choice(ID).format(a=r.choice(TOWNS), b=r.choice(TOWNS),
                                                    p=r.choice(PEOPLE)) + " "),
    "capitalised-run": ("en", lambda r: r.choice(TOWNS) + " "),
    "misspelt-names": ("en", _misspelt),
    "people": ("id", lambda r: f"{r.choice(PEOPLE)} bertemu {r.choice(PEOPLE)} di {r.choice(TOWNS)}. "),
    # a village the index lacks and nothing places, told again and again: each mention asks
    # once where the others were put
    "unplaced-village": ("en", lambda r: "Troops left the village of Qorvashka. Qorvashka was quiet. "),
    "lower-cased": ("id", lambda r: r.choice(ID).format(a=r.choice(TOWNS), b=r.choice(TOWNS),
                                                        p=r.choice(PEOPLE)).lower() + " "),
}


def text_of(shape: str, size: int, more: list[str]) -> str:
    rng = random.Random(11)
    parts, n = [], 0
    while n < size:
        if rng.random() < 0.5:
            TOWNS[rng.randrange(len(TOWNS))] = rng.choice(more)  # a name not seen yet, often
        parts.append(SHAPES[shape][1](rng))
        n += len(parts[-1])
    TOWNS[:] = BASE
    return "".join(parts)[:size]


BASE = list(TOWNS)


@pytest.fixture(scope="module")
def more(gaz) -> list[str]:
    return [k.title() for k in sorted(gaz.keys_between("ka", "kz", 6, 9)) if k.isalpha()][:5000]


@pytest.mark.skipif(warta.build() == "compiled", reason="compiled functions are seen by no profiler or "
                    "patch: benchmarks/places_scaling_bench.py times the compiled build")
@pytest.mark.parametrize("shape", list(SHAPES))
def test_work_doubles_at_most_when_the_text_doubles(shape, gaz, more, monkeypatch):
    lang = load(SHAPES[shape][0])
    count = {"work": 0, "near": 0}
    real_km, real_near = grid.km, fuzzy.near_in_context

    def counted_km(a, b):
        count["work"] += 1
        return real_km(a, b)

    def counted_near(*args):
        count["near"] += 1
        return real_near(*args)

    def calls(frame, event, arg):
        if event == "call":
            count["work"] += 1

    monkeypatch.setattr(grid, "km", counted_km)
    monkeypatch.setattr(resolve, "km", counted_km)
    monkeypatch.setattr(place_fuzzy, "near_in_context", counted_near)
    work = []
    for size in (25_000, 50_000):
        text = text_of(shape, size, more)
        sents = sentences(text, lang)
        find_places(text[:2000], lang, sentences(text[:2000], lang), gaz)  # warm the lexicon
        count.update(work=0, near=0)
        sys.setprofile(calls)
        try:
            found = find_places(text, lang, sents, gaz)
        finally:
            sys.setprofile(None)
        assert found and all(text[p.start:p.end] == p.text for p in found)
        assert count["near"] <= place_fuzzy.MAX_LOOKUPS
        work.append(count["work"])
    assert work[0] > 0 and work[1] <= 2.3 * work[0], work  # (work counted, then at most doubled)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_long_article_of_every_shape_gives_well_formed_places(shape, gaz, more):
    lang = load(SHAPES[shape][0])
    text = text_of(shape, 120_000, more)
    found = find_places(text, lang, sentences(text, lang), gaz)
    assert found and all(text[p.start:p.end] == p.text for p in found)
    assert [p.start for p in found] == sorted(p.start for p in found)
    assert all(p.end <= q.start for p, q in zip(found, found[1:]))
