"""Names the index lacks beside a settlement a trigger announces (warta.pipeline.place_beside): the
peer before "and the nearby hamlet of X", and a given name opening a name after "the village of"."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_bearings import by_text


@pytest.mark.parametrize("code,text,names", [
    ("en", "Raiders struck Kolba Dari and the nearby hamlet of Sinwa Kote in Niger's Tillaberi region.",
     ["Kolba Dari", "Sinwa Kote"]),
    ("en", "Raiders struck Kolba Dari and the village of Sinwa Kote in Niger's Tillaberi region.",
     ["Kolba Dari", "Sinwa Kote"]),
    ("id", "Para penyerang menyerbu Kolba Dari dan desa kecil Sinwa Kote di wilayah Tillaberi, Niger.",
     ["Kolba Dari", "Sinwa Kote"]),
    ("id", "Para penyerang menyerbu Kolba Dari dan desa Sinwa Kote di wilayah Tillaberi, Niger.",
     ["Kolba Dari", "Sinwa Kote"]),
])
def test_a_name_paired_with_an_announced_village_is_one_too(gaz, code, text, names):
    got = by_text(text, code, gaz)
    assert all(n in got and not got[n].found and got[n].country == "NE" for n in names)


@pytest.mark.parametrize("code,text,person", [
    ("en", "Police chief Kolba Dari and the village of Sinwa Kote were both named in Niger's report.",
     "Kolba Dari"),
    ("id", "Kepala desa Ahmad Darsono dan desa Sinwa Kote disebut dalam laporan di Niger.", "Ahmad Darsono"),
])
def test_a_person_beside_an_announced_village_is_no_place(gaz, code, text, person):
    got = by_text(text, code, gaz)
    assert "Sinwa Kote" in got and person not in got


@pytest.mark.parametrize("code,text,name", [
    ("en", "Militants killed 12 soldiers near the village of Ali Gumare in Somalia's Hiiraan region.",
     "Ali Gumare"),
    ("id", "Militan menewaskan 12 tentara di dekat kota kecil Ali Gumare di wilayah Hiiraan, Somalia.",
     "Ali Gumare"),
])
def test_a_given_name_may_open_a_villages_name_after_a_phrase(gaz, code, text, name):
    got = by_text(text, code, gaz)
    assert name in got and got[name].country == "SO"


def test_a_village_word_alone_keeps_a_given_name_a_persons(gaz):
    got = by_text("Kepala desa Ali Gumare mengatakan warga mengungsi ke Beledweyne, Somalia.", "id", gaz)
    assert "Ali Gumare" not in got and "Beledweyne" in got


@pytest.mark.parametrize("code,text", [
    ("en", "POPAYAN, Colombia (AP) - Soldiers were ambushed on a dirt road between El Plateado and Argelia, "
           "in Cauca, on Thursday."),
    ("id", "POPAYAN, Kolombia (AP) - Tentara disergap di jalan tanah antara El Plateado dan Argelia, di "
           "Cauca, pada Kamis."),
])
def test_a_name_the_index_holds_only_for_a_hamlet_abroad_is_a_peer_of_its_pair(gaz, code, text):
    got = by_text(text, code, gaz)
    assert "El Plateado" in got and not got["El Plateado"].found and got["El Plateado"].country == "CO"
