"""A part word that is also an outcome ("included", "mencakup": what a force brings along) after
a toll's noun gives the parts the toll's outcome; armed men of gangs, pirates and kidnappers
are personnel, not civilians."""

import pytest

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    quantities = find_quantities(text, lang, articles=True)
    found = find_figures(text, lang, sentences(text, lang), quantities, [], [])
    return {f.text: (f.unit, f.outcome) for f in found}


@pytest.mark.parametrize("code, text, fig, unit, outcome", [
    ("en", "The dead in the village included nine farmers.", "nine farmers", "civilians", "killed"),
    ("en", "Those wounded in the blast included 14 pupils.", "14 pupils", "civilians", "wounded"),
    ("en", "The dead included two policemen and a nurse.", "two policemen", "personnel", "killed"),
    ("id", "Korban tewas di desa itu mencakup sembilan petani.", "sembilan petani", "civilians", "killed"),
    ("id", "Korban luka akibat ledakan mencakup 14 murid.", "14 murid", "civilians", "wounded"),
])
def test_parts_of_a_toll_take_its_outcome(code, text, fig, unit, outcome):
    assert figures(text, code)[fig] == (unit, outcome)


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The convoy included 35 armoured trucks.", "35 armoured trucks"),
    ("id", "Konvoi itu mencakup 35 truk.", "35 truk"),
])
def test_a_force_that_includes_things_still_uses_them(code, text, fig):
    assert figures(text, code)[fig][1] == "used"


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Police shot dead 11 gang members near the port.", "11 gang members"),
    ("en", "The navy detained six pirates off the coast.", "six pirates"),
    ("id", "Polisi menembak mati 11 orang bersenjata di dekat pelabuhan.", "11 orang bersenjata"),
    ("id", "Angkatan laut menahan enam perompak di lepas pantai.", "enam perompak"),
])
def test_armed_men_are_personnel(code, text, fig):
    assert figures(text, code)[fig][0] == "personnel"


@pytest.mark.parametrize("code, text, fig, unit, outcome", [
    ("id", "Tiga polisi tewas dan seorang lainnya kritis setelah pos mereka diserang.", "seorang lainnya",
     "personnel", "wounded"),
    ("id", "Empat nelayan hilang, sementara seorang lainnya ditemukan tewas.", "seorang lainnya",
     "civilians", "killed"),
    ("en", "Three policemen were killed and one other was critically hurt at the post.", "one other",
     "personnel", "wounded"),
])
def test_one_more_of_the_people_just_counted(code, text, fig, unit, outcome):
    assert figures(text, code)[fig] == (unit, outcome)


@pytest.mark.parametrize("code, text", [
    ("id", "Dua warga tewas dan seorang pejabat lainnya mengatakan jalan itu ditutup."),
    ("id", "Seorang lainnya mengatakan jalan itu ditutup."),
])
def test_an_article_with_its_own_noun_or_no_people_before_is_no_extra(code, text):
    assert "seorang lainnya" not in figures(text, code)
