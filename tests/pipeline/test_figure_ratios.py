"""A number that multiplies ("rose three times", "naik dua kali lipat") counts nothing; a count
head whose noun has an outcome of its own ("the number of hostages", "jumlah jenazah") gives a later
bare number that outcome."""

import pytest

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    found = find_figures(text, lang, sentences(text, lang), find_quantities(text, lang), [], [])
    return {f.text: (f.quantity.value, f.unit, f.outcome) for f in found}


@pytest.mark.parametrize("code, text, ratio, count", [
    ("en", "The number of displaced families rose three times to 12,500 after floods.", "three", "12,500"),
    ("en", "The number of wounded people climbed 4 times to 820 over the month.", "4", "820"),
    ("id", "Jumlah pengungsi di Sorong naik tiga kali lipat menjadi 12.500 orang.", "tiga", "12.500 orang"),
    ("id", "Jumlah korban luka bertambah 4 kali menjadi 820 dalam sebulan.", "4", "820"),
])
def test_a_multiplier_after_a_count_head_is_no_figure(code, text, ratio, count):
    found = figures(text, code)
    assert ratio not in found
    assert count in found


@pytest.mark.parametrize("code, text", [
    ("en", "The number of people displaced more than doubled, doctors said, and then grew 2 times again."),
    ("id", "Jumlah korban tewas meningkat lebih dari dua kali lipat sejak Maret."),
])
def test_a_multiplier_alone_is_no_figure(code, text):
    assert figures(text, code) == {}


@pytest.mark.parametrize("code, text, fig, outcome", [
    ("en", "The number of hostages held by the gang rose to 34 on Friday.", "34", "captured"),
    ("en", "The number of bodies found in the river climbed to 61.", "61", "killed"),
    ("en", "The number of refugees in the camp has risen to 7,400.", "7,400", "displaced"),
    ("id", "Jumlah jenazah yang ditemukan di sungai itu bertambah menjadi 61.", "61", "killed"),
    ("id", "Jumlah mayat di kamar jenazah rumah sakit naik menjadi 48.", "48", "killed"),
])
def test_a_count_head_noun_gives_its_own_outcome(code, text, fig, outcome):
    assert figures(text, code)[fig][2] == outcome


@pytest.mark.parametrize("code, text, fig, outcome", [
    ("en", "The number of refugees killed in the shelling rose to 19.", "19", "killed"),
    ("id", "Jumlah pengungsi yang tewas dalam penembakan itu naik menjadi 19.", "19", "killed"),
])
def test_a_word_that_says_the_outcome_wins_over_the_head_noun(code, text, fig, outcome):
    assert figures(text, code)[fig][2] == outcome


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Volunteers said 27 bodies were sent to the morgue in Juba overnight.", "27 bodies"),
    ("en", "Trucks delivered 14 bodies to the hospital in Kramatorsk.", "14 bodies"),
    ("id", "Relawan mengatakan 27 jenazah dibawa ke kamar mayat di Juba semalam.", "27 jenazah"),
    ("id", "Truk mengirim 14 mayat ke rumah sakit di Kramatorsk.", "14 mayat"),
])
def test_bodies_moved_somewhere_are_deaths(code, text, fig):
    assert figures(text, code)[fig][1:] == ("civilians", "killed")
