"""A participle right after a count of people says who they were ("fishermen detained last month");
their own fate is the verb after "were" ("were released"), not a verb joined by "and"."""

import pytest

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def outcomes(text, code):
    lang = load(code)
    figs = find_figures(text, lang, sentences(text, lang), find_quantities(text, lang, articles=True), [], [])
    return [(f.quantity.value, f.outcome) for f in figs]


@pytest.mark.parametrize(("code", "text", "want"), [
    ("en", "Three fishermen detained by the navy last month were released on Monday, officials said.",
     [(3, "released")]),
    ("en", "Five soldiers captured in the border clash were freed on Sunday.", [(5, "released")]),
    ("id", "Tiga nelayan yang ditahan angkatan laut bulan lalu dibebaskan pada Senin, kata pejabat.",
     [(3, "released")]),
])
def test_the_fate_after_were_is_the_people_own(code, text, want):
    assert outcomes(text, code) == want


def test_a_verb_joined_by_and_is_another_subject_fate():
    text = "An officer said 14 troops were killed and their commander was injured."
    assert outcomes(text, "en") == [(14, "killed")]
