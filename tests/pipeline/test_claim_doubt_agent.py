"""A cue word inside a doubt ("klaim yang belum dikonfirmasi Kinshasa") reports nothing: the one who has
not confirmed a claim is no source of its figures."""

import warta


def claimants(text, code, published="2025-01-27"):
    article = warta.extract(text, lang=code, published=published)
    return [c.claimant.text for c in article.claims if c.figures]


def test_who_has_not_confirmed_a_claim_is_not_its_source():
    idn = ("Juru bicara militer Rwanda mengklaim pasukannya telah menembak jatuh dua helikopter Kongo, "
           "klaim yang belum dikonfirmasi Kinshasa.")
    assert claimants(idn, "id") == ["Juru bicara militer Rwanda"], claimants(idn, "id")
    en = ("A Rwandan military spokesman claimed his forces had shot down two Congolese helicopters, a claim "
          "not confirmed by Kinshasa.")
    assert claimants(en, "en") == ["A Rwandan military spokesman"], claimants(en, "en")
