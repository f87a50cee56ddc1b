"""Settlements the text places by a town or a unit named after them: by a
compass bearing ("the village of X, west of Y"), or as one of a list put in a
unit ("the villages of A and B in the Y region") (warta.pipeline.place_units)."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def by_text(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text", [
    ("en", "The army said Tuesday it had captured the village of Stepove, west of Orikhiv, and lost "
           "two tanks."),
    ("id", "Tentara mengatakan telah merebut desa Stepove di sebelah barat Orikhiv pada Selasa."),
])
def test_a_village_west_of_a_town_lies_by_it(gaz, code, text):
    got = by_text(text, code, gaz)
    town, village = got["Orikhiv"], got["Stepove"]
    # the index's Stepoves lie 300 km and more away: none is meant
    assert km((village.lat, village.lon), (town.lat, town.lon)) < 100


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting raged in Bakhmut, east of Kramatorsk, on Monday."),
    ("id", "Pertempuran berkecamuk di Bakhmut, sebelah timur Kramatorsk, pada Senin."),
])
def test_a_known_town_by_its_bearing_stays_itself(gaz, code, text):
    got = by_text(text, code, gaz)
    assert got["Bakhmut"].found and got["Bakhmut"].name == "Bakhmut"


@pytest.mark.parametrize("code,text", [
    ("en", "Russian troops said they had taken the villages of Andriivka and Kostiantynivka in the "
           "Sumy region."),
    ("id", "Tentara Rusia mengaku telah merebut desa Andriivka dan Kostiantynivka di wilayah Sumy."),
])
def test_every_village_of_a_list_lies_in_the_unit_after_it(gaz, code, text):
    got = by_text(text, code, gaz)
    oblast = got["Sumy"]
    for name in ("Andriivka", "Kostiantynivka"):
        # no near-spelt village of the Donetsk region for the first of the list
        assert got[name].name == name and got[name].country == "UA"
        assert km((got[name].lat, got[name].lon), (oblast.lat, oblast.lon)) < 100


@pytest.mark.parametrize("code,text", [
    ("en", "Cartel gunmen clashed with soldiers in Michoacan state on Monday. On Thursday a drone attack hit "
           "the village of El Aguaje, wounding four police officers."),
    ("id", "Pria bersenjata kartel bentrok dengan tentara di negara bagian Michoacan pada Senin. Pada Kamis, "
           "serangan drone menghantam desa El Aguaje dan melukai empat polisi."),
])
def test_a_village_is_no_hamlet_of_another_province_far_from_the_story(gaz, code, text):
    got = by_text(text, code, gaz)
    # the index's El Aguajes lie in other states, the nearest 260 km from Michoacan's
    assert not got["El Aguaje"].found and got["El Aguaje"].admin1 == got["Michoacan"].admin1


@pytest.mark.parametrize("code,text", [
    ("en", "Soldiers were killed near Apatzingan in Michoacan state on Tuesday. On Thursday a drone "
           "attack hit the village of El Aguaje, wounding four police officers."),
    ("id", "Tentara tewas di dekat Apatzingan di negara bagian Michoacan pada Selasa. Pada Kamis, "
           "serangan drone menghantam desa El Aguaje dan melukai empat polisi."),
])
def test_a_village_of_a_province_lies_by_the_town_of_it_told_of_last(gaz, code, text):
    got = by_text(text, code, gaz)
    village, town = got["El Aguaje"], got["Apatzingan"]
    # not at the centre of the state, 50 km from the town the story is about
    assert not village.found and km((village.lat, village.lon), (town.lat, town.lon)) < 1


@pytest.mark.parametrize("word,at_town", [("desa", True), ("pulau", False)])
def test_a_village_lies_by_its_province_s_town_but_an_island_does_not(gaz, word, at_town):
    text = f"Militer menyerang Sittwe pada Senin. Di negara bagian Rakhine, militer juga mengebom {word} " \
           "Qorvashi pada Rabu."
    got = by_text(text, "id", gaz)
    place, town = got["Qorvashi"], got["Sittwe"]
    # an island is no village of the town told of last: its province's centre stands for it
    assert not place.found and (km((place.lat, place.lon), (town.lat, town.lon)) < 1) == at_town


@pytest.mark.parametrize("code,text,names", [
    ("en", "Fighting spread across North Kivu. The attackers struck Mabasele and Kalunguta, about 20 km "
           "north of Beni, late on Saturday.", ["Mabasele", "Kalunguta"]),
    ("en", "Fighting spread across North Kivu. Gunmen raided Mabasele, north of Beni, on Saturday.",
     ["Mabasele"]),
    ("id", "Pertempuran meluas di Kivu Utara. Penyerang menyerbu Mabasele dan Kalunguta, sekitar 20 km "
           "di sebelah utara Beni, pada Sabtu malam.", ["Mabasele", "Kalunguta"]),
])
def test_names_the_index_lacks_measured_off_a_town_lie_by_it(gaz, code, text, names):
    got = by_text(text, code, gaz)
    town = got["Beni"]
    for name in names:
        assert not got[name].found and km((got[name].lat, got[name].lon), (town.lat, town.lon)) < 50


@pytest.mark.parametrize("code,text", [
    ("en", "The protest march ends on High Street, south of Dublin, at noon."),
    ("id", "Korban dibawa ke Rumah Sakit Bhayangkara, sebelah utara Jayapura, pada siang hari."),
])
def test_a_street_measured_off_a_place_is_no_new_place(gaz, code, text):
    got = by_text(text, code, gaz)
    assert not any(not p.found for p in got.values())


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen shot a soldier in Sugapa, Intan Jaya regency, in Central Papua province. A wounded "
           "comrade was evacuated to Timika. Later the rebels burned a school in Titigi village."),
    ("id", "Pria bersenjata menembak seorang prajurit di Sugapa, Kabupaten Intan Jaya, Provinsi Papua "
           "Tengah. Rekannya yang terluka dievakuasi ke Timika. Kemudian mereka membakar sekolah di "
           "Kampung Titigi."),
])
def test_a_village_does_not_lie_by_a_town_people_were_taken_to(gaz, code, text):
    got = by_text(text, code, gaz)
    village = next(p for t, p in got.items() if "Titigi" in t)
    # Timika, where the wounded went, lies 100 km from Sugapa and Intan Jaya
    assert km((village.lat, village.lon), (got["Timika"].lat, got["Timika"].lon)) > 60
    assert km((village.lat, village.lon), (got["Sugapa"].lat, got["Sugapa"].lon)) < 50


@pytest.mark.parametrize("code,text,name,town", [
    ("en", "Fighting went on near Kurakhove. The ministry said its forces had taken Nadiivka, a village "
           "outside the town of Kurakhove.", "Nadiivka", "Kurakhove"),
    ("id", "Pertempuran berlanjut di dekat Kurakhove. Kementerian mengatakan pasukannya merebut Nadiivka, "
           "sebuah desa di dekat kota Kurakhove.", "Nadiivka", "Kurakhove"),
    ("en", "Residents of El Fasher fled to Tawila, about 60 km west of El Fasher, on Sunday.", "Tawila",
     "El Fasher"),
    ("id", "Warga El Fasher mengungsi ke Tawila, sekitar 60 km di sebelah barat El Fasher, pada Minggu.",
     "Tawila", "El Fasher"),
])
def test_a_name_known_only_far_away_measured_off_a_town_lies_by_it(gaz, code, text, name, town):
    got = by_text(text, code, gaz)
    # the index's Nadiivkas lie 180 km and more from Kurakhove; its only Tawila is in Yemen
    assert km((got[name].lat, got[name].lon), (got[town].lat, got[town].lon)) < 100


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen raided Djiguibombo and Sokoura, near the town of Bankass, on Saturday evening."),
    ("id", "Pria bersenjata menyerbu Djiguibombo dan Sokoura, di dekat kota Bankass, pada Sabtu malam."),
])
def test_names_the_index_lacks_near_a_town_lie_by_it(gaz, code, text):
    got = by_text(text, code, gaz)
    town = got["Bankass"]
    for name in ("Djiguibombo", "Sokoura"):  # Sokoura: no Ivorian hamlet 500 km away
        assert km((got[name].lat, got[name].lon), (town.lat, town.lon)) < 50


@pytest.mark.parametrize("code,text,name", [
    ("en", "Fighters captured a base in Rakhine State, near the Bangladesh border, on Monday.",
     "Rakhine State"),
    ("id", "Pejuang merebut markas di negara bagian Rakhine, di dekat perbatasan Bangladesh, pada Senin.",
     "Rakhine"),
])
def test_a_place_near_a_countrys_border_keeps_its_reading(gaz, code, text, name):
    assert by_text(text, code, gaz)[name].found


@pytest.mark.parametrize("code,text,name", [
    ("en", "A hamlet on the outskirts of Macina in the Segou region was raided.", "Macina"),
    ("id", "Sebuah dusun di pinggiran Macina, wilayah Segou, diserang.", "Macina"),
    ("id", "Empat orang tewas di kawasan al-Mawasi, Khan Younis, pada Kamis.", "al-Mawasi"),
])
def test_an_outskirts_or_area_word_announces_a_place(gaz, code, text, name):
    assert not by_text(text, code, gaz)[name].found
