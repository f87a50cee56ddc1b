"""``word_before`` reads the word right before an offset as WORD_BEFORE_RE's search of the window does."""

import random

from warta.pipeline.event_places import WORD_BEFORE_RE, word_before


def test_word_before_examples():
    text = "pasukan  Kiev, near\tthe  Kyiv"
    assert word_before(text, 0, 9) == "pasukan"
    assert word_before(text, 3, 9) == "ukan"  # the window cuts the word
    assert word_before(text, 0, 7) is None  # no white space before the offset
    assert word_before(text, 0, 13) is None
    assert word_before(text, 0, len(text) - 4) == "the"
    assert word_before(text, 7, 9) is None  # only white space in the window


def test_word_before_reads_as_the_regex():
    rng = random.Random(7)
    chars = "ab AZ_9.,'’-\t\n\u00a0éÉ٣"
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        m = WORD_BEFORE_RE.search(text, lo, hi)
        assert word_before(text, lo, hi) == (m.group(1) if m else None), (text, lo, hi)
