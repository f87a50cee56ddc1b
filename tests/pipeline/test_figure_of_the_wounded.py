"""A bare count of "the wounded" or "yang terluka" after a count of things counts people, not more of
those things ("150 motorcycles ... four of the injured")."""

import warta


def units(text, code, published="2025-08-30"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.unit, f.outcome) for c in article.claims for f in c.figures]


def test_some_of_the_wounded_are_people():
    en = "The official said gunmen came on 150 motorcycles and that four of the injured were traders."
    assert ("four", "civilians", "wounded") in units(en, "en"), units(en, "en")
    idn = ("Pejabat itu mengatakan para penyerang datang dengan 200 sepeda motor dan lima dari yang terluka "
           "adalah pedagang.")
    assert ("lima", "civilians", "wounded") in units(idn, "id"), units(idn, "id")
