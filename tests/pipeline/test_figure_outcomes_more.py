"""Outcomes the earlier rules misread: one person named with an article among the people a
capture counts ("termasuk seorang brigadir jenderal"); posts seized; troops a government will
send; rockets that wounded people were fired; fighters who fled are no displaced people."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: (f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Pemberontak menyatakan telah menangkap 120 tentara, termasuk seorang kolonel, di markas itu.",
     "seorang kolonel"),
])
def test_one_person_among_the_captured_counts(code, text, figure):
    assert figures(text, code)[figure] == (1, "personnel", "captured")


def test_an_english_article_after_including_is_an_example():
    # "seorang" is a numeral; "a" after "including" names an example the whole already counts
    text = "The rebels said they had captured 120 soldiers, including a colonel, at the base."
    assert "a colonel" not in figures(text, "en")


@pytest.mark.parametrize("code, text, figure, expected", [
    ("en", "The rebels said they had seized nine army posts near the town.", "nine army posts",
     ("other", "captured")),
    ("id", "Pemberontak menyatakan telah merebut sembilan pos militer di dekat kota itu.",
     "sembilan pos militer", ("other", "captured")),
    ("en", "The president said the government would send 2,000 troops to the region.", "2,000 troops",
     ("personnel", "used")),
    ("id", "Presiden mengatakan pemerintah akan mengirimkan 2.000 tentara ke wilayah itu.", "2.000 tentara",
     ("personnel", "used")),
])
def test_posts_seized_and_troops_sent(code, text, figure, expected):
    assert figures(text, code)[figure][1:] == expected


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Gubernur mengatakan tiga roket yang ditembakkan dari seberang perbatasan melukai lima warga.",
     "tiga roket"),
    ("en", "The governor said three rockets fired from across the border wounded five residents.",
     "three rockets"),
])
def test_rockets_that_wounded_people_were_fired(code, text, figure):
    assert figures(text, code)[figure][1:] == ("missiles", "used")


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Polisi menyebut dua tersangka lainnya melarikan diri ke hutan.", "dua tersangka lainnya"),
    ("en", "Police said two suspects fled into the forest.", "two suspects"),
])
def test_fighters_who_fled_are_not_displaced(code, text, figure):
    assert figures(text, code)[figure][1:] == ("personnel", "other")
