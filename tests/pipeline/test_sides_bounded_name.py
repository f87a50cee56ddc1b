"""The name after a border word is read no further than the longest side's name can run: the bounded
reading is the whole name, or it says the name runs on past any side's name (a run of capitalised
words as long as the text then costs no more than a short name)."""

from __future__ import annotations

import random

from warta.pipeline.sides import _NAME_GOES_ON, NAME_RE, _bounded_name

PIECES = ["Niger", "Dem", "Rep", "Congo", "of", "the", "Sahel", "Al-Qaim", "St.", "border", "Mali"]
SEPARATORS = [" ", "-", ", ", " "]


def test_the_bounded_name_is_the_whole_name_or_runs_on_past_it() -> None:
    rng = random.Random(5)
    ran_on = 0
    for _ in range(3000):
        words = [rng.choice(PIECES) for _ in range(rng.randint(1, 16))]
        text = "".join(w + rng.choice(SEPARATORS) for w in words)
        most = rng.randint(1, 9)
        for start in range(len(text)):
            full = NAME_RE.match(text, start)
            bounded = _bounded_name(most).match(text, start)
            assert (full is None) == (bounded is None)
            if bounded is None:
                continue
            if _NAME_GOES_ON.match(text, bounded.end()):
                ran_on += 1
                assert len(full.group().replace("-", " ").split(" ")) > most + 1
            else:
                assert bounded.group() == full.group()
    assert ran_on > 1000
