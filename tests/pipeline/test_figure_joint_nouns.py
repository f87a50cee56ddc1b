"""One number over a fighter noun and a civilian noun joined by "and"/"dan" counts both kinds of people
(other); officials are civilians ("tiga pejabat desa"); a capitalised plural demonym names the side
of the people it counts ("nine Ugandans")."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The rebels said they killed about 40 soldiers and local officials near Kalemie.",
     [("about 40 soldiers", "other", "killed")]),
    ("id", "Pemberontak mengaku membunuh sekitar 40 tentara bayaran dan pejabat setempat di dekat Kalemie.",
     [("sekitar 40 tentara bayaran", "other", "killed")]),
    ("id", "Empat pejabat distrik ditembak mati di dekat Kalemie, kata polisi.",
     [("Empat pejabat", "civilians", "killed")]),
])
def test_joint_nouns(code, text, expected):
    assert figures(text, code) == expected


def test_plural_demonym_side():
    doc = extract("Nine Ugandans were among those killed in the raid near Beni, the army said.",
                  lang="en", published="2025-06-02")
    assert [(f.text, f.side) for c in doc.claims for f in c.figures] == [("Nine Ugandans", "UG")]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The militia said it had captured dozens of soldiers and others near Lashio.",
     [("dozens of soldiers", "other", "captured")]),
    ("id", "Milisi itu mengaku telah menangkap puluhan tentara dan lainnya di dekat Lashio.",
     [("puluhan tentara", "other", "captured")]),
])
def test_fighters_and_others(code, text, expected):
    assert figures(text, code) == expected
