"""A number after a fraction word ("half of the", "sepertiga dari") is the whole a part is taken
of: the outcome is the part's, so the whole is no figure, unless its own outcome word follows it
("half of the 120 people killed", "separuh dari 120 orang yang tewas" is a toll)."""

import pytest

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    found = find_figures(text, lang, sentences(text, lang), find_quantities(text, lang), [], [])
    return {f.text: (f.unit, f.outcome) for f in found}


@pytest.mark.parametrize("code, text", [
    ("en", "About a third of the 45,000 people in the camp have fled toward Tine."),
    ("en", "Two-thirds of the 600 hostages were freed on Tuesday."),
    ("id", "Sekitar sepertiga dari 45.000 warga kamp itu telah mengungsi ke Tine."),
    ("id", "Dua pertiga dari 600 sandera dibebaskan pada Selasa."),
])
def test_the_whole_a_fraction_is_taken_of_is_no_figure(code, text):
    assert figures(text, code) == {}


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Half of the 230 people killed in the raid were farmers.", "230 people"),
    ("id", "Separuh dari 230 orang yang tewas dalam serangan itu adalah petani.", "230 orang"),
])
def test_a_whole_with_its_own_outcome_is_a_toll(code, text, fig):
    assert figures(text, code)[fig] == ("civilians", "killed")
