"""Where a source spoke ("kata Yusuf di Jayapura", "told reporters in Mogadishu"): the place after a
verb of saying and a locative. Only the characters read are searched for the sentence's start, and
the answer is that of searching back to it, however far into a sentence the place stands."""

from __future__ import annotations

import random

from warta.geo.fold import fold
from warta.pipeline.place_spoken import SPOKEN_CHARS, SPOKEN_WORDS, said_at

LOCATIVE = frozenset({"in", "di"})
VERBS = frozenset({"told", "said", "kata", "ujar"})
WORDS = ["told", "reporters", "in", "kata", "Yusuf", "di", "said", ".", "\n", "the", "army", "Kyiv", "ujar"]


def _searched_to_the_start(text: str, start: int) -> bool:
    """The definition: the sentence's start found however far back it lies."""
    cut = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    words = [fold(w.strip(',"“”')) for w in text[max(cut + 1, start - SPOKEN_CHARS):start].split()]
    return len(words) > 1 and words[-1] in LOCATIVE and any(w in VERBS for w in words[-SPOKEN_WORDS - 1:-1])


def test_where_a_source_spoke_in_both_languages() -> None:
    text = "The governor told reporters in Maiduguri. Kata Kapolda di Jayapura, situasi aman."
    assert said_at(text, text.index("Maiduguri"), LOCATIVE, VERBS)
    assert said_at(text, text.index("Jayapura"), LOCATIVE, VERBS)
    assert not said_at("Troops fought in Maiduguri.", 16, LOCATIVE, VERBS)


def test_reading_back_only_what_counts_answers_as_reading_to_the_sentence_s_start() -> None:
    rng = random.Random(3)
    yes = 0
    for _ in range(3000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 60)))
        for start in range(0, len(text) + 1, 3):
            got = said_at(text, start, LOCATIVE, VERBS)
            assert got == _searched_to_the_start(text, start), (text, start)
            yes += got
    assert yes > 500
