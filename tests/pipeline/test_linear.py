"""The pipeline's cost grows linearly with its input, even for hostile text."""

import time

import pytest

import warta

HOSTILE = [
    # one endless sentence full of numbers, outcomes, sides and places
    ("id", "pasukan Rusia membunuh 12 tentara Ukraina dan 3 tank hancur di dekat Kursk, kata militer, "),
    # digit-and-separator runs that tempt a backtracking number regex
    ("en", "1.2.3,4,5.6-7/8 9,999,999.99 1,5 juta 12-13-14 " * 3),
    # many tiny sentences
    ("en", "Troops said 3 died. Kyiv said 4 tanks were lost on Sunday. "),
]


def seconds(text, code):
    start = time.perf_counter()
    warta.extract(text, lang=code, published="2025-01-05")
    return time.perf_counter() - start


@pytest.mark.parametrize("code, unit", HOSTILE, ids=["long-sentence", "digit-runs", "many-sentences"])
def test_linear_cost_when_the_input_grows_eightfold(code, unit):
    small = unit * (20_000 // len(unit))
    big = small * 8
    seconds(small, code)  # warm caches
    t_small = min(seconds(small, code) for _ in range(2))
    t_big = seconds(big, code)
    # linear work gives a ratio near 8; quadratic work would give 64
    assert t_big < 24 * t_small + 0.5, (t_small, t_big)
