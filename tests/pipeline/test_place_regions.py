"""Where a place the index lacks lies (warta.pipeline.place_regions.Regions), and a town
with a district of its name (warta.geo.doubt): written sentences, both languages."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

TAIZ = (13.58, 44.02)
KEBBI = (11.49, 4.73)


def by_text(text: str, code: str, gaz):
    lang = load(code)
    return {p.text.split()[-1]: p for p in find_places(text, lang, sentences(text, lang), gaz)}


def near(place, where, within=60.0) -> bool:
    return place.lat is not None and km((place.lat, place.lon), where) <= within


@pytest.mark.parametrize("code,text", [
    ("en", "Jets bombed Saada province on Monday. In Taiz, a sniper shot a boy in the city's eastern "
           "Hawdalqa neighbourhood."),
    ("id", "Jet tempur mengebom Provinsi Saada pada Senin. Di Taiz, penembak jitu menembak seorang anak "
           "di permukiman Hawdalqa di timur kota itu."),
])
def test_an_unknown_place_lies_in_the_town_its_sentence_puts_things_in(gaz, code, text):
    # not in the province an earlier sentence named, three hundred kilometres away
    place = by_text(text, code, gaz)["Hawdalqa"]
    assert not place.found and near(place, TAIZ)


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen seized 30 pupils in Kebbi state on Monday. They came to the village of Gandoru "
           "in Wasagara area.\n\nIn Borno state, militants hit an army post."),
    ("id", "Orang bersenjata menculik 30 siswa di negara bagian Kebbi pada Senin. Mereka datang ke "
           "desa Gandoru di wilayah Wasagara.\n\nDi negara bagian Borno, militan menyerang pos tentara."),
])
def test_a_unit_of_the_next_paragraph_holds_no_unknown_place(gaz, code, text):
    found = by_text(text, code, gaz)
    assert not found["Gandoru"].found and near(found["Gandoru"], KEBBI, 150)


@pytest.mark.parametrize("code,text", [
    ("en", "Insurgents in Cabo Delgado have attacked for years. On Sunday they raided the villages "
           "of Nkarowe and Mbeluzi near Macomia."),
    ("id", "Pemberontak di Cabo Delgado menyerang sejak bertahun-tahun. Pada Minggu mereka menyerbu "
           "desa Nkarowe dan Mbeluzi di dekat Macomia."),
])
def test_a_list_of_unknown_villages_lies_where_the_text_puts_its_last(gaz, code, text):
    # both beside the town: not the first at the centre of the province named before
    found = by_text(text, code, gaz)
    town = (found["Macomia"].lat, found["Macomia"].lon)
    assert near(found["Nkarowe"], town, 1) and near(found["Mbeluzi"], town, 1)


@pytest.mark.parametrize("code,text", [
    ("en", "Government troops shelled militant positions in Jilib on Friday."),
    ("id", "Pasukan pemerintah menggempur posisi militan di Jilib pada Jumat."),
])
def test_a_town_and_the_district_named_after_it_are_one_reading(gaz, code, text):
    # the index's Jilib district centres 70 km from the town, in its province: no rival reading
    place = by_text(text, code, gaz)["Jilib"]
    assert place.found and place.country == "SO" and place.precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "Clashes broke out in Manipur between the Meitei and the Kuki-Zo tribes of the hills."),
    ("id", "Bentrokan pecah di Manipur antara warga Meitei dan suku Kuki-Zo di perbukitan."),
])
def test_an_alias_abroad_inside_a_longer_name_is_no_place(gaz, code, text):
    # the index's Japanese Kukichuo is also called Kuki: not inside "Kuki-Zo" in an India story
    assert {p.country for p in by_text(text, code, gaz).values()} == {"IN"}


def test_an_alias_in_a_country_named_only_by_its_peoples_adjective_is_no_stranger(gaz):
    """English only: Indonesian names the country itself ("pejuang Kurdi Suriah")."""
    text = "Turkish drones struck a village near Kobani, killing four Syrian Kurdish fighters, Turkey said."
    place = by_text(text, "en", gaz)["Kobani"]
    assert place.found and place.country == "SY"


KIRKUK = (35.47, 44.39)


@pytest.mark.parametrize("code,text", [
    ("en", "Drones struck a base in Anbar province on Tuesday.\n\nIn the north, gunmen attacked the village "
           "of Zawarkoh between Kirkuk and Tuz Khurmatu."),
    ("id", "Pesawat nirawak menyerang pangkalan di Provinsi Anbar pada Selasa.\n\nDi utara, orang bersenjata "
           "menyerang desa Zawarkoh di antara Kirkuk dan Tuz Khurmatu."),
])
def test_a_town_beside_an_unknown_place_beats_a_unit_of_an_earlier_paragraph(gaz, code, text):
    place = by_text(text, code, gaz)["Zawarkoh"]
    assert not place.found and near(place, KIRKUK, 100)


@pytest.mark.parametrize("text", [
    "Dua anak tewas di kawasan Qadiriyah di sebelah barat Khan Younis, kata petugas medis.",
    "Petugas medis mengatakan kawasan Qadiriyah di barat Khan Younis kembali diserang.",
])
def test_an_indonesian_area_word_announces_a_place(gaz, text):
    # "kawasan X": an area the index lacks, beside the town the sentence names
    place = by_text(text, "id", gaz)["Qadiriyah"]
    assert not place.found and place.country == "PS"


@pytest.mark.parametrize("code,text", [
    ("en", "TRIPOLI, Libya - Fighting raged in the neighbourhoods of Ain Zara and Salah al-Din south of "
           "the capital."),
    ("id", "Tripoli (ANTARA) - Pertempuran berkecamuk di kawasan Ain Zara dan Salah al-Din di selatan ibu "
           "kota Libya itu."),
])
def test_a_province_abroad_by_its_other_name_in_a_list_of_unknown_places_is_one_of_them(gaz, code, text):
    # not Iraq's Salahuddin governorate, nor Ain Zara put in it as its list peer
    found = by_text(text, code, gaz)
    assert found["Zara"].country == "LY" and found["al-Din"].country == "LY" and not found["al-Din"].found


@pytest.mark.parametrize("code,text,district", [
    ("en", "Clashes broke out in Bannu district on Sunday. The Khyber Pakhtunkhwa police chief said "
           "residents of the villages of Zarkhelo and Mandawan fought over land.", "Bannu"),
    ("id", "Bentrokan pecah di Kabupaten Maluku Tengah pada Minggu. Kapolda Maluku mengatakan warga Desa "
           "Hitala dan Desa Wakolo bertikai soal lahan.", "Tengah"),
])
def test_an_unknown_village_of_a_province_lies_in_the_district_of_it_named_before(gaz, code, text, district):
    # not at the province's centre (Maluku's lies at sea, 250 km from Central Maluku)
    found = by_text(text, code, gaz)
    at = (found[district].lat, found[district].lon)
    assert all(near(p, at, 1) for n, p in found.items() if not p.found)


@pytest.mark.parametrize("code,text", [
    ("id", "Satu tersangka diamankan di Desa Sumberejo, Kecamatan Wonoasri, Kabupaten Madiun, kata polisi."),
    ("en", "One suspect was held in Sumberejo village, Wonoasri subdistrict, Madiun regency, police said."),
])
def test_a_village_put_in_a_district_is_none_of_its_namesakes_far_from_it(gaz, code, text):
    # the index's Sumberejo of Malang lies 110 km from Madiun
    found = by_text(text, code, gaz)
    madiun = (found["Madiun"].lat, found["Madiun"].lon)
    assert near(found["Sumberejo"], madiun, 60)


KHAN_YOUNIS = (31.34, 34.31)


@pytest.mark.parametrize("code,text", [
    ("en", "Medics in Khan Younis said two children were killed in the Qadiriyah neighbourhood west of the "
           "city. In the occupied West Bank, troops raided a camp."),
    ("id", "Petugas medis di Khan Younis mengatakan dua anak tewas di kawasan Qadiriyah di barat kota itu. "
           "Di Tepi Barat yang diduduki, pasukan menyerbu sebuah kamp."),
])
def test_the_town_a_sentence_puts_things_in_beats_a_unit_of_the_next_sentence(gaz, code, text):
    assert near(by_text(text, code, gaz)["Qadiriyah"], KHAN_YOUNIS, 20)


@pytest.mark.parametrize("code,text", [
    ("en", "Jets bombed a village in the Sagaing region, killing 20 people. The strikes hit Ywathitgyi "
           "village in Kanbalutaw township before dawn. In neighbouring Chin state, rebels took a town."),
    ("id", "Jet tempur mengebom sebuah desa di wilayah Sagaing dan menewaskan 20 orang. Serangan menghantam "
           "desa Ywathitgyi di kotapraja Kanbalutaw sebelum fajar. Di negara bagian Chin, pemberontak "
           "merebut sebuah kota."),
])
def test_a_unit_opening_the_next_sentence_is_a_new_scene_not_where_the_village_lies(gaz, code, text):
    found = by_text(text, code, gaz)
    sagaing = (found["Sagaing"].lat, found["Sagaing"].lon)
    assert near(found["Ywathitgyi"], sagaing, 1) and near(found["Kanbalutaw"], sagaing, 1)


AMBON = (-3.70, 128.18)


@pytest.mark.parametrize("code,text", [
    ("en", "Clashes broke out in Ambon, Maluku, on Monday. An army spokesman said the fighting began in "
           "the Wayamera neighbourhood."),
    ("id", "Bentrokan pecah di Kota Ambon, Maluku, Senin. Juru bicara Kodam mengatakan bentrokan bermula "
           "di kawasan Wayamera."),
])
def test_a_province_gives_way_to_its_town_named_before(gaz, code, text):
    # not Maluku's centre, at sea 250 km away
    assert near(by_text(text, code, gaz)["Wayamera"], AMBON, 20)


@pytest.mark.parametrize("text,name,unit", [
    ("Shelling hit the village of Inafarak in Ukraine's eastern Donetsk region on Sunday.", "Inafarak",
     "Donetsk"),
    ("An attack on the village of Inafarak in Burkina Faso's Nord region killed 30.", "Inafarak", "Nord"),
])
def test_a_village_in_a_countrys_possessed_unit_lies_in_that_unit(gaz, text, name, unit):
    """English only: Indonesian names the unit before its country ("di wilayah Donetsk, Ukraina")."""
    found = by_text(text, "en", gaz)
    assert km((found[name].lat, found[name].lon), (found[unit].lat, found[unit].lon)) < 1


def test_a_unit_a_countrys_possessive_names_lies_in_that_country(gaz):
    """English only: Indonesian names the country after the unit ("wilayah Catatumbo, Kolombia")."""
    text = "Fighting in Colombia's Catatumbo region killed 80, the governor of Norte de Santander said."
    assert by_text(text, "en", gaz)["Catatumbo"].country == "CO"  # the index's Catatumbo is Venezuelan


@pytest.mark.parametrize("code,text", [
    ("id", "Drone Turki menyerang pejuang SDF di Suriah utara. SDF menyebut tiga warga tewas di desa "
           "Inafarak. Gubernur Sanliurfa mengatakan dua roket jatuh di Akcakale."),
    ("en", "Turkish drones struck SDF fighters in northern Syria. The SDF said three civilians died in the "
           "village of Inafarak. The governor of Sanliurfa said two rockets fell on Akcakale."),
])
def test_a_village_lies_by_no_town_of_the_next_sentence(gaz, code, text):
    assert by_text(text, code, gaz)["Inafarak"].country == "SY"


def test_a_province_the_index_lacks_lies_in_no_other_province(gaz):
    """Indonesian only: English makes no unit of a name the index lacks before "province"."""
    text = ("Kamboja menyebut tiga tentaranya tewas di Provinsi Inafarak, sementara Thailand melaporkan dua "
            "prajurit luka di Provinsi Sisaket.")
    found = by_text(text, "id", gaz)
    assert found["Inafarak"].admin1 != found["Sisaket"].admin1


@pytest.mark.parametrize("code,text", [
    ("id", "UNHCR menyebut mereka berangkat dari kamp-kamp di Cox's Bazar, Bangladesh."),
    ("en", "The refugees left the camps of Cox's Bazar in Bangladesh."),
])
def test_a_possessive_inside_a_name_goes_on_the_name(gaz, code, text):
    assert by_text(text, code, gaz)["Bazar"].country == "BD"


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen killed six people in the Tierra Blanca neighborhood of Culiacan on Monday."),
    ("id", "Orang bersenjata menembak enam warga di Desa Tierra Blanca di Culiacan pada Senin."),
])
def test_a_quarter_put_in_a_town_is_no_namesake_far_from_it(gaz, code, text):
    assert near(by_text(text, code, gaz)["Blanca"], (24.80, -107.39))  # in Culiacan, not in Veracruz



@pytest.mark.parametrize("text,name,country", [
    ("Clashes in Upper Nile state's Nasir county displaced 10,000 people, many of whom crossed into "
     "Ethiopia's Gambella region.", "Nasir", "SS"),
    ("Shelling in the Kharkiv region's Qardaba district killed two people, officials in Russia's "
     "Belgorod region said.", "Qardaba", "UA"),
])
def test_a_name_after_a_units_possessive_lies_in_that_unit(gaz, text, name, country):
    # English only: Indonesian names the unit after the name ("county Nasir, negara bagian Upper Nile")
    assert by_text(text, "en", gaz)[name].country == country


@pytest.mark.parametrize("code,text", [
    ("en", "Gang violence has displaced more than a million people in Haiti over the past three years, "
           "aid agencies said on Tuesday. The coalition controls most of the capital, including the "
           "neighborhoods of Qardaba and Tumbuli. Police fell back to the border with the Dominican "
           "Republic."),
    ("id", "Kekerasan geng telah membuat lebih dari satu juta orang di Haiti mengungsi dalam tiga tahun "
           "terakhir, kata lembaga bantuan pada Selasa. Koalisi itu menguasai sebagian besar ibu kota, "
           "termasuk kawasan Qardaba dan Tumbuli. Polisi mundur ke perbatasan dengan Republik Dominika."),
])
def test_an_unknown_place_lies_in_the_country_before_not_one_of_a_later_sentence(gaz, code, text):
    got = by_text(text, code, gaz)
    assert got["Qardaba"].country == "HT" and got["Tumbuli"].country == "HT"


@pytest.mark.parametrize("code,text,owner", [
    ("en", "Kharkiv's Kupiansk area came under fire again overnight, officials said.", "Kharkiv"),
    ("en", "Shelling hit Donetsk's Kostiantynivka on Monday, the governor said.", "Donetsk"),
])
def test_a_citys_possessive_before_a_far_place_of_its_province_is_the_province(gaz, code, text, owner):
    assert by_text(text, code, gaz)[owner].precision == "admin1"


@pytest.mark.parametrize("code,text,owner", [
    ("en", "Kyiv's Darnytskyi district was hit by debris, the mayor said.", "Kyiv"),
    ("id", "Distrik Darnytskyi di Kyiv terkena puing, kata wali kota.", "Kyiv"),
])
def test_a_citys_possessive_before_its_own_district_stays_the_city(gaz, code, text, owner):
    assert by_text(text, code, gaz)[owner].precision == "settlement"


PUNCAK = (-3.6, 137.4)  # Kabupaten Puncak, Papua Tengah
MISRATA = (32.38, 15.09)


@pytest.mark.parametrize("code,text", [
    ("en", "Rebels shot dead a teacher in Ilaga, Puncak regency, on Monday, police said. The victim, who "
           "had taught in Puncak for five years, was a migrant from East Java.\n\nSoldiers later combed the "
           "forest towards the hamlet of Kembulu, a spokesman said."),
    ("id", "Kelompok bersenjata menembak mati seorang guru di Ilaga, Kabupaten Puncak, Senin. Korban, "
           "yang sudah lima tahun mengajar di Puncak, adalah pendatang asal Jawa Timur.\n\nAparat kemudian "
           "menyisir hutan ke arah Kampung Kembulu, kata juru bicara."),
])
def test_an_unknown_village_lies_in_the_story_s_scene_not_a_far_unit_told_of_people(gaz, code, text):
    # the last unit before the hamlet is the province the victim came from, 2,000 km away
    place = by_text(text, code, gaz)["Kembulu"]
    assert not place.found and near(place, PUNCAK, within=161)


@pytest.mark.parametrize("code,text", [
    ("en", "Rival militias fought with heavy weapons in Misrata on Tuesday, the health ministry said. "
           "Shops in Misrata closed and flights were cut.\n\nLibya has had two rival governments since 2014, "
           "when a disputed election split its parliament, and the United Nations has urged both to hold "
           "elections. Residents said the worst clashes were "
           "in the Qasr Dhahab district, where families fled overnight."),
    ("id", "Milisi yang bersaing bertempur dengan senjata berat di Misrata pada Selasa, kata kementerian "
           "kesehatan. Toko-toko di Misrata tutup dan penerbangan dihentikan.\n\nLibya memiliki dua "
           "pemerintahan yang bersaing sejak 2014, dan Perserikatan Bangsa-Bangsa telah mendesak keduanya "
           "menggelar pemilihan umum. Warga mengatakan bentrokan terburuk terjadi di distrik Qasr Dhahab, "
           "tempat keluarga-keluarga mengungsi semalam."),
])
def test_an_unknown_district_nothing_places_lies_in_the_story_s_town_not_the_country(gaz, code, text):
    place = by_text(text, code, gaz)["Dhahab"]
    assert not place.found and near(place, MISRATA, within=50)


@pytest.mark.parametrize("code,text,country", [
    ("id", "Militan menyerang pos Peshmerga di wilayah Kurdistan, dekat Erbil dan Kirkuk, kata pejabat Irak.",
     "IQ"),
    ("en", "Militants attacked a Peshmerga post in the Kurdistan region, near Erbil and Kirkuk, Iraqi "
           "officials said.", "IQ"),
    ("en", "Police clashed with protesters in Kurdistan province near Sanandaj, Iranian media said.", "IR"),
])
def test_kurdistan_is_the_region_or_the_province_its_story_is_about(gaz, code, text, country):
    assert by_text(text, code, gaz)["Kurdistan"].country == country


@pytest.mark.parametrize("code,text", [
    ("en", "Warplanes struck suspected militant hideouts near Zakho and Amadiya in northern Iraq on Sunday. "
           "Hundreds of families fled their homes and spent the night in the open, residents told reporters, "
           "and local officials appealed for tents, food and medicine. One soldier was killed in a clash "
           "near Kesta on Saturday, Turkey's defence ministry said."),
    ("id", "Jet-jet tempur menyerang tempat persembunyian militan di dekat Zakho dan Amadiya di Irak utara "
           "pada Minggu. Ratusan keluarga meninggalkan rumah mereka dan bermalam di tempat terbuka, kata "
           "warga kepada wartawan, dan pejabat setempat meminta bantuan tenda, makanan dan obat-obatan. "
           "Kementerian Pertahanan Turki menyatakan bahwa seorang tentara gugur dalam bentrokan di dekat "
           "Kesta pada Sabtu."),
])
def test_a_new_place_lies_where_the_story_is_not_in_a_country_only_its_sources_are(gaz, code, text):
    """The country named nearest to a place the index lacks holds it only when something of the story
    lies there; a ministry's country with none gives way to the country of the story's places."""
    lang = load(code)
    got = {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}
    assert got["Kesta"].country == "IQ"


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen killed nine bus passengers in Oromia, Ethiopia, on Saturday, officials in Oromia said.\n"
           "The attack happened on the road out of Gimbi, they said.\n"
           "Troops later searched the forest around the village of Kiltu Gara."),
    ("id", "Orang bersenjata menewaskan sembilan penumpang bus di Oromia, Ethiopia, pada Sabtu, kata pejabat "
           "di Oromia.\nSerangan terjadi di jalan keluar dari Gimbi, kata mereka.\n"
           "Tentara kemudian menyisir hutan di sekitar desa Kiltu Gara."),
])
def test_a_town_in_the_storys_province_holds_an_unknown_village_far_from_its_centre(gaz, code, text):
    got = by_text(text, code, gaz)
    assert near(got["Gara"], (got["Gimbi"].lat, got["Gimbi"].lon))  # not the province's centre, 400 km away


@pytest.mark.parametrize("code,text", [
    ("en", "A monitor based in London said gunmen killed six farmers in the village of Kafr Dibbin on "
           "Sunday. Fighting has spread across Syria this year."),
    ("en", "Gunmen killed six farmers in the village of Kafr Dibbin on Sunday, the London-based monitor "
           "said. Fighting has spread across Syria this year."),
    ("id", "Sebuah lembaga pemantau yang berbasis di London mengatakan orang bersenjata menewaskan enam "
           "petani di desa Kafr Dibbin pada Minggu. Pertempuran meluas di Suriah tahun ini."),
])
def test_the_town_a_body_is_based_in_holds_no_unknown_village(gaz, code, text):
    assert by_text(text, code, gaz)["Dibbin"].country == "SY"


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting shut the airport in Tripoli, Libya, on Sunday. Flights were diverted to Misrata. Elders "
           "later met in the village of Qasr Akhyar."),
    ("id", "Pertempuran menutup bandara di Tripoli, Libya, pada Minggu. Penerbangan dialihkan ke Misrata. "
           "Para tetua kemudian bertemu di desa Qasr Akhyar."),
])
def test_a_town_people_went_to_holds_no_unknown_village_of_the_next_sentence(gaz, code, text):
    got = by_text(text, code, gaz)
    assert near(got["Akhyar"], (got["Tripoli"].lat, got["Tripoli"].lon))  # not by Misrata, 200 km away
