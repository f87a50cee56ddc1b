"""Who says it (warta.pipeline.claimant, warta.pipeline.sources): the claimant phrase,
its kind and side, on sentences of the genre written for these tests."""

import warta
from warta.lang import load
from warta.model import Figure, Quantity
from warta.pipeline.claims import find_claims
from warta.pipeline.segment import sentences


def given(text, code, *figures):
    """Claims over figures given by their words, so that only attribution is tested."""
    lang = load(code)
    sents = sentences(text, lang)
    figs = []
    for words in figures:
        at = text.index(words)
        sent = next(s.index for s in sents if s.start <= at < s.end)
        q = Quantity(at, at + len(words), words, 1.0, 1.0, 1.0)
        figs.append(Figure(at, at + len(words), words, q, "personnel", "killed", sentence=sent))
    return find_claims(text, lang, sents, sorted(figs, key=lambda f: f.start), [])


def full(text, code):
    """Claims with places and dates found, as ``warta extract`` makes them."""
    return warta.extract(text, lang=code, published="2025-06-01").claims


def who(claim):
    c = claim.claimant
    return (c.text, c.kind, c.country)


def test_a_preposition_after_a_source_word_stays_in_the_claimant():
    (c,) = full("Armenia and Azerbaijan handed over 40 detainees each on Tuesday, officials on "
                "both sides said.", "en")
    assert who(c) == ("officials on both sides", "official", None)
    (c,) = full("Armenia dan Azerbaijan saling menyerahkan 40 tahanan pada Selasa, kata pejabat "
                "di kedua belah pihak.", "id")
    assert who(c) == ("pejabat di kedua belah pihak", "official", None)
    (c,) = given("A source close to the Houthis said 6 of the group's fighters died.", "en",
                 "6 of the group's fighters")
    assert (c.claimant.text, c.claimant.kind) == ("A source close to the Houthis", "unknown")
    (c,) = given("Menteri Dalam Negeri Tomas Lind mengklaim 8 polisi terluka.", "id", "8 polisi")
    assert (c.claimant.text, c.claimant.kind) == ("Menteri Dalam Negeri Tomas Lind", "government")


def test_a_preposition_inside_a_clause_before_the_cue_does_not_join_it():
    (c,) = given("Seorang relawan yang timnya menolong warga di kota itu mengatakan 9 orang tewas.",
                 "id", "9 orang")
    assert c.claimant.text == "Seorang relawan"
    (c,) = given("Troops killed 7 fighters in Kidal on Monday, the army said.", "en", "7 fighters")
    assert c.claimant.text == "the army"


def test_the_head_of_a_source_phrase_gives_its_kind_not_its_complement():
    (c,) = given("Sumber yang dekat dengan Hamas mengatakan 3 komandan tewas.", "id", "3 komandan")
    assert (c.claimant.text, c.claimant.kind) == ("Sumber yang dekat dengan Hamas", "unknown")
    (c,) = given("Sumber di kementerian pertahanan mengatakan 3 jet hilang.", "id", "3 jet")
    assert (c.claimant.text, c.claimant.kind) == ("Sumber di kementerian pertahanan", "unknown")
    (c,) = given("Sources in the defence ministry said 3 jets were lost.", "en", "3 jets")
    assert (c.claimant.text, c.claimant.kind) == ("Sources in the defence ministry", "unknown")


def test_a_channel_after_a_preposition_is_no_part_of_the_source():
    (c,) = given("The ministry in a statement said 5 soldiers died.", "en", "5 soldiers")
    assert c.claimant.text == "The ministry"
    (c,) = given("Five soldiers died, said the governor on Telegram.", "en", "Five soldiers")
    assert c.claimant.text == "the governor"
    (c,) = given("Lima tentara tewas, kata gubernur di Telegram.", "id", "Lima tentara")
    assert c.claimant.text == "gubernur"
    (c,) = given("Lima tentara tewas, menurut pejabat di kedua kubu.", "id", "Lima tentara")
    assert c.claimant.text == "pejabat di kedua kubu"
