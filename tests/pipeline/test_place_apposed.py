"""A settlement or district named with its head, then, commas apart, the units it lies in
("Motu village, Orissa state, India"): a namesake of the index elsewhere is not it
(warta.pipeline.place_units.in_named_unit)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def by_text(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name,country", [
    # a unit the index lacks between the village and its country: Motu of Tonga is not it
    ("en", "Clashes hit Motu village, Orissa state, India, on Monday.", "Motu", "IN"),
    ("id", "Bentrokan terjadi di desa Motu, negara bagian Orissa, India, pada Senin.", "Motu", "IN"),
    # a province of another country than the index's Shaykh Ali (Afghanistan)
    ("en", "Fighting was reported in Shaykh Ali village, Aleppo governorate, Syria.", "Shaykh Ali", "SY"),
    ("id", "Pertempuran dilaporkan di desa Shaykh Ali, provinsi Aleppo, Suriah.", "Shaykh Ali", "SY"),
    # a district word, then its province: not the Panamanian Guzman
    ("en", "Troops entered Guzman district, Norte de Santander department, in Colombia.", "Guzman", "CO"),
    ("id", "Pasukan memasuki distrik Guzman, departemen Norte de Santander, Kolombia.", "Guzman", "CO"),
])
def test_a_headed_name_then_its_units_lies_in_them(gaz, code, text, name, country):
    place = by_text(text, code, gaz)[name]
    assert place.country == country and not place.found


def test_a_list_of_towns_is_no_apposition(gaz):
    # no head word after the first name: "Kharkiv, Sumy, Ukraine" keeps each town as the index has it
    found = by_text("Drones hit Kharkiv, Sumy and Odesa in Ukraine.", "en", gaz)
    assert {found[n].country for n in ("Kharkiv", "Sumy", "Odesa")} == {"UA"}
    assert all(found[n].found for n in ("Kharkiv", "Sumy", "Odesa"))


@pytest.mark.parametrize("code,text", [
    ("id", "Kontak senjata pecah lagi di Sugapa, Kabupaten Intan Jaya, Papua, Rabu sore."),
    ("en", "Gunfire broke out again near Sugapa, Intan Jaya regency, Papua, on Wednesday evening."),
])
def test_a_district_of_a_province_redrawn_since_stays_the_index_one(gaz, code, text):
    # Intan Jaya lies in Central Papua since Papua was split; named with Papua it is still found
    place = by_text(text, code, gaz)["Kabupaten Intan Jaya" if code == "id" else "Intan Jaya"]
    assert place.found and place.country == "ID" and place.precision == "admin2"


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting was reported in Happy Valley village, Northern Samar province, Philippines."),
    ("id", "Pertempuran dilaporkan di desa Happy Valley, provinsi Northern Samar, Filipina."),
])
def test_the_country_at_the_end_of_a_chain_of_units_places_the_village(gaz, code, text):
    # the province between is found too; the country after it rules out the American town
    place = by_text(text, code, gaz)["Happy Valley"]
    assert place.country == "PH" and not place.found


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting was reported in Hamar al Ali village, Deir ez Zor governorate, Syria."),
    ("id", "Pertempuran dilaporkan di desa Hamar al Ali, provinsi Deir ez Zor, Suriah."),
])
def test_an_article_inside_a_name_makes_it_one_name(gaz, code, text):
    # "al" joins "Hamar" and "Ali" (each a town abroad) into one village the index lacks;
    # "ez" joins "Deir ez Zor", the province
    found = by_text(text, code, gaz)
    assert found["Hamar al Ali"].country == "SY" and not found["Hamar al Ali"].found
    assert found["Deir ez Zor"].found and found["Deir ez Zor"].country == "SY"
    assert "Hamar" not in found and "Ali" not in found


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting was reported in La Gabarra village, Norte de Santander department, Colombia."),
    ("id", "Pertempuran dilaporkan di desa La Gabarra, departemen Norte de Santander, Kolombia."),
])
def test_an_article_is_no_initials_of_a_city(gaz, code, text):
    # "La" folds like "L.A." (Los Angeles); only written with stops or in capitals is it the city
    found = by_text(text, code, gaz)
    assert found["La Gabarra"].country == "CO" and "La" not in found
    assert by_text("Fans in L.A. cheered on Sunday.", "en", gaz)["L.A."].country == "US"


@pytest.mark.parametrize("code,text", [
    ("en", "Russian troops captured the village of Pishchane in the Kharkiv region on Sunday."),
    ("id", "Pasukan Rusia merebut desa Pishchane di wilayah Kharkiv pada Minggu."),
])
def test_a_village_put_in_a_province_is_none_of_its_namesakes_in_the_next_one(gaz, code, text):
    # the index's Pishchanes lie in other oblasts, some within a few hundred km: this one is a
    # place it lacks, in Kharkiv oblast (only a province split since may hold the index's one)
    place = by_text(text, code, gaz)["Pishchane"]
    assert not place.found and place.admin1 == "UA.07"


@pytest.mark.parametrize("code,text", [
    ("id", "Jakarta (ANTARA) - Sebanyak 23 orang tewas dalam bentrokan di desa Qarvani, Kongo, "
           "pekan lalu."),
    ("en", "JAKARTA (Reuters) - At least 23 people were killed in clashes in Qarvani village, Congo, "
           "last week."),
])
def test_a_place_the_index_lacks_lies_in_the_country_beside_it_not_at_the_dateline(gaz, code, text):
    # the agency files from Jakarta; the village is where the text puts it, in the Congo
    place = by_text(text, code, gaz)["Qarvani"]
    assert not place.found and place.country == "CD"


@pytest.mark.parametrize("code,text", [
    ("id", "Jakarta (ANTARA) - Sebanyak 23 orang tewas dalam bentrokan di desa Qarvani pekan lalu. "
           "Konflik di timur Kongo telah berlangsung puluhan tahun."),
    ("en", "Jakarta (Reuters) - At least 23 people were killed in clashes in the village of Qarvani "
           "last week. The conflict in eastern Congo has lasted decades."),
])
def test_the_town_a_story_is_filed_from_does_not_hold_its_unknown_places(gaz, code, text):
    # a dateline in title case ("Jakarta (ANTARA) -") is where the agency files; the village
    # lies in the country the story names
    place = by_text(text, code, gaz)["Qarvani"]
    assert not place.found and place.country == "CD"


def test_the_town_a_story_is_filed_from_holds_them_when_no_country_is_named(gaz):
    place = by_text("Timika - Kelompok bersenjata menembak seorang warga di Kampung Qarvani.", "id", gaz)[
        "Kampung Qarvani"]
    assert not place.found and place.country == "ID"


@pytest.mark.parametrize("code,text", [
    ("en", "Residents of Qarvaniyah, a small frontline town, fled to Kharkiv on Monday."),
    ("id", "Warga Qarvaniyah, sebuah kota kecil di garis depan, mengungsi ke Kharkiv pada Senin."),
])
def test_an_apposition_calling_a_name_a_town_makes_it_a_place(gaz, code, text):
    place = by_text(text, code, gaz)["Qarvaniyah"]
    assert not place.found and place.country == "UA" and place.precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "Tim Whitley, a city official in Kharkiv, said the shelters were full."),
    ("en", "Ivan Petrenko, a village elder near Kharkiv, said the shelters were full."),
    ("id", "Ivan Petrenko, sebuah nama yang dikenal di Kharkiv, mengatakan tempat perlindungan penuh."),
])
def test_an_apposition_whose_head_modifies_a_noun_names_no_place(gaz, code, text):
    assert list(by_text(text, code, gaz)) == ["Kharkiv"]


@pytest.mark.parametrize("code,text", [
    ("en", "Fighters attacked Qarvaniyah, a village about 20 km west of Kharkiv, on Monday. "
           "Drones also hit the Sumy region."),
    ("id", "Para pejuang menyerang Qarvaniyah, sebuah desa sekitar 20 km di barat Kharkiv, pada Senin. "
           "Drone juga menghantam wilayah Sumy."),
])
def test_a_place_measured_off_a_town_lies_by_that_town(gaz, code, text):
    found = by_text(text, code, gaz)
    village, town = found["Qarvaniyah"], found["Kharkiv"]
    # where the town is, not the Sumy region named next
    assert abs(village.lat - town.lat) < 0.001 and abs(village.lon - town.lon) < 0.001


@pytest.mark.parametrize("code,text", [
    ("en", "The army took Qarvani town in Chin State and a base in Maungdaw district."),
    ("id", "Tentara merebut kota Qarvani di negara bagian Chin dan sebuah pangkalan di distrik Maungdaw."),
])
def test_a_place_the_index_lacks_lies_in_the_unit_right_after_it(gaz, code, text):
    place = by_text(text, code, gaz)["Qarvani"]
    assert not place.found and place.admin1 == "MM.02"  # Chin, not the district named later


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting was reported in Bab Ghalqah village, Dali governorate, Yemen."),
    ("id", "Pertempuran dilaporkan di desa Bab Ghalqah, provinsi Dali, Yaman."),
])
def test_a_province_named_with_its_country_is_none_abroad(gaz, code, text):
    # China's Dali prefecture is no Yemeni governorate: the province and the village are in Yemen
    found = by_text(text, code, gaz)
    assert found["Dali"].country == "YE" and found["Bab Ghalqah"].country == "YE"


@pytest.mark.parametrize("code,text", [
    ("en", "Two soldiers were killed in Jani Khel, Bannu district, on Friday."),
    ("id", "Dua tentara tewas di Jani Khel, Distrik Bannu, pada Jumat."),
])
def test_a_bare_name_put_in_a_headed_unit_abroad_is_a_place_there(gaz, code, text):
    # the index's Jani Khel lies in Afghanistan; the text puts this one in a Pakistani district
    place = by_text(text, code, gaz)["Jani Khel"]
    assert place.country == "PK" and not place.found


def test_a_country_after_a_bare_town_is_a_list_not_its_unit(gaz):
    found = by_text("Rallies were held in Kabul, Iran and Pakistan.", "en", gaz)
    assert found["Kabul"].country == "AF" and found["Kabul"].found


@pytest.mark.parametrize("code,text,name", [
    ("en", "Two soldiers were killed in Mir Ali in North Waziristan on Friday.", "Mir Ali"),
    ("id", "Dua tentara tewas di Mir Ali di Waziristan Utara pada Jumat.", "Mir Ali"),
    ("en", "Police said a guard died in Zarghun Khel, Bannu district, overnight.", "Zarghun Khel"),
    ("id", "Polisi mengatakan penjaga tewas di Zarghun Khel, Distrik Bannu, semalam.", "Zarghun Khel"),
])
def test_a_name_the_index_lacks_put_in_a_unit_is_a_place_there(gaz, code, text, name):
    place = by_text(text, code, gaz)[name]
    assert place.country == "PK" and not place.found


def test_a_site_put_in_a_town_is_no_settlement_of_its_own(gaz):
    found = by_text("The rabbi spoke at Rodef Ezra Congregation in Oakland and near Birchwood Road in "
                    "DeKalb County.", "en", gaz)
    assert not any(n.startswith(("Rodef", "Birchwood")) for n in found)


@pytest.mark.parametrize("code,text,name", [
    ("en", "Gunmen ambushed a convoy between Inafarak and Timbuktu on Monday.", "Inafarak"),
    ("en", "Gunmen ambushed a convoy between Timbuktu and Inafarak on Monday.", "Inafarak"),
    ("id", "Pria bersenjata menyergap konvoi di jalan antara Inafarak dan Timbuktu pada Senin.", "Inafarak"),
    ("id", "Pria bersenjata menyergap konvoi di jalan antara Timbuktu dan Inafarak pada Senin.", "Inafarak"),
])
def test_a_name_the_index_lacks_paired_by_between_with_a_town_is_a_place_beside_it(gaz, code, text, name):
    place = by_text(text, code, gaz)[name]
    assert place.country == "ML" and not place.found


@pytest.mark.parametrize("code,text", [
    ("en", "Talks between Hamas and Israel resumed in Cairo."),
    ("id", "Perundingan antara Hamas dan Israel dilanjutkan di Kairo."),
])
def test_between_pairs_no_group_with_a_country(gaz, code, text):
    assert "Hamas" not in by_text(text, code, gaz)


def test_between_pairs_no_common_word_with_a_town(gaz):
    text = "The road is closed between First and Herman streets in Laconia."
    assert "First" not in by_text(text, "en", gaz)


@pytest.mark.parametrize("text,country", [
    ("A drone hit a market near the northern Malian town of Inafarak on Sunday. Algeria shut its border.",
     "ML"),
    ("Shelling hit the Russian border village of Inafarak, Ukraine's army said.", "RU"),
])
def test_a_peoples_adjective_in_the_phrase_of_a_place_word_gives_its_country(gaz, text, country):
    """English only: Indonesian has no separate adjectives of peoples ("kota Mali utara")."""
    place = by_text(text, "en", gaz)["Inafarak"]
    assert place.country == country and not place.found


def test_a_place_in_the_country_a_peoples_adjective_gives_lies_in_a_unit_of_it_the_story_names(gaz):
    text = ("A drone hit a market near the northern Malian town of Inafarak on Sunday. Algeria shut its "
            "border.\nRebels have held much of the Kidal region since 2012.")
    found = by_text(text, "en", gaz)
    assert found["Inafarak"].country == "ML" and found["Inafarak"].admin1 == found["Kidal"].admin1


def test_a_peoples_adjective_of_the_actor_gives_no_country(gaz):
    place = by_text("Ukrainian forces took the village of Inafarak near Kursk.", "en", gaz)["Inafarak"]
    assert place.country == "RU"


@pytest.mark.parametrize("text,name,country", [
    ("Tiga warga tewas tertembak di Inafarak pada Kamis, kata Gubernur Kidal.", "Inafarak", "ML"),
    ("Dua prajurit tewas di Inafarak, Mimika, pada Rabu.", "Inafarak", "ID"),
])
def test_a_lone_name_after_di_is_a_place_the_index_lacks(gaz, text, name, country):
    """Indonesian "di" is followed only by places; English "in" is not ("in March", "in
    Parliament"), so the language data lists such words for Indonesian alone."""
    place = by_text(text, "id", gaz)[name]
    assert place.country == country and not place.found


def test_a_lone_name_after_di_that_is_no_place_stays_out(gaz):
    text = "Video serangan di Kidal itu diunggah di Facebook pada Senin."
    assert by_text(text, "id", gaz).keys() == {"Kidal"}


@pytest.mark.parametrize("code,text", [
    ("en", "Rebels took a town in North Kivu. Clashes were reported in Inafarak and Goma on Monday."),
    ("en", "Rebels took a town in North Kivu. Families fled to camps near Goma and Inafarak, police said."),
    ("id", "Pemberontak merebut kota di Kivu Utara. Bentrokan terjadi dekat Inafarak dan Goma pada Senin."),
    ("id", "Pemberontak merebut kota di Kivu Utara. Warga mengungsi ke Goma dan Inafarak, kata pejabat."),
])
def test_a_name_the_index_lacks_listed_with_a_town_after_a_locative_is_a_place(gaz, code, text):
    place = by_text(text, code, gaz)["Inafarak"]
    assert place.country == "CD" and not place.found


@pytest.mark.parametrize("code,text", [
    ("en", "Talks were held in Moscow and Inafarak said they went well."),
    ("id", "Perundingan digelar di Moskwa dan Inafarak mengatakan hasilnya baik."),
])
def test_a_name_after_a_listed_town_that_goes_on_the_clause_is_no_place(gaz, code, text):
    assert "Inafarak" not in by_text(text, code, gaz)


@pytest.mark.parametrize("code,text", [
    ("en", "Fighters stormed Wad al-Inafarak, a village in Gezira state, on Wednesday."),
    ("id", "Milisi menyerbu Wad al-Inafarak, sebuah desa di negara bagian Gezira, pada Rabu."),
])
def test_a_name_an_apposition_calls_a_village_is_one_name_with_its_connector(gaz, code, text):
    # the index's Russian Vad is also called Wad: not inside this village's name
    place = by_text(text, code, gaz)["Wad al-Inafarak"]
    assert place.country == "SD" and not place.found


@pytest.mark.parametrize("code,text,name,country", [
    ("id", "Al-Shabaab menyerang pangkalan di Ceel Inafarak, wilayah Shabelle Tengah, pada Jumat.",
     "Ceel Inafarak", "SO"),
    ("en", "Al-Shabaab attacked a base in Ceel Inafarak, Middle Shabelle region, on Friday.",
     "Ceel Inafarak", "SO"),
    ("id", "Tentara membom desa Inafarak di kotapraja Kani, Region Sagaing, pada Selasa.", "Kani", "MM"),
])
def test_a_name_put_in_a_unit_after_a_comma_and_its_unit_word_lies_there(gaz, code, text, name, country):
    place = by_text(text, code, gaz)[name]
    assert place.country == country and not place.found


@pytest.mark.parametrize("code,text,name", [
    ("en", "The checks were cashed at Inafarak Road and Villa Park in Illinois.", "Inafarak Road"),
    ("en", "Police searched homes in Goma and Inafarak Hospital on Monday.", "Inafarak Hospital"),
    ("id", "Polisi menggeledah rumah di Goma dan Rumah Sakit Inafarak pada Senin.", "Rumah Sakit Inafarak"),
])
def test_a_road_or_a_site_listed_with_a_town_is_no_settlement(gaz, code, text, name):
    assert name not in by_text(text, code, gaz)


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen raided Inafarak, a farming community in Plateau state, on Sunday."),
    ("id", "Pria bersenjata menyerbu Inafarak, sebuah permukiman petani di negara bagian Plateau, Minggu."),
])
def test_a_name_an_apposition_calls_a_community_is_a_settlement(gaz, code, text):
    place = by_text(text, code, gaz)["Inafarak"]
    assert place.country == "NG" and not place.found


