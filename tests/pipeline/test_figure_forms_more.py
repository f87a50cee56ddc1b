"""Figures the earlier rules missed or misread: people found dead after "the bodies of" / "jasad";
vehicles the attackers came on ("arrived on 60 motorcycles", "datang dengan 40 sepeda motor"); a
scare-quoted noun (23 "teroris"); a people's name in the plural ("580 Mexicans"); suspects,
dissidents, guards and ranks as fighters; hostages still held; people forced to leave."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: (f.quantity.value, f.unit, f.outcome, f.side)
            for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, expected", [
    ("en", "The bodies of four farmers were found near the village on Sunday, police said.", "four farmers",
     (4, "civilians", "killed")),
    ("en", "Residents said the bodies of three vigilantes were discovered in the bush.", "three vigilantes",
     (3, "personnel", "killed")),
    ("id", "Jasad empat petani ditemukan di dekat desa itu pada Minggu, kata polisi.", "empat petani",
     (4, "civilians", "killed")),
    ("id", "Jasad dua penjaga hutan ditemukan warga di tepi sungai.", "dua penjaga hutan",
     (2, "personnel", "killed")),
])
def test_people_after_a_body_word_were_killed(code, text, figure, expected):
    assert figures(text, code)[figure][:3] == expected


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The gunmen arrived on about 30 motorcycles and opened fire, a witness said.",
     "about 30 motorcycles"),
    ("id", "Para penyerang datang dengan sekitar 30 sepeda motor lalu melepaskan tembakan, kata saksi.",
     "sekitar 30 sepeda motor"),
])
def test_vehicles_the_attackers_came_on_were_used(code, text, figure):
    assert figures(text, code)[figure][1:3] == ("vehicles", "used")


@pytest.mark.parametrize("code, text, figure, unit", [
    ("en", "The ministry said its troops had \"neutralised\" 12 \"terrorists\" in the north.",
     "12 \"terrorists\"", "personnel"),
    ("id", "Kementerian itu menyebut pasukannya \"menetralisasi\" 12 \"teroris\" di wilayah utara.",
     "12 \"teroris\"", "personnel"),
])
def test_a_scare_quoted_noun_is_the_unit(code, text, figure, unit):
    assert figures(text, code)[figure][1] == unit


def test_a_peoples_name_in_the_plural_counts_its_people():
    got = figures("About 900 Colombians crossed into Ecuador last week, Ecuador's government said.", "en")
    assert got["About 900 Colombians"][1:] == ("civilians", "displaced", "CO")


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Police said they had arrested nine suspects after the bombing.", "nine suspects"),
    ("id", "Polisi menyatakan telah menangkap sembilan tersangka setelah pengeboman itu.",
     "sembilan tersangka"),
    ("en", "The army said it captured 14 dissidents in the mountains.", "14 dissidents"),
])
def test_suspects_and_dissidents_are_fighters(code, text, figure):
    assert figures(text, code)[figure][1:3] == ("personnel", "captured")


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("en", "Police said 40 pupils had escaped, while about 120 were still being held by the gang.",
     "about 120", "captured"),
    ("id", "Polisi menyebut 40 siswa berhasil kabur, sedangkan 120 orang masih ditawan kelompok itu.",
     "120 orang", "captured"),
    ("en", "The UN said some 8,000 people were forced to leave the town in three days.", "some 8,000 people",
     "displaced"),
    ("id", "PBB menyebut sekitar 8.000 orang terpaksa meninggalkan kota itu dalam tiga hari.",
     "sekitar 8.000 orang", "displaced"),
])
def test_people_still_held_or_forced_to_leave(code, text, figure, outcome):
    assert figures(text, code)[figure][2] == outcome


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Ia menyebut pasukan kelompok itu di wilayah tersebut kini tinggal 40 orang.", "40 orang"),
    ("id", "Menurut polisi, kekuatan kelompok itu kini tersisa sekitar 300 orang.", "sekitar 300 orang"),
])
def test_a_forces_remaining_strength(code, text, figure):
    assert figures(text, code)[figure][1:3] == ("personnel", "other")


@pytest.mark.parametrize("code, text, figure, expected", [
    ("id", "\"Tiga DPO tewas dalam kontak tembak di pegunungan,\" kata Kapolda di Palu.", "Tiga DPO",
     ("personnel", "killed")),
    ("id", "Sebanyak 80 sipir penjara masih disandera para narapidana, kata otoritas penjara.",
     "80 sipir penjara", ("personnel", "captured")),
    ("en", "About 80 prison guards were still being held by inmates, prison authorities said.",
     "About 80 prison guards", ("personnel", "captured")),
    ("en", "Some 200 reported missing after the flooding of the camp, the Red Cross said.", "Some 200",
     ("civilians", "missing")),
])
def test_wanted_men_guards_and_the_missing(code, text, figure, expected):
    assert figures(text, code)[figure][1:3] == expected
