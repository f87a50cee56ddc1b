"""Members of a named armed group are fighters ("11 members of the Dawlah Islamiyah group",
"11 anggota kelompok Abu Sayyaf"); others after a side's people are of that side ("35 militants
of al Shabaab and seven others"); a source described by a relative clause before its cue is the
source ("Rwanda, which has 4,000 troops there, said ...")."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: (f.unit, f.outcome, f.side, c.claimant.text) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Troops killed 11 members of the Maute group in Lanao del Sur on Friday, the army said.",
     "11 members of the Maute group"),
    ("id", "Tentara menewaskan 11 anggota kelompok Maute di Lanao del Sur pada Jumat, kata militer.",
     "11 anggota kelompok Maute"),
])
def test_members_of_a_named_group_are_fighters(code, text, figure):
    assert figures(text, code)[figure][0] == "personnel"


def test_members_of_a_family_stay_civilians():
    got = figures("Twelve members of the same family were killed in the strike, officials said.", "en")
    assert got["Twelve members"][0] == "civilians"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Somalia's army said it killed 35 Kenyan militants and captured seven others in Gedo. Somalia and "
     "Kenya share a long border.", "seven others"),
    ("id", "Tentara Somalia menyatakan telah menewaskan 35 militan Kenya dan menangkap tujuh lainnya di "
     "Gedo. Somalia dan Kenya berbagi perbatasan panjang.", "tujuh lainnya"),
])
def test_others_after_a_sides_people_are_of_that_side(code, text, figure):
    assert figures(text, code)[figure][2] == "KE"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Rwanda, which has about 4,000 troops deployed in the province, said its forces had killed 20 "
     "insurgents.", "20 insurgents"),
    ("id", "Rwanda, yang memiliki sekitar 4.000 tentara di provinsi itu, mengatakan pasukannya menewaskan 20 "
     "pemberontak.", "20 pemberontak"),
])
def test_a_source_described_before_its_cue(code, text, figure):
    assert figures(text, code)[figure][3] == "Rwanda"
