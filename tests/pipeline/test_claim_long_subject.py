"""A claimant named before a long stretch of words still speaks: the subject of a clause that a
participle after a comma continues ("..., condemned the raid, saying"), a framing verb after an
aside ("Three officials, who asked not to be named, put ... at"), a speaker described by a relative
clause and an aside ("Salah seorang sopir yang selamat, yang dirawat di ..., mengatakan"), and a
visit between an apposition and the cue ("Bupati X, Y, dalam kunjungannya ke ... mengatakan")."""

import warta


def claimants(text, code, published="2025-03-11"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, c.claimant.text, c.claimant.kind) for c in article.claims for f in c.figures]


def test_a_participle_after_the_main_clause_speaks_for_its_subject():
    got = claimants("Chad's interior ministry, which has long accused the rebels of recruiting children, "
                    "condemned the raid, saying nine herders were killed near Bol.", "en")
    assert [(g[1], g[2]) for g in got] == [("Chad's interior ministry", "government")], got
    got = claimants("A youth committee in nearby Mongo put the toll higher, saying on Friday that "
                    "between 20 and 25 people had died.", "en")
    assert got and all(g[1] == "A youth committee" for g in got), got


def test_a_framing_verb_after_an_aside_is_the_main_verb():
    got = claimants("Three medical officials in the town of Kousseri, who asked not to be named, put "
                    "the army's losses at 41 dead.", "en")
    assert got and "medical officials" in got[0][1], got


def test_a_statement_saying_speaks_for_who_issued_it():
    got = claimants("The regional governor issued a statement saying 14 houses were burned.", "en")
    assert got and got[0][1] == "The regional governor", got


def test_a_speaker_described_by_an_aside_is_no_count_and_speaks():
    got = claimants("Salah seorang sopir yang selamat, yang kini dirawat di rumah sakit Garissa, mengatakan "
                    "kepada harian Standard bahwa rombongannya kehilangan lima rekan.", "id")
    assert [g[0] for g in got] == ["lima rekan"], got
    assert "sopir" in got[0][1], got
    got = claimants("One of the drivers who survived, who is now being treated in Garissa, told the "
                    "Standard newspaper that five colleagues were killed.", "en")
    assert [g[0] for g in got] == ["five colleagues"], got


def test_a_visit_between_the_speaker_and_the_cue_is_where_it_spoke():
    got = claimants("Bupati Lamu, Issa Timamy, dalam kunjungannya ke lokasi mengatakan 23 korban luka "
                    "dirawat di rumah sakit, termasuk empat anak-anak.", "id")
    assert got and all("Issa Timamy" in g[1] for g in got), got
    got = claimants("The county governor, Issa Timamy, on a visit to the site, said 23 wounded people "
                    "were being treated in hospital.", "en")
    assert got and all("Issa Timamy" in g[1] for g in got), got
