"""A model's designator between a weapon and its owner ("tiga jet tempur F-35 Israel") keeps the owner
in the figure: the owner's, not the place's where it fell."""

import warta


def sides(text, code, published="2025-06-20"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.side) for c in article.claims for f in c.figures]


def test_the_owner_after_a_model_name_is_the_side():
    idn = "Seorang pejabat setempat mengatakan dua jet tempur F-35 Israel ditembak jatuh di dekat Isfahan."
    assert sides(idn, "id") == [("dua jet tempur F-35 Israel", "IL")], sides(idn, "id")
    en = "A local official said two Israeli F-35 jets were shot down near Isfahan."
    assert [s for _, s in sides(en, "en")] == ["IL"], sides(en, "en")
