"""A state whose story names one foreign armed group and no enemy state fights that group: what it
destroys of the enemy and the force that attacks it are the group's country's (Boko Haram is
Nigeria's, in a Chadian story); what the attackers carry off was the state's own."""

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


def test_a_foreign_armed_group_is_the_state_s_enemy():
    got = sides(CHAD_EN, "en")
    assert got.get("12 boats") == "NG" and got.get("about 300") == "NG", got
    got = sides(CHAD_ID, "id")
    assert got.get("12 perahu") == "NG", got


def test_what_the_attackers_carried_off_was_the_state_s():
    got = sides("Azerbaijani troops attacked Armenian positions near Sotk on Tuesday, Armenia's defence "
                "ministry said. The attackers made off with two armoured vehicles, Armenia's defence "
                "ministry said.", "en")
    assert got.get("two armoured vehicles") == "AM", got
    got = sides("Pasukan Azerbaijan menyerang posisi Armenia di dekat Sotk pada Selasa, kata Kementerian "
                "Pertahanan Armenia. Kementerian Pertahanan Armenia mengatakan para penyerang membawa kabur "
                "dua kendaraan lapis baja.", "id")
    assert got.get("dua kendaraan lapis baja") == "AM", got
