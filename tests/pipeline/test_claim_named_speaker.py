"""A country's bare name as the subject of an estimate yields to the speaker the sentence closes
with ("Ukraina memperkirakan ..., kata Dmytro Lubinets", "Ukraine estimates that ..., said ..."); an
ombudsman or commissioner is an official; "and that" opens a new clause, whose figures take their own
verb, not the one of the clause before ("... had been recovered ... and that at least six houses ...
had been burned")."""

import warta


def claims(text, code, published="2025-05-24"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.outcome, c.claimant.text, c.claimant.kind) for c in article.claims for f in c.figures}


def test_a_named_speaker_beats_a_country_s_bare_name():
    got = claims("Ukraina memperkirakan 6.500 warganya masih berada dalam tahanan Rusia, kata Olena Reva, "
                 "komisioner hak asasi manusia Ukraina.", "id")
    assert [v[1:] for v in got.values()] == [("Olena Reva", "official")], got
    got = claims("Ukraine estimates that 6,500 Ukrainian civilians remain in captivity, said Olena Reva, "
                 "Ukraine's human rights commissioner.", "en")
    assert [v[1] for v in got.values()] == ["Olena Reva"], got


def test_and_that_opens_a_clause_of_its_own():
    got = claims("He said 27 bodies had been recovered by Monday evening and that at least six houses and a "
                 "health centre had been burned.", "en")
    assert got.get("at least six houses", ("",))[0] == "destroyed", got
