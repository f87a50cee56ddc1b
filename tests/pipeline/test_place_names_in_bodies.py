"""Names of people, forces and groups around places (warta.pipeline.place_persons, place_new,
place_groups): a body's place followed by its officer's rank and name; a village's head named
between commas after the village; a force named after its home or a city; a place joined to one
an armed group's name holds."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def _texts(code: str, text: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


def test_a_bodys_province_before_an_officers_rank_is_a_place(gaz):
    text = ("Dua orang tewas dalam baku tembak di Sampang. Kepala Bidang Humas Polda Jawa Timur "
            "Komisaris Besar Budi Santoso membenarkan kejadian itu.")
    assert _texts("id", text, gaz) == ["Sampang", "Jawa Timur"]


@pytest.mark.parametrize("code,text,names", [
    ("id", "Warga mengungsi setelah bentrokan di Sampang, Jawa Timur. Kepala Desa Tlambah, Rudi Hartono, "
           "mengatakan rumah dibakar.", ["Sampang", "Jawa Timur", "Desa Tlambah"]),
    ("en", "The chief of the village of Kalimbo, Hassan Lamadi, said gunmen raided the market in "
           "central Mali.", ["Kalimbo", "Mali"]),
])
def test_a_name_between_commas_after_a_village_is_its_head_not_another_village(gaz, code, text, names):
    """A list of villages ends in its joiner ("A, B and C"); a name between commas with none after
    it is the holder of the office before."""
    assert _texts(code, text, gaz) == names


@pytest.mark.parametrize("code,text,names", [
    ("en", "Soldiers of the Assam Rifles searched houses in Imphal on Friday.", ["Imphal"]),
    ("id", "Kelompok pasukan Voronezh merebut sebuah desa di dekat Kupiansk, kata Kementerian Pertahanan "
           "Rusia.", ["Kupiansk", "Rusia"]),
])
def test_a_force_named_after_a_place_names_no_place(gaz, code, text, names):
    assert _texts(code, text, gaz) == names


@pytest.mark.parametrize("code,text,names", [
    ("en", "Police arrested three members of the Islamic State of Iraq and Syria in Surabaya.", ["Surabaya"]),
    ("id", "Polisi menangkap tiga anggota jaringan Negara Islam Irak dan Suriah di Surabaya.", ["Surabaya"]),
])
def test_a_place_joined_to_a_groups_place_is_in_the_name_too(gaz, code, text, names):
    assert _texts(code, text, gaz) == names
