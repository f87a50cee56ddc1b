"""Wire forms of figures: weapons the attackers carried were used; "menewaskan dan melukai" / "killed or
maimed" counts casualties; landmines and explosives are munitions; motorcycle-taxi drivers, shepherds and
gold panners are civilians; houses blown up were destroyed; the beheaded were killed; people who left
their villages were displaced; a force counted after a numbering word ("yang berjumlah", "numbering")
was used in the attack."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    return {f.text: f for c in extract(text, lang=code, published="2024-10-10").claims for f in c.figures}


def fate(text, code, figure):
    at = text.index(figure)
    f = next(f for c in extract(text, lang=code, published="2024-10-10").claims for f in c.figures
             if f.start == at)
    return f.unit, f.outcome


@pytest.mark.parametrize("code, text, figure, expected", [
    ("id", "Menurut polisi, para pelaku membawa dua pucuk senjata api saat menyerang pos itu.",
     "dua pucuk senjata api", ("other", "used")),
    ("id", "Serangan mortir itu menewaskan dan melukai puluhan tentara, kata juru bicara militer.",
     "puluhan tentara", ("personnel", "casualties")),
    ("en", "The shelling killed or maimed more than 300 children last year, the agency said.",
     "more than 300 children", ("civilians", "casualties")),
    ("id", "Tentara menyita lebih dari 300 ranjau darat di kawasan itu sepanjang Januari.",
     "lebih dari 300 ranjau darat", ("munitions", "captured")),
    ("id", "Polisi juga menyita puluhan bahan peledak rakitan dari rumah tersangka.",
     "puluhan bahan peledak rakitan", ("munitions", "captured")),
    ("en", "Soldiers seized more than 300 landmines in the area in January.",
     "more than 300 landmines", ("munitions", "captured")),
    ("id", "Seorang penggembala ditahan oleh pasukan itu di dekat desa, kata pejabat setempat.",
     "Seorang penggembala", ("civilians", "captured")),
    ("en", "Two shepherds were detained by the troops near the village, a local official said.",
     "Two shepherds", ("civilians", "captured")),
    ("en", "A shepherd was detained by the troops near the village, a local official said.",
     "A shepherd", ("civilians", "captured")),
    ("id", "Tentara meledakkan sekitar 20 rumah di desa itu pada Senin malam, menurut kantor berita resmi.",
     "sekitar 20 rumah", ("other", "destroyed")),
    ("en", "Troops blew up about 20 houses in the village on Monday night, the official news agency said.",
     "about 20 houses", ("other", "destroyed")),
    ("id", "Para penyerang memenggal tiga pria di desa itu, menurut tetua adat.", "tiga pria",
     ("civilians", "killed")),
    ("id", "Sedikitnya 40 keluarga telah meninggalkan desa-desa di sekitar kota itu sejak Senin.",
     "Sedikitnya 40 keluarga", ("civilians", "displaced")),
])
def test_wire_forms(code, text, figure, expected):
    assert fate(text, code, figure) == expected


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Para pemberontak itu, yang berjumlah lebih dari 50 orang, datang dengan sepeda motor, menurut "
           "pemimpin komunitas.", "lebih dari 50 orang"),
    ("id", "Pasukan asing itu, yang diperkirakan berjumlah sekitar 4.000 tentara, berperang bersama "
           "pemberontak.",
     "sekitar 4.000 tentara"),
    ("en", "The attackers, numbering about 50, came on motorbikes, a local leader said.", "about 50"),
])
def test_a_force_counted_after_a_numbering_word_was_used(code, text, figure):
    assert fate(text, code, figure) == ("personnel", "used")
