"""Members of an armed group are fighters, also as the bodies of such members ("tujuh jenazah anggota
kelompok teroris", "seven members of an armed group"): a generic noun before another generic one
that names a force reads through it, and the span keeps the whole noun phrase."""

import warta


def figures(text, code, published="2025-08-06"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.unit for c in article.claims for f in c.figures}


def test_bodies_of_members_of_a_terrorist_group():
    got = figures("\"Pasukan kami menemukan enam jenazah anggota kelompok teroris serta tiga pucuk "
                  "senapan,\" kata komandan brigade itu.", "id")
    assert got.get("enam jenazah anggota kelompok teroris") == "personnel", got


def test_members_of_an_armed_group():
    got = figures("Troops killed six members of an armed group near the border, the army said.", "en")
    assert got.get("six members of an armed group") == "personnel", got
