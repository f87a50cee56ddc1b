"""A force's country named after its capitalised name ("8 anggota Africa Corps Rusia") owns the people
counted before it; a belligerent's own troops deployed in a host country ("yang dikerahkan di Mozambik
... sekitar 4.000 personel") are its own, the host named after "in" says where; a regional delegate or
district head is an official source."""

import pytest

from warta.pipeline.extract import extract


def one(text, code, figure):
    at = text.index(figure)
    return next((f, c.claimant) for c in extract(text, lang=code, published="2024-10-10").claims
                for f in c.figures if f.start == at)


def test_a_forces_country_after_its_name_owns_its_people():
    text = ("Kelompok JNIM di Mali mengklaim telah menewaskan 34 tentara Mali dan 8 anggota Africa "
            "Corps Rusia "
            "dalam penyergapan itu.")
    assert one(text, "id", "8 anggota")[0].side == "RU"


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Pasukan Rwanda, yang dikerahkan di Mozambik sejak tahun 2021 dengan jumlah sekitar "
           "4.000 personel, "
           "mengatakan pihaknya membunuh 16 pemberontak.", "sekitar 4.000 personel"),
    ("en", "Rwandan forces, deployed in Mozambique since 2021 with about 4,000 troops, said they killed 16 "
           "insurgents.", "about 4,000 troops"),
])
def test_own_troops_deployed_in_a_host_country_are_the_claimants(code, text, figure):
    assert one(text, code, figure)[0].side == "RW"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "In the Southwest region, gunmen kidnapped seven teachers from a school in Muyuka on "
           "Sunday, a week "
           "after separatists ordered a boycott of classes, the regional delegate for education said.",
     "seven teachers"),
    ("id", "Orang-orang bersenjata menculik tujuh guru dari sebuah sekolah di Muyuka pada Minggu, "
           "kata kepala "
           "distrik setempat.", "tujuh guru"),
])
def test_a_delegate_or_district_head_is_an_official_source(code, text, figure):
    assert one(text, code, figure)[1].kind == "official"
