"""Where a story says its armed men came from ("gunmen who crossed from X", "X militiamen",
"pria bersenjata dari X", "kelompok pemberontak X") their counts are of that country wherever they
fight; a story filed from where it happens ("LUSAKA, June 3 (Reuters) -") is about that country, so
an army it does not name otherwise is that country's; a headline's fate word ends the name of a force
after a count ("3 Pria Bersenjata Tewas Ditembak Polisi X": X shot them, they are not X's)."""

import pytest

import warta


def sides(text, code, published="2026-06-05"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.side for c in article.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Gunmen who crossed from Ethiopia raided a police post near Marsabit in northern Kenya on Friday. "
           "Kenyan police officers fought back and killed five of the raiders, the interior ministry said.",
     "five of the raiders"),
    ("en", "Ethiopian militiamen raided a police post near Marsabit in northern Kenya on Friday. Kenyan "
           "police officers fought back and killed five of the raiders, the interior ministry said.",
     "five of the raiders"),
    ("id", "Pria bersenjata dari Ethiopia menyerbu pos polisi di dekat Marsabit, Kenya utara, pada Jumat. "
           "Kementerian Dalam Negeri Kenya menyatakan polisi menewaskan lima penyerang.", "lima penyerang"),
    ("id", "Kelompok pemberontak Ethiopia menyerbu pos polisi di dekat Marsabit, Kenya utara, pada Jumat. "
           "Kementerian Dalam Negeri Kenya menyatakan polisi menewaskan lima penyerang.", "lima penyerang"),
])
def test_armed_men_are_of_the_country_the_story_says_they_came_from(code, text, figure):
    assert sides(text, code).get(figure) == "ET"


def test_what_the_men_are_outweighs_where_they_came_from():
    text = ("Penyerang datang dari wilayah Somalia dan kembali ke sana, kata polisi Kenya di Marsabit. "
            "Kelompok itu, milisi asal Ethiopia yang bermarkas di Somalia, menyerbu pos polisi pada Jumat. "
            "Polisi Kenya menyatakan menewaskan lima penyerang.")
    assert sides(text, "id").get("lima penyerang") == "ET"


def test_a_filed_story_s_country_owns_its_unnamed_army():
    text = ("Congolese militiamen cross into Zambia\n"
            "LUSAKA, June 3 (Reuters) - Congolese militiamen crossed into northern Zambia near Chiengi on "
            "Tuesday, officials said, as fighting in Congo's Haut-Katanga pushed over the border. The army "
            "said it had sent 300 soldiers to Chiengi and Kaputa. Zambia's government said 2,000 people had "
            "fled Chiengi, and Zambian police in Nchelenge said the militiamen burned a school.")
    assert sides(text, "en").get("300 soldiers") == "ZM"


def test_a_headline_fate_word_ends_a_force_name():
    text = ("3 Pria Bersenjata Tewas Ditembak Polisi Kenya di Marsabit\n"
            "Pria bersenjata dari Ethiopia menyerbu pos polisi di dekat Marsabit, Kenya utara, pada Jumat.")
    assert sides(text, "id").get("3 Pria Bersenjata") == "ET"
