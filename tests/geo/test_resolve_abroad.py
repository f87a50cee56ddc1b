"""A district the text names with a district word, in a country nothing else of the
story names and far from all its places, is a district the index lacks: it lies where
the text puts it (warta.geo.resolve)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_names import by_text
from warta.geo.grid import km


@pytest.mark.parametrize("code,text", [
    ("en", "A junta jet bombed a village in Myanmar's Sagaing region on Monday. The strike hit a "
           "school in Kani township, residents said."),
    ("id", "Jet junta mengebom sebuah desa di wilayah Sagaing, Myanmar, pada Senin. Serangan itu "
           "menghantam sekolah di distrik Kani, kata warga."),
])
def test_a_district_word_does_not_take_a_far_country_nothing_else_names(gaz, code, text):
    got = by_text(text, code, gaz)
    assert got["Kani"].country == "MM"  # not Kani, a Japanese city


@pytest.mark.parametrize("code,text", [
    ("en", "Two people died in a crash in Darke County on Friday; the driver, from Greenville, was hurt."),
    ("id", "Dua orang tewas dalam kecelakaan di Darke County pada Jumat; sopirnya, dari Greenville, "
           "terluka."),
])
def test_a_district_near_the_storys_other_places_stays(gaz, code, text):
    assert by_text(text, code, gaz)["Darke County"].country == "US"



@pytest.mark.parametrize("code,text", [
    ("en", "MEXICO CITY, Nov 3 (AP) - Gunmen killed nine people in Culiacan, the capital of Sinaloa state. "
           "Four men were shot dead in the Tierra Blanca neighborhood, prosecutors said."),
    ("id", "MEXICO CITY (Antara) - Pria bersenjata menewaskan sembilan orang di Culiacan, ibu kota negara "
           "bagian Sinaloa. Empat pria ditembak mati di permukiman Tierra Blanca, kata jaksa."),
])
def test_a_quarter_does_not_lie_by_the_datelines_city(gaz, code, text):
    got = by_text(text, code, gaz)
    quarter, city = got["Tierra Blanca"], got["Culiacan"]
    # the index's Tierra Blanca by the dateline's Mexico City lies 1,000 km from Culiacan
    assert km((quarter.lat, quarter.lon), (city.lat, city.lon)) < 100


@pytest.mark.parametrize("code,text", [
    ("id", "Di wilayah Bryansk, empat desa di distrik Klimovo kehilangan aliran listrik setelah serangan "
           "drone. Drone juga ditembak jatuh di atas Krimea."),
    ("en", "In the Bryansk region, four villages in the Klimovo district lost power after a drone attack. "
           "Drones were also shot down over Crimea."),
])
def test_a_district_lies_in_the_province_its_sentence_names(gaz, code, text):
    # Crimea, named later, holds a hamlet Klimovo, 700 km from the Bryansk region's own
    got = by_text(text, code, gaz)
    assert got["Klimovo"].country == "RU" and km((got["Klimovo"].lat, got["Klimovo"].lon), (52.4, 32.2)) < 25


@pytest.mark.parametrize("code,text", [
    ("en", "Jihadists attacked an army camp in Chad's Lac province on Friday. Thousands of families fled to "
           "camps near Liwa, officials said."),
    ("id", "Kelompok jihadis menyerang kamp tentara di provinsi Lac, Chad, pada Jumat. Ribuan keluarga "
           "mengungsi ke kamp-kamp di dekat Liwa, kata pejabat."),
])
def test_a_town_near_which_the_text_puts_people_is_no_small_town_of_a_far_country(gaz, code, text):
    got = by_text(text, code, gaz)
    # not the Omani town of the name, though the text puts the camps "near" it
    assert got["Lac"].country == "TD"
    assert "Liwa" not in got or got["Liwa"].country == "TD"


@pytest.mark.parametrize("code,text", [
    ("id", "Kelompok bersenjata menembak dua tukang ojek di Kampung Wolo, Kabupaten Puncak Jaya, Papua "
           "Tengah, pada Selasa. Warga dari Distrik Bumthang mengungsi ke Mulia, kata polisi."),
    ("en", "Gunmen shot two motorcycle taxi drivers in Wolo village, Puncak Jaya regency, Central Papua, on "
           "Tuesday. Residents of Bumthang district fled to Mulia, police said."),
])
def test_a_district_word_does_not_take_a_province_of_a_far_country(gaz, code, text):
    # the district word puts every country with a unit of the name in the context: that
    # is no reason for the name to be Bhutan's province when nothing else names Bhutan
    got = by_text(text, code, gaz)
    assert (got.get("Bumthang") or got["Distrik Bumthang"]).country == "ID"


@pytest.mark.parametrize("code,text", [
    ("en", "Junta jets bombed the village of Alegyaung in Kani township, Sagaing region, on Monday, "
           "residents told reporters in Yangon."),
    ("id", "YANGON (Antara) - Jet junta mengebom desa Alegyaung di kotapraja Kani, wilayah Sagaing, pada "
           "Senin. Pernyataan itu diterima wartawan di Yangon."),
])
def test_a_village_does_not_lie_outside_the_province_its_sentence_names(gaz, code, text):
    # the index's only Alegyaung is another name of a hamlet by Yangon, where the reporters
    # are: the sentence puts the village in Sagaing, 800 km north
    got = by_text(text, code, gaz)
    village = got.get("Alegyaung") or got["desa Alegyaung"]
    assert km((village.lat, village.lon), (16.8, 96.2)) > 500


@pytest.mark.parametrize("code,text,name", [
    ("en", "Russian forces took the village of Urozhaine in the Donetsk People's Republic, the ministry "
           "said.",
     "Donetsk People's Republic"),
    ("id", "Pasukan Rusia merebut desa Urozhaine di Republik Rakyat Donetsk, kata kementerian itu.",
     "Republik Rakyat Donetsk"),
])
def test_the_name_russian_sources_give_an_oblast_is_that_oblast(gaz, code, text, name):
    assert by_text(text, code, gaz)[name].admin1 == "UA.05"


@pytest.mark.parametrize("code,text", [
    ("en", "Moscow claimed Urozhaine in the Donetsk People's Republic on Friday. Shelling also hit Toretsk, "
           "Donetsk province. Most of Donetsk has been under Russian control since 2022."),
    ("id", "Moskow mengklaim Urozhaine di Republik Rakyat Donetsk pada Jumat. Penembakan juga menghantam "
           "Toretsk, Provinsi Donetsk. Sebagian besar Donetsk dikuasai Rusia sejak 2022."),
])
def test_a_bare_name_after_its_province_is_the_province(gaz, code, text):
    from tests.pipeline.test_place_new import by_text_all
    units = {(p.name, p.precision) for p in by_text_all(text, code, gaz) if "Donetsk" in p.text}
    assert len(units) == 1 and next(iter(units))[1] == "admin1"
