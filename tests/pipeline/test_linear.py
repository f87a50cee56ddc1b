"""Hostile input shapes, long enough (160,000 characters) that quadratic work would
make the suite visibly slow. The tests assert what comes out: the output of a unit
repeated n times is the unit's output n times over. Speed is measured by
``benchmarks/scaling_bench.py`` (growth per doubling of the same shapes), never here.
"""

import pytest

import warta

HOSTILE = [
    # one endless sentence full of numbers, outcomes, sides and places
    ("id", "pasukan Rusia membunuh 12 tentara Ukraina dan 3 tank hancur di dekat Kursk, kata militer, "),
    # one endless sentence with no comma: every figure's clause and lexicon search stay local
    ("en", "the army said 12 soldiers died and 3 tanks burned near Kursk and "),
    # digit-and-separator runs that tempt a backtracking number regex
    ("en", "1.2.3,4,5.6-7/8 9,999,999.99 1,5 juta 12-13-14 " * 3),
    # many tiny sentences
    ("en", "Troops said 3 died. Kyiv said 4 tanks were lost on Sunday. "),
]
LENGTH = 160_000


def _extract(text, code):
    return warta.extract(text, lang=code, published="2025-01-05")


def _figures(article):
    return [f for c in article.claims for f in c.figures]


def _readings(article):
    figures = {(f.quantity.value, f.unit, f.outcome, f.side) for f in _figures(article)}
    return figures, {(p.text, p.country) for p in article.places}, {t.text for t in article.times}


@pytest.mark.parametrize("code, unit", HOSTILE,
                         ids=["long-sentence", "comma-less", "digit-runs", "many-sentences"])
def test_a_repeated_unit_gives_its_output_once_per_repetition(code, unit):
    n = LENGTH // len(unit)
    text = unit * n
    one, many = _extract(unit, code), _extract(text, code)
    assert _readings(many) == _readings(one)
    assert len(_figures(many)) == n * len(_figures(one))
    assert len(many.places) == n * len(one.places)
    assert len(many.times) == n * len(one.times)
    # every offset still points at its own words, however far into the text
    for item in [*_figures(many), *many.places, *many.times]:
        assert text[item.start:item.end] == item.text


def test_the_shapes_find_what_they_hold():
    """The repeated units are not empty cases: the tests above compare real output."""
    sentence = _extract(HOSTILE[0][1], "id")
    assert {(f.quantity.value, f.outcome) for f in _figures(sentence)} == {(12, "killed"), (3, "destroyed")}
    assert {p.text for p in sentence.places} == {"Rusia", "Ukraina", "Kursk"}
    short = _extract(HOSTILE[3][1], "en")
    assert len(short.sentences) == 2
    assert [t.text for t in short.times] == ["Sunday"]
