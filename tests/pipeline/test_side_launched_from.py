"""Weapons launched from a country are that country's, whoever shoots them down and whatever enemy the
story names more ("two of three missiles launched from Yemen" in a story about Gaza, "dua dari tiga
rudal yang ditembakkan dari Yaman")."""

import warta


def sides(text, code, published="2025-06-23"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.side for c in article.claims for f in c.figures}


def test_missiles_launched_from_a_country_are_its():
    got = sides("Israeli jets struck Hamas positions in Gaza on Monday. The Israeli military said it had "
                "intercepted two of three missiles launched from Yemen.", "en")
    assert got == {"two": "YE", "three missiles": "YE"}, got
    got = sides("Jet-jet Israel menggempur posisi Hamas di Gaza pada Senin. Militer Israel mengklaim telah "
                "mencegat dua dari tiga rudal yang ditembakkan dari Yaman.", "id")
    assert got == {"dua": "YE", "tiga rudal": "YE"}, got
