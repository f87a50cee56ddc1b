"""A group's name alone does not make its men foreign: a Chadian story that names Boko Haram and gives
no origin for its men counts what Chad's army destroyed and the force attacking it where they fight
(the convention of the later blind sets: Boko Haram assailants on a Chadian island are Chad's); where
the story says the men came from Nigeria, they are Nigeria's (tests/pipeline/test_side_fighters_origin.py).
What the attackers carry off was the state's own."""

import warta

CHAD_EN = ("Chadian troops repelled a Boko Haram raid on a base on Barkaram island on Sunday. The "
           "attackers, numbering about 300, made off with two armoured vehicles, Chad's army spokesman "
           "Issakha Acheikh said. Chad's army said troops had destroyed 12 boats.")
CHAD_ID = ("Pasukan Chad memukul mundur serangan Boko Haram ke sebuah pangkalan di Pulau Barkaram pada "
           "Minggu. Juru bicara militer Chad mengatakan para penyerang membawa kabur dua kendaraan lapis "
           "baja. Militer Chad menyatakan pasukannya menghancurkan 12 perahu.")


def sides(text, code, published="2025-03-31"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.side for c in article.claims for f in c.figures}


def test_a_group_s_name_alone_does_not_make_its_men_foreign():
    got = sides(CHAD_EN, "en")
    assert got.get("12 boats") == "TD" and got.get("about 300") == "TD", got
    got = sides(CHAD_ID, "id")
    assert got.get("12 perahu") == "TD", got


def test_men_the_story_says_came_from_abroad_are_foreign():
    got = sides(CHAD_EN.replace("a Boko Haram raid", "a raid by Boko Haram fighters from Nigeria")
                .replace("The attackers, numbering about 300,", "About 300 fighters"), "en")
    assert got.get("About 300 fighters") == "NG", got


def test_what_the_attackers_carried_off_was_the_state_s():
    got = sides("Azerbaijani troops attacked Armenian positions near Sotk on Tuesday, Armenia's defence "
                "ministry said. The attackers made off with two armoured vehicles, Armenia's defence "
                "ministry said.", "en")
    assert got.get("two armoured vehicles") == "AM", got
    got = sides("Pasukan Azerbaijan menyerang posisi Armenia di dekat Sotk pada Selasa, kata Kementerian "
                "Pertahanan Armenia. Kementerian Pertahanan Armenia mengatakan para penyerang membawa kabur "
                "dua kendaraan lapis baja.", "id")
    assert got.get("dua kendaraan lapis baja") == "AM", got
