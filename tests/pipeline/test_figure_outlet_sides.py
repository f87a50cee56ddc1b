"""A country inside an outlet's name ("Jakarta, CNN Indonesia --", "the Times of Israel
reported", "menurut Moscow Times") is neither a side of the story nor where it happened: a
belligerent's enemy is found among the sides the story names, not the outlet's country."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2024-12-09")
    return [(f.unit, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("id", "Jakarta, CNN Indonesia -- Tentara Arakan mengklaim telah menembak jatuh dua helikopter militer "
     "di Rakhine. Junta Myanmar membantah klaim itu."),
    ("id", "Tentara Arakan mengklaim telah menembak jatuh dua helikopter militer di Rakhine, menurut "
     "Jerusalem Post."),
    ("en", "The rebels said they had shot down two military helicopters in Rakhine, the Times of Israel "
     "reported."),
    ("en", "The Arakan Army said it had shot down two military helicopters, according to CNN Indonesia."),
])
def test_an_outlets_country_is_no_side(code, text):
    assert sides(text, code) == [("helicopters", "MM")]
