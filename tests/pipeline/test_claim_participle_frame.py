"""A framing participle after a comma (", putting the army's dead at 11") goes on with the sentence's
speaker: the phrase it frames is no source."""

import warta


def claimants(text, code, published="2025-03-02"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: c.claimant.text for c in article.claims for f in c.figures}


def test_a_participle_after_a_comma_keeps_the_speaker():
    en = ("The Mai-Mai militia said on its radio station that it lost three fighters in the raid, putting "
          "the army's losses this week at 27.")
    got = claimants(en, "en")
    assert got.get("27") == "The Mai-Mai militia", got
    idn = ("Milisi Mai-Mai mengatakan di stasiun radionya bahwa tiga pejuangnya tewas dalam serangan itu, "
           "sembari menyebut jumlah tentara yang tewas pekan ini mencapai 27.")
    got = claimants(idn, "id")
    assert got.get("27") == "Milisi Mai-Mai", got
