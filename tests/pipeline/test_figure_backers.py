"""Third countries that back, arm or host a side ("yang didukung Turki", "the London-based monitor",
"backed by Turkey") are no side of the figures and no place where they happened; people a country
backs are not its own; a country named after a weapon ("pesawat nirawak Turki") owns the weapon, not
the people it hit; a title-case dateline before the outlet ("Istanbul (ANTARA) -") is where the story
was filed, not where its figures happened."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    return {f.text: f for c in extract(text, lang=code, published="2024-10-10").claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Bentrokan pecah lagi di Suriah utara. Menurut lembaga pemantau yang berbasis di Inggris itu, "
           "korban tewas mencapai 12 warga sipil.", "12 warga sipil"),
    ("en", "Fighting broke out again in northern Syria. According to the monitor, which is based in "
           "Britain, the dead included 12 civilians.", "12 civilians"),
    ("en", "Fighting broke out again in northern Syria. The dead included 12 civilians, the London-based "
           "monitor said.", "12 civilians"),
])
def test_a_backer_or_host_is_not_where_a_toll_happened(code, text, figure):
    assert figures(text, code)[figure].side == "SY"


@pytest.mark.parametrize("code, text, people, tanks", [
    ("id", "Turki kembali menyerang Suriah utara pekan ini. Tentara Suriah mengklaim menewaskan 20 pejuang "
           "yang didukung Turki dan menghancurkan dua tank di dekat Kilis.", "20 pejuang", "dua tank"),
    ("en", "Turkey struck northern Syria again this week. The Syrian army said it killed 20 fighters "
           "backed by Turkey and destroyed two tanks near Kilis.", "20 fighters", "two tanks"),
])
def test_people_a_country_backs_are_not_its_own(code, text, people, tanks):
    found = figures(text, code)
    assert (found[people].side, found[tanks].side) == ("SY", "SY")


def test_a_country_after_a_weapon_owns_the_weapon_not_the_victims():
    text = ("Pertempuran berlanjut di Suriah utara. Serangan pesawat nirawak Turki pada Senin menghantam "
            "konvoi warga yang menuju bendungan itu, menewaskan lima orang, kata seorang pejabat kesehatan "
            "setempat.")
    assert figures(text, "id")["lima orang"].side == "SY"


def test_a_title_case_dateline_is_not_where_it_happened():
    text = ("Istanbul (ANTARA) - Sedikitnya 37 orang tewas dalam bentrokan antara dua kelompok bersenjata "
            "di Suriah utara dalam dua hari terakhir, kata lembaga pemantau.")
    assert figures(text, "id")["Sedikitnya 37 orang"].side == "SY"
