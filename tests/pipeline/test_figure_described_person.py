"""One person whose fate is the point still counts when a relative clause describes them before it
("Seorang petani yang sedang memanen padi di dekat pos itu juga terluka")."""

import warta


def figures(text, code, published="2025-04-04"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.outcome) for c in article.claims for f in c.figures]


def test_a_person_described_by_a_relative_clause_counts():
    idn = "Seorang petani yang sedang memanen padi di dekat pos itu juga terluka, kata polisi."
    assert figures(idn, "id") == [("Seorang petani", "wounded")], figures(idn, "id")
    en = "A farmer who was harvesting rice near the post was also wounded, police said."
    assert figures(en, "en") == [("A farmer", "wounded")], figures(en, "en")
