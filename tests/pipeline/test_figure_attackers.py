"""Attackers counted as the subject of their attack are fighters used, not victims: "para penyerang
yang berjumlah sekitar 40 orang ... membakar dua truk", "about 40 rebels stormed the post"; and a
belligerent's regular troops deployed are its own ("Kenya, which has 3,000 troops there, said")."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: (f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Kapolres mengatakan para penyerang yang berjumlah sekitar 40 orang datang dari hutan dan "
     "membakar dua truk logistik.", "sekitar 40 orang"),
    ("id", "Menurut polisi, para pelaku yang berjumlah sekitar 40 orang menyerang pos jaga pada dini hari.",
     "sekitar 40 orang"),
    ("en", "Police said about 40 rebels stormed the post at dawn and burned two trucks.", "about 40 rebels"),
    ("en", "Police said 40 gunmen killed six guards at the mine.", "40 gunmen"),
])
def test_attackers_counted_before_their_attack_were_used(code, text, figure):
    assert figures(text, code)[figure][:2] == ("personnel", "used")


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("en", "Police said six guards were attacked at the mine.", "six guards", "other"),
    ("en", "Three people were killed and 5 wounded, police said.", "Three people", "killed"),
    ("id", "Tiga orang tewas dan 5 luka-luka, kata polisi.", "Tiga orang", "killed"),
])
def test_victims_stay_victims(code, text, figure, outcome):
    assert figures(text, code)[figure][1] == outcome


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Kenya, which has about 3,000 troops deployed in Somalia, said its forces killed 20 militants. "
     "Somalia welcomed the help.", "about 3,000 troops"),
    ("id", "Kenya, yang menempatkan sekitar 3.000 tentara yang dikerahkan di Somalia, mengatakan pasukannya "
     "menewaskan 20 militan. Somalia menyambut bantuan itu.", "sekitar 3.000 tentara"),
])
def test_a_belligerents_troops_deployed_are_its_own(code, text, figure):
    assert figures(text, code)[figure][1:] == ("used", "KE")


@pytest.mark.parametrize("code, text", [
    ("id", "Menurut seorang warga Tentena, dua orang tewas dalam bentrokan itu."),
    ("en", "According to a resident of Tentena, two people were killed in the clash."),
    ("id", "\"Dua orang tewas di ujung desa,\" kata seorang warga Tentena kepada wartawan."),
])
def test_a_source_named_with_an_article_counts_no_one(code, text):
    doc = extract(text, lang=code, published="2024-10-10")
    assert [f.quantity.value for c in doc.claims for f in c.figures] == [2]
