"""Toponyms inside armed groups' and military units' names are no places;
the places around them stay."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text,places", [
    ("id", "Dua prajurit tewas diserang Tentara Pembebasan Nasional Papua Barat di Nduga, Papua.",
     ["Nduga", "Papua"]),
    ("id", "Juru bicara Organisasi Papua Merdeka membantah tuduhan itu di Jayapura.", ["Jayapura"]),
    ("en", "Two soldiers were killed by the West Papua National Liberation Army in Nduga, Papua.",
     ["Nduga", "Papua"]),
    ("en", "A spokesman for the Free Papua Movement denied the claim in Jayapura.", ["Jayapura"]),
    ("en", "The Popular Front for the Liberation of Palestine claimed the attack near Jenin.", ["Jenin"]),
    ("en", "Turkish jets hit Kurdistan Workers Party positions near Duhok on Monday.", ["Duhok"]),
    ("id", "Jet Turki menyerang posisi Partai Pekerja Kurdistan di dekat Duhok pada Senin.",
     ["Turki", "Duhok"]),
    ("en", "Fighters of the Kachin Independence Army shelled a junta post outside Bhamo on Friday.",
     ["Bhamo"]),
    ("en", "The Myanmar National Democratic Alliance Army said it still held Lashio.", ["Lashio"]),
    ("id", "Tentara Kemerdekaan Kachin mengaku menembaki pos militer di luar Bhamo pada Jumat.", ["Bhamo"]),
    ("en", "A unit of the Kachin National Front ambushed a convoy on the road to Bhamo.", ["Bhamo"]),
    ("id", "Anggota Front Nasional Kachin menghadang konvoi di jalan menuju Bhamo.", ["Bhamo"]),
    ("en", "Officials in Peshawar blamed Tehrik-e-Taliban Pakistan for the bombing.", ["Peshawar"]),
    ("id", "Pejabat di Peshawar menyalahkan Tehrik-e-Taliban Pakistan atas pengeboman itu.", ["Peshawar"]),
    ("id", "Kelompok Provinsi Afrika Barat Negara Islam mengklaim serangan di Borno.", ["Borno"]),
    ("en", "The Islamic State West Africa Province group claimed the attack in Borno.", ["Borno"]),
    ("id", "Pasukan Demokratik Suriah menahan 14 orang di dekat Raqqa pada Rabu.", ["Raqqa"]),
    ("id", "Pasukan Demokratik Sekutu menyerang sebuah desa di Beni, Republik Demokratik Kongo.",
     ["Beni", "Republik Demokratik Kongo"]),
])
def test_a_place_in_an_armed_groups_name_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places


@pytest.mark.parametrize("code,text,places", [
    ("id", "Negara Islam Provinsi Afrika Barat mengklaim serangan di Monguno, Borno.", ["Monguno", "Borno"]),
    ("id", "Kartel Sinaloa membantah terlibat dalam penembakan di Culiacan.", ["Culiacan"]),
    ("en", "Islamic State West Africa Province claimed the attack in Monguno, Borno.", ["Monguno", "Borno"]),
    ("en", "The Sinaloa cartel denied any part in the shooting in Culiacan.", ["Culiacan"]),
    ("en", "A Jalisco New Generation cartel cell was blamed for the ambush in Culiacan.", ["Culiacan"]),
])
def test_a_place_in_a_jihadist_branch_or_a_cartel_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places


@pytest.mark.parametrize("code,text,places", [
    ("id", "Menurut CNN Indonesia, dua rumah terbakar di Ambon.", ["Ambon"]),
    ("id", "Serambi Indonesia melaporkan tiga warga mengungsi dari Bireuen.", ["Bireuen"]),
    ("en", "CNN Indonesia reported that two houses burned in Ambon.", ["Ambon"]),
    ("en", "The shelling of Mariupol was filmed by BBC Ukraine.", ["Mariupol"]),
])
def test_a_place_in_an_outlets_name_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places


@pytest.mark.parametrize("code,text", [
    ("id", "Komandan batalion Azov dibebaskan. Ratusan pejuang Azov menyerah di Mariupol."),
    ("en", "The commander of the Azov regiment was freed. Azov fighters surrendered in Mariupol."),
])
def test_a_units_name_is_the_unit_at_every_mention(gaz, code, text):
    assert found(text, code, gaz) == ["Mariupol"]


@pytest.mark.parametrize("code,text,places", [
    ("id", "Batalion Azov ditarik. Kapal patroli berlayar di Laut Azov dekat kota Azov.",
     ["Laut Azov", "Azov"]),
    ("id", "Dua batalion Ukraina dikerahkan ke Kharkiv.", ["Ukraina", "Kharkiv"]),
    ("en", "The Azov regiment withdrew. Patrol boats sailed the Sea of Azov near the city of Azov.",
     ["Sea of Azov", "Azov"]),
    ("en", "Two Ukraine battalions moved to Kharkiv.", ["Ukraine", "Kharkiv"]),
])
def test_a_place_word_or_a_country_keeps_the_place(gaz, code, text, places):
    assert found(text, code, gaz) == places


@pytest.mark.parametrize("code,text", [
    ("id", "Gerilyawan menyerang pekerja jalan trans Papua di Nduga, Papua."),
    ("en", "Gunmen attacked workers on the trans Papua highway in Nduga, Papua."),
])
def test_a_trans_road_is_no_place(gaz, code, text):
    assert found(text, code, gaz) == ["Nduga", "Papua"]


@pytest.mark.parametrize("code,text,places", [
    ("id", "Kapal perang India INS Kolkata dikerahkan ke Teluk Aden.", ["India", "Teluk Aden"]),
    ("id", "Kata seorang saksi kepada Channel News Asia, serangan terjadi di Sagaing.", ["Sagaing"]),
    ("en", "The Indian warship INS Kolkata sailed for the Maritime Security Operation in the Gulf of Aden.",
     ["Gulf of Aden"]),
    ("en", "A witness told Channel News Asia the strike hit Sagaing.", ["Sagaing"]),
])
def test_a_warship_or_a_channel_named_after_a_place_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places


def test_a_common_noun_in_an_agencys_name_is_no_alias_of_a_city(gaz):
    assert found("Menurut Badan Urusan Pengungsi PBB, 200 orang tiba di Aceh.", "id", gaz) == ["Aceh"]


@pytest.mark.parametrize("code,text", [
    ("en", "Criticism from United Russia grew after the vote in Murmansk."),
    ("id", "Kritik dari Rusia Bersatu meningkat setelah pemungutan suara di Murmansk."),
])
def test_a_party_named_after_its_country_is_no_place(gaz, code, text):
    assert found(text, code, gaz) == ["Murmansk"]



@pytest.mark.parametrize("code,text,places", [
    ("id", "Peluru menghantam Rumah Sakit Saudi di El Fasher, Sudan, pada Jumat.", ["El Fasher", "Sudan"]),
    ("en", "Shells hit the Kuwait Hospital in Rafah on Friday, medics in Gaza said.", ["Rafah", "Gaza"]),
    ("en", "She worked at a rural Kenya hospital before Gaza.", ["Kenya", "Gaza"]),
    ("id", "Ia pernah bekerja di rumah sakit Kenya sebelum ke Gaza.", ["Kenya", "Gaza"]),
])
def test_a_country_that_names_a_hospital_is_no_place(gaz, code, text, places):
    assert found(text, code, gaz) == places


@pytest.mark.parametrize("code,text", [
    ("en", "Mali's junta now relies on Russian mercenaries of the Africa Corps in Bamako."),
    ("id", "Junta Mali kini dibantu tentara bayaran Rusia dari Africa Corps di Bamako."),
])
def test_a_place_before_corps_names_a_force_not_a_place(gaz, code, text):
    lang = load(code)
    got = [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]
    assert "Africa" not in got and "Bamako" in got


@pytest.mark.parametrize("code,text", [
    ("en", "Fighters of ISIS Sahel raided two villages near Menaka in eastern Mali."),
    ("id", "Pejuang ISIS Sahel menyerbu dua desa di dekat Menaka di Mali timur."),
])
def test_a_region_after_isis_is_the_groups_name(gaz, code, text):
    assert "Sahel" not in found(text, code, gaz) and "Menaka" in found(text, code, gaz)
