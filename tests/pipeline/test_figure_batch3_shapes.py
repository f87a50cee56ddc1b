"""Shapes of a third batch of wire copy: missile launchers are launchers, not missiles; "38 anggota
satu keluarga" are one family's people, one figure; parts announced by "di antara korban tewas
terdapat" mix a toll; speakers named by a longer noun phrase ("Dua pekerja bantuan di Al-Ubayyid
mengatakan") are no figure; jets that drop bombs ("menjatuhkan empat bom") were used, not downed."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-07-18")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The military said its jets destroyed 12 missile launchers in western Iran.",
     [("12 missile launchers", "rocket_launchers", "destroyed")]),
    ("id", "Militer Israel mengatakan jet tempurnya menghancurkan 12 peluncur rudal di Iran barat.",
     [("12 peluncur rudal", "rocket_launchers", "destroyed")]),
    ("id", "Jaringan Dokter Sudan menyebutkan sedikitnya 38 anggota satu keluarga tewas di desa itu.",
     [("sedikitnya 38 anggota satu keluarga", "civilians", "killed")]),
    ("id", "Dua pekerja bantuan di Al-Ubayyid mengatakan sekitar 3.400 orang mengungsi.",
     [("sekitar 3.400 orang", "civilians", "displaced")]),
    ("id", "Seorang warga mengatakan, dua jet tempur menjatuhkan empat bom di dekat biara.",
     [("dua jet tempur", "aircraft", "used"), ("empat bom", "munitions", "used")]),
])
def test_batch3_shapes(code, text, expected):
    assert figures(text, code) == expected


def test_parts_announced_among_the_dead_mix_the_toll():
    text = "Bentrokan itu menewaskan lebih dari 200 orang, menurut SOHR. SOHR menyebutkan, di antara " \
           "korban tewas terdapat 92 anggota milisi Druze dan 14 warga sipil."
    assert figures(text, "id")[0] == ("lebih dari 200 orang", "other", "killed")
