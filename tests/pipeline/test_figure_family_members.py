"""Members of a family are civilians: the generic "anggota" takes the class of the noun that says
whose members they are, past an article ("anggota sebuah keluarga") or with the possessive suffix
("anggota keluarganya"). English says it with "of", which already worked."""

import pytest

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    return find_figures(text, lang, sentences(text, lang), find_quantities(text, lang, articles=True), [], [])


@pytest.mark.parametrize(("code", "text", "span"), [
    ("id", "Orang bersenjata membunuh lima anggota sebuah keluarga di rumah mereka, kata polisi.",
     "lima anggota sebuah keluarga"),
    ("id", "Seorang petani mengatakan ia kehilangan dua anggota keluarganya dalam serangan udara itu.",
     "dua anggota keluarganya"),
    ("id", "Penembakan itu menewaskan empat anggota keluarganya di desa.", "empat anggota keluarganya"),
    ("en", "Gunmen killed five members of a family in their home, police said.", "five members"),
])
def test_family_members_are_civilians(code, text, span):
    (fig,) = figures(text, code)
    assert (text[fig.start:fig.end], fig.unit) == (span, "civilians")


@pytest.mark.parametrize("text", ["Serangan itu menewaskan tiga anggotanya.", "Dua anggota satgas tewas."])
def test_members_of_a_force_stay_personnel(text):
    (fig,) = figures(text, "id")
    assert fig.unit == "personnel"
