"""Counts told for each side: a mediator named in the sentence is no side, a speaker who is no party
lets the article's two sides stand, an "each" right before a loss splits it, and two groups of one
country in a civil conflict give that country twice."""

import warta


def sides(text, code, published="2025-04-22"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.outcome, f.side) for c in article.claims for f in c.figures]


def test_a_mediator_is_no_side_of_an_exchange():
    idn = ("Eritrea dan Etiopia menggelar perundingan di Nairobi. Dalam pertemuan yang dimediasi Kenya, "
           "masing-masing pihak membebaskan 40 tahanan, kata juru bicara pemerintah Kenya.")
    got = [s for _, o, s in sides(idn, "id") if o == "released"]
    assert sorted(got) == ["ER", "ET"], got
    en = ("Eritrea and Ethiopia held talks in Nairobi. Under a deal mediated by Kenya, Eritrea and Ethiopia "
          "released 40 detainees each, a Kenyan government spokesman said.")
    got = [s for _, o, s in sides(en, "en") if o == "released"]
    assert sorted(got) == ["ER", "ET"], got


def test_each_before_a_loss_gives_one_loss_per_side():
    idn = ("Bentrokan antargeng di Port Moresby\nPORT MORESBY - Dua geng bersenjata bentrok di pinggiran "
           "Port Moresby, Papua Nugini, pada Sabtu. Polisi Papua Nugini mengatakan kedua geng itu kehilangan "
           "masing-masing empat anggotanya.")
    got = [(t, s) for t, o, s in sides(idn, "id") if o in ("lost", "killed")]
    assert got == [("empat anggotanya", "PG"), ("empat anggotanya", "PG")], got
    en = ("Gang clash in Port-au-Prince\nPORT-AU-PRINCE - Two armed gangs clashed in a suburb of the Haitian "
          "capital on Saturday. Haiti's national police said the two gangs each lost four members.")
    got = [s for _, o, s in sides(en, "en") if o in ("lost", "killed")]
    assert got == ["HT", "HT"], got


def test_captives_split_after_a_word_of_release_were_released():
    en = ("Eritrea and Ethiopia agreed to free prisoners of war held since the clashes, 25 soldiers from "
          "each side, a Kenyan mediator said.")
    assert sorted((o, s) for _, o, s in sides(en, "en")) == [("released", "ER"), ("released", "ET")]
    idn = "Eritrea dan Etiopia sepakat saling membebaskan tawanan perang, masing-masing pihak 25 prajurit."
    assert sorted((o, s) for _, o, s in sides(idn, "id")) == [("released", "ER"), ("released", "ET")]


def test_each_side_returning_its_captives_releases_them():
    en = ("Eritrea and Ethiopia agreed to a truce. Each side would also return three soldiers captured "
          "during the fighting, a Kenyan mediator said.")
    assert sorted((o, s) for _, o, s in sides(en, "en")) == [("released", "ER"), ("released", "ET")]
    idn = ("Eritrea dan Etiopia sepakat berdamai. Masing-masing pihak juga akan memulangkan tiga prajurit "
           "yang ditawan selama pertempuran, kata mediator Kenya.")
    assert sorted((o, s) for _, o, s in sides(idn, "id")) == [("released", "ER"), ("released", "ET")]
