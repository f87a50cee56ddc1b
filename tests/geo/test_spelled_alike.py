"""A name's alias spells it another way as difflib's ratio says, whatever the shortcut taken."""

from __future__ import annotations

import random
from collections import Counter
from difflib import SequenceMatcher

from warta.geo.doubt import ALIKE, _alike, shared_letters


def _plain(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if short and short in long and len(short) >= 0.55 * len(long):
        return True
    return SequenceMatcher(None, a, b).ratio() >= ALIKE


def test_shared_letters_count_the_multiset_both_hold():
    rng = random.Random(7)
    for _ in range(2000):
        a = "".join(rng.choice("abcde") for _ in range(rng.randint(0, 9)))
        b = "".join(rng.choice("abcdef") for _ in range(rng.randint(0, 9)))
        assert shared_letters(a, b) == sum((Counter(a) & Counter(b)).values())


def test_alike_gives_what_the_ratio_gives():
    rng = random.Random(11)
    for _ in range(5000):
        a = "".join(rng.choice("aeiklmnrsty") for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice("aeiklmnrsty") for _ in range(rng.randint(0, 12)))
        assert _alike(a, b) == _plain(a, b)  # (names fold to themselves: lower-case ASCII)
    assert _alike("beitlahia", "Bayt Lahiya") and not _alike("palmetto", "North Myrtle Beach")
