"""A side the article first names after the figure's paragraph is no enemy the reader knows of yet:
a belligerent's report of its enemy's losses in a civil war stays in that country, however often a
later paragraph names a foreign force ("U.S. jets struck ...") or a neighbour at war with it."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-03-11")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, side", [
    ("en", "Yemen's army said on Tuesday its troops had killed 25 attackers in clashes south of Taiz and "
     "seized two of their trucks.\nThe rebels made no comment on the fighting.\nIn a separate statement, "
     "the U.S. military said American jets had hit a radar site on the Red Sea coast. U.S. officials "
     "said the United States would keep up the strikes.", "25 attackers", "YE"),
    ("id", "Militer Yaman menyatakan pasukannya menewaskan 25 penyerang dalam bentrokan di selatan Taiz, "
     "Selasa.\nKelompok pemberontak belum memberikan tanggapan.\nDalam pernyataan terpisah, militer "
     "Amerika Serikat mengatakan jet-jet Amerika Serikat menyerang sebuah radar di pesisir Laut Merah.",
     "25 penyerang", "YE"),
    ("en", "South Sudan's army said on Friday it had killed 33 rebels who attacked a barracks in Jonglei "
     "state.\nThe army gave no figure for its own dead.\nSouth Sudan split from Sudan in 2011, and Sudan "
     "has been at war with itself since 2023.", "33 rebels", "SS"),
    ("id", "Tentara Sudan Selatan menyatakan telah menewaskan 33 pemberontak yang menyerang sebuah barak di "
     "negara bagian Jonglei, Jumat.\nSudan Selatan memisahkan diri dari Sudan pada 2011, dan Sudan "
     "dilanda perang saudara sejak 2023.", "33 pemberontak", "SS"),
])
def test_an_enemy_named_only_later_owns_no_losses(code, text, figure, side):
    assert sides(text, code)[figure] == side