@pytest.mark.parametrize("code,text", [
    ("en", "Leaders of Kano, a city of millions, met in Abuja."),
    ("id", "Warga Kano, sebuah kota besar di utara, bertemu di Abuja."),
])
def test_a_known_town_an_apposition_calls_a_city_stays_known(gaz, code, text):
    place = by_text(text, code, gaz)["Kano"]
    assert place.found and place.country == "NG"


def test_a_place_word_after_a_comma_is_no_head_of_the_name_before(gaz):
    # "in Sumy, regional governor X said": the city, not the region the governor heads
    text = "A drone hit a block of flats in Sumy, regional governor Ivan Ivanov said."
    place = by_text(text, "en", gaz)["Sumy"]
    assert place.precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "A jet bombed a monastery in the village of Lin Ta Lu in Sagaing region on Sunday."),
    ("id", "Jet militer membom biara di desa Lin Ta Lu di Region Sagaing pada Minggu."),
])
def test_a_village_name_that_only_other_places_other_names_cover_is_one_name(gaz, code, text):
    place = by_text(text, code, gaz)["Lin Ta Lu"]
    assert place.country == "MM" and not place.found


@pytest.mark.parametrize("code,text,name", [
    ("id", "Empat tentara tewas dalam baku tembak di Desa Canas, Kota Sumisip, Provinsi Basilan.",
     "Desa Canas"),
    ("en", "Four soldiers were killed in Canas village, Sumisip town, Basilan province.", "Canas"),
])
def test_a_village_put_beside_a_town_is_no_namesake_abroad(gaz, code, text, name):
    # the index's Cañas is in Costa Rica; this one lies by Sumisip, in the Philippines
    assert by_text(text, code, gaz)[name].country == "PH"


def test_an_indonesian_zona_is_an_admin_unit(gaz):
    text = "Pria bersenjata menyerang bus dekat kota Gida Ayana, Zona Wollega Timur, Wilayah Oromia."
    place = by_text(text, "id", gaz)["Zona Wollega Timur"]
    assert place.country == "ET" and place.precision != "point"
