"""A number a capitalised unit or area head names is part of the name, no count ("Brigade 207",
"Wilayah 6")."""

import warta


def figures(text, code, published="2025-02-11"):
    article = warta.extract(text, lang=code, published=published)
    return [f.text for c in article.claims for f in c.figures]


def test_a_units_number_is_no_count():
    en = "Fighting broke out near the headquarters of Brigade 207. At least five people were killed."
    assert figures(en, "en") == ["At least five people"], figures(en, "en")
    idn = ("Bentrokan pecah di dekat markas Brigade 207. Sedikitnya lima orang tewas, kata juru bicara "
           "Komando Wilayah 6.")
    assert figures(idn, "id") == ["Sedikitnya lima orang"], figures(idn, "id")
