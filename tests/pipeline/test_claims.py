from warta.lang import load
from warta.pipeline.claims import find_claims
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def claims(text, code):
    lang = load(code)
    sents = sentences(text, lang)
    figs = find_figures(text, lang, sents, find_quantities(text, lang), [], [])
    return find_claims(text, lang, sents, figs, [])


def who(claim):
    c = claim.claimant
    return (c.text, c.kind, c.country, claim.cue.text if claim.cue else None)


def test_claims_subject_before_cue_indonesian():
    text = "Kementerian Pertahanan Rusia mengatakan pasukannya membunuh 200 tentara Ukraina."
    (c,) = claims(text, "id")
    assert who(c) == ("Kementerian Pertahanan Rusia", "government", "RU", "mengatakan")
    assert text[c.claimant.start:c.claimant.end] == c.claimant.text
    assert (c.start, c.end) == (0, len(text))


def test_claims_source_after_menurut_and_according_to():
    (c,) = claims("Sedikitnya 9 orang tewas, menurut PBB.", "id")
    assert who(c) == ("PBB", "organization", None, "menurut")
    (c,) = claims("At least 9 people were killed, according to the Red Cross.", "en")
    assert who(c) == ("the Red Cross", "organization", None, "according to")


def test_claims_speaker_after_a_quote():
    text = '"We destroyed 4 tanks," said General Petrov.'
    (c,) = claims(text, "en")
    assert c.claimant.text == "General Petrov" and c.cue.text == "said"


def test_claims_apposition_takes_the_name():
    text = "Ivan Sirko, juru bicara militer Ukraina, mengatakan 15 drone ditembak jatuh."
    (c,) = claims(text, "id")
    assert who(c) == ("Ivan Sirko", "military", "UA", "mengatakan")


def test_claims_pronoun_cue_resolves_to_last_speaker():
    text = ("Gubernur Kharkiv mengatakan serangan itu berat. "
            "“Dua warga tewas,” katanya.")
    (c,) = claims(text, "id")
    assert c.cue.text == "katanya"
    assert c.claimant.kind == "official"


def test_claims_no_source_is_the_reporter():
    (c,) = claims("Three soldiers were killed in the ambush.", "en")
    assert who(c) == ("", "reporter", None, None)
    assert c.claimant.start is None


def test_claims_country_used_as_actor_is_a_government():
    (c,) = claims("Menurut laporan harian, Ukraina mengklaim pasukan Rusia kehilangan 1.000 tentara.", "id")
    assert who(c) == ("Ukraina", "government", "UA", "mengklaim")
    assert c.figures[0].side == "RU" and c.figures[0].outcome == "lost"


def test_claims_bare_surname_takes_the_title_it_was_introduced_with():
    text = ("Military spokesman Andi Wirawan visited the area. "
            "Wirawan said 7 rebels were killed.")
    (c,) = claims(text, "en")
    assert who(c) == ("Wirawan", "military", None, "said")


def test_claims_coordinated_verbs_keep_the_sentence_subject():
    text = ("Staf Umum Angkatan Bersenjata Ukraina membantah laporan itu dan mengklaim "
            "Rusia kehilangan 900 tentara.")
    (c,) = claims(text, "id")
    assert who(c) == ("Staf Umum Angkatan Bersenjata Ukraina", "military", "UA", "mengklaim")


def test_claims_a_named_source_beats_the_outlet_that_relays_it():
    text = "Reuters melaporkan 310 warga tewas pekan ini, kata kementerian kesehatan Lebanon."
    (c,) = claims(text, "id")
    assert who(c) == ("kementerian kesehatan Lebanon", "government", "LB", "kata")


def test_claims_a_relative_clause_stays_inside_the_claimant():
    text = "Gubernur wilayah Donetsk yang dikuasai Ukraina mengatakan 15 warga sipil tewas."
    (c,) = claims(text, "id")
    assert who(c) == ("Gubernur wilayah Donetsk yang dikuasai Ukraina", "official", "UA", "mengatakan")


def test_claims_two_named_sources_in_one_sentence_each_keep_their_figures():
    text = ("The health ministry says more than 300 people were killed, while 40 soldiers "
            "were killed and 12 captured, according to the army.")
    got = claims(text, "en")
    assert [(c.claimant.text, [f.quantity.value for f in c.figures]) for c in got] == [
        ("The health ministry", [300]), ("the army", [40, 12])]
    for c in got:
        assert c.start <= c.figures[0].start and c.figures[-1].end <= c.end


def test_claims_an_opening_connective_is_not_the_subject():
    text = ("Sementara itu, juru bicara TPNPB-OPM Sebby Sambom mengklaim serangan itu "
            "dan menyebut tiga anggota TNI tewas.")
    (c,) = claims(text, "id")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == (
        "juru bicara TPNPB-OPM Sebby Sambom", "military", "ID")
