"""A country named only as a neighbour across a border ("near the Chinese border", "from the
Afghan side of the border", "dekat perbatasan China", "dari sisi Afghanistan") is no side of the
people counted; with no enemy of the claimant named, its enemy is fought where the story is."""

import pytest

from warta.lang import load
from warta.pipeline.extract import extract
from warta.pipeline.sides import beside


def sides(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, name, expected", [
    ("en", "The attack on an army post near the Niger border killed 14 soldiers.", "Niger", True),
    ("en", "Militants fired from the Afghan side of the border on Monday.", "Afghan", True),
    ("en", "Ukrainian troops advanced in the Russian border region of Kursk.", "Russian", False),
    ("en", "Villages close to the border with Mali and Niger were emptied.", "Niger", True),
    ("en", "The Russian side said talks would resume.", "Russian", False),
    ("id", "Bom meledak di dekat perbatasan Malaysia, Senin.", "Malaysia", True),
    ("id", "Para penyerang datang dari sisi Somalia.", "Somalia", True),
    ("id", "Pasukan Ukraina masuk ke wilayah perbatasan Rusia.", "Rusia", False),
    ("id", "Penjaga Perbatasan Bangladesh menahan 65 personel.", "Bangladesh", False),
    ("id", "Desa-desa dekat perbatasan dengan Mali dan Niger ditinggalkan.", "Niger", True),
])
def test_a_name_beside_border_words_is_a_neighbour(code, text, name, expected):
    assert beside(text, text.index(name), load(code)) is expected


@pytest.mark.parametrize("code, text, figure, side", [
    ("en", "Ethnic rebels in northern Myanmar said on Sunday they had seized a border town and captured 300 "
     "government soldiers near the Chinese border. Residents said shells landed on the Chinese side of the "
     "border. China's foreign ministry said two Chinese traders were hurt.", "300 government soldiers", "MM"),
    ("id", "Pemberontak etnis di Myanmar utara mengklaim telah merebut sebuah kota dan menangkap 300 tentara "
     "pemerintah di dekat perbatasan China. Warga mengatakan peluru artileri jatuh di sisi China. "
     "Kementerian Luar Negeri China menyebut dua pedagang China terluka.", "300 tentara pemerintah", "MM"),
    ("en", "Pakistan's army said its troops killed eight militants who tried to cross from the Afghan side "
     "of the border on Monday. Islamabad accuses Afghan authorities of sheltering fighters along the "
     "Afghan border.",
     "eight militants", "PK"),
    ("id", "Militer Pakistan menyatakan pasukannya menewaskan delapan militan yang mencoba menyeberang dari "
     "sisi Afghanistan, Senin. Pakistan menuding otoritas Afghanistan melindungi para militan di sepanjang "
     "perbatasan Afghanistan.", "delapan militan", "PK"),
])
def test_enemy_losses_are_not_the_neighbours(code, text, figure, side):
    assert sides(text, code)[figure] == side
