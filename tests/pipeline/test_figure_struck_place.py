"""Where a striker hit is no country of its own: a belligerent's people killed by the enemy's strike are
the speaker's, whatever country a place in the sentence resolves to; villages of a border region
("desa-desa perbatasan Armenia") are that country's, not a neighbour's."""

import warta


def sides(text, code, published="2025-05-09"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.outcome, f.side) for c in article.claims for f in c.figures]


def test_the_victims_of_an_enemy_strike_are_the_speakers_people():
    idn = ("Angkatan Darat Pakistan menyatakan serangan rudal India ke lima sasaran di Kashmir dan Punjab "
           "menewaskan 22 warga sipil dan melukai 40 orang.")
    assert {s for *_, s in sides(idn, "id")} == {"PK"}, sides(idn, "id")
    en = ("Pakistan's army said Indian missile strikes on five targets in Kashmir and Punjab killed 22 "
          "civilians and wounded 40.")
    assert {s for *_, s in sides(en, "en")} == {"PK"}, sides(en, "en")


def test_reduplicated_border_villages_are_the_countrys_own():
    idn = ("Menurut lembaga pemantau itu, sedikitnya 9 rumah di desa-desa perbatasan Armenia rusak akibat "
           "tembakan mortir Azerbaijan.")
    assert [s for *_, s in sides(idn, "id")] == ["AM"], sides(idn, "id")
    en = ("The monitor said at least 9 houses in border villages of Armenia were damaged by Azerbaijani "
          "mortars.")
    assert [s for *_, s in sides(en, "en")] == ["AM"], sides(en, "en")
