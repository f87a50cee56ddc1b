"""Killed fighters keep the unit personnel: members of a force named after them with its modifiers
("9 members of a local vigilante militia", "5 members of the 36th Front", "anggota Front ..."),
and the fighters' own nouns ("volunteer defence auxiliaries", "petugas polisi", "relawan pertahanan
desa"); a part of a group counted by a pronoun ("Six of them", "Enam dari mereka") takes the unit of
the people named before it, in its sentence or the one before."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: f.unit for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Gunmen killed 9 members of a local vigilante militia near Gusau on Tuesday, police said.",
     "9 members of a local vigilante militia"),
    ("en", "The army said it killed five members of the 36th Front in Cauca on Monday.",
     "five members of the 36th Front"),
    ("id", "Tentara mengatakan pihaknya menewaskan lima anggota Front Pembebasan Selatan di Cauca, Senin.",
     "lima anggota Front Pembebasan Selatan"),
])
def test_members_of_a_force_or_front_are_fighters(code, text, figure):
    assert figures(text, code)[figure] == "personnel"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "A drone killed three volunteer defence auxiliaries at a checkpoint in Kharkiv region, officials "
     "said.", "three volunteer defence auxiliaries"),
    ("en", "Two more auxiliaries were wounded in the blast, officials said.", "Two more auxiliaries"),
    ("id", "Orang tak dikenal menembak mati dua petugas polisi di Distrik Sinak, kata juru bicara polisi.",
     "dua petugas polisi"),
    ("id", "Bom itu menewaskan empat relawan pertahanan desa di Yala, kata polisi.",
     "empat relawan pertahanan desa"),
])
def test_fighters_own_nouns_are_personnel(code, text, figure):
    assert figures(text, code)[figure] == "personnel"


@pytest.mark.parametrize("code, text, figure, unit", [
    ("en", "Soldiers cornered a band of rebels near the river. Six of them were captured, the army said.",
     "Six of them", "personnel"),
    ("en", "Police chased the gunmen into the hills and said that five of them were arrested.",
     "five of them", "personnel"),
    ("en", "Villagers fled to the church after the attack. Eight of them were wounded, a priest said.",
     "Eight of them", "civilians"),
    ("id", "Tentara mengepung sekelompok pemberontak di dekat sungai. Enam dari mereka ditangkap, kata "
     "militer.",
     "Enam dari mereka", "personnel"),
    ("id", "Polisi mengejar para pria bersenjata ke perbukitan dan menyebut lima dari mereka ditangkap.",
     "lima dari mereka", "personnel"),
    ("id", "Warga desa mengungsi ke gereja setelah serangan itu. Delapan dari mereka luka-luka, kata pastor.",
     "Delapan dari mereka", "civilians"),
])
def test_part_of_a_group_named_before_takes_its_unit(code, text, figure, unit):
    assert figures(text, code)[figure] == unit
