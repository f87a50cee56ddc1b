"""Longer names that begin with a known place, and titles before a person's
name: neither is the known place."""

from __future__ import annotations

import pytest

import warta
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

BANDUNG = (-6.92, 107.61)


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


def by_text(text: str, code: str, gaz):
    return {p.text: p for p in places(text, code, gaz)}


def near(p, point, km: float = 30.0) -> bool:
    return p.lat is not None and abs(p.lat - point[0]) * 111 < km and abs(p.lon - point[1]) * 111 < km


@pytest.mark.parametrize("code,text,span", [
    ("id", "Ledakan terjadi di Mapolsek Astana Anyar, Bandung, pada pagi hari.", "Astana Anyar"),
    ("id", "Warga desa Astana Anyar, Bandung, mengungsi ke masjid.", "Astana Anyar"),
    ("id", "Bentrokan pecah di Kecamatan Astana Anyar, Kota Bandung, semalam.", "Kecamatan Astana Anyar"),
    ("en", "Soldiers entered the village of Astana Anyar, near Bandung, on Monday.", "Astana Anyar"),
    ("en", "Residents of Astana Anyar village, Bandung, fled at dawn.", "Astana Anyar"),
])
def test_a_marked_name_is_not_its_known_first_word(gaz, code, text, span):
    got = by_text(text, code, gaz)
    assert "Astana" not in got  # not Kazakhstan's capital
    p = got[span]
    assert not p.found and p.country == "ID" and near(p, BANDUNG)  # the town in apposition holds it


@pytest.mark.parametrize("code,text", [
    ("id", "Anggota Polsek Astana Anyar berjaga di Bandung. Kantor Astana Anyar dijaga ketat sejak pagi."),
    ("en", "Police guarded the village of Astana Anyar in Bandung. Astana Anyar stayed calm all night."),
])
def test_a_long_name_keeps_its_sense_at_every_mention(gaz, code, text):
    got = places(text, code, gaz)
    names = [p for p in got if p.text == "Astana Anyar"]
    assert len(names) == 2 and all(not p.found for p in names)
    assert all(near(p, BANDUNG) for p in names)  # the first mention's town places the second
    assert not any(p.country == "KZ" for p in got)


@pytest.mark.parametrize("code,text,span,country", [
    ("id", "Pasukan bergerak di wilayah Kursk Rusia sejak Agustus.", "Kursk", "RU"),  # two places
    ("id", "Gubernur Jawa Barat Ridwan Kamil meninjau lokasi.", "Jawa Barat", "ID"),
    ("en", "Students of Mount Pleasant High School marched on Friday.", "Mount Pleasant", "US"),
    ("en", "Troops entered the village of Andriivka on Monday.", "Andriivka", "UA"),
])
def test_a_known_name_stays_known(gaz, code, text, span, country):
    assert by_text(text, code, gaz)[span].country == country


@pytest.mark.parametrize("code,text", [
    ("id", "Serangan itu diperintahkan Presiden Vladimir Putin pada Minggu."),
    ("id", "Amukan pemerintah Presiden Vladimir Putin menewaskan empat orang."),
    ("en", "The strike was ordered by President Vladimir Putin on Sunday."),
])
def test_a_title_before_a_given_name_and_a_surname_is_a_person(gaz, code, text):
    assert "Vladimir" not in by_text(text, code, gaz)  # no city of Vladimir


@pytest.mark.parametrize("code,text,span", [
    ("id", "Kapolrestabes Bandung Kombes Budi Santoso menjelaskan kronologi kejadian.", "Bandung"),
    ("id", "Gubernur Kharkiv Oleh Syniehubov mengatakan dua orang tewas.", "Kharkiv"),
    ("en", "Kharkiv Governor Oleh Syniehubov said two people died.", "Kharkiv"),
])
def test_the_place_of_an_office_before_a_name_is_a_place(gaz, code, text, span):
    assert by_text(text, code, gaz)[span].found


@pytest.mark.parametrize("code,text", [
    ("id", "Human Rights Watch mengatakan serangan di Kharkiv menewaskan 12 warga."),
    ("en", "Human Rights Watch said the strikes in Kharkiv killed 12 civilians."),
])
def test_a_word_opening_a_name_is_no_alias_of_a_town(gaz, code, text):
    assert list(by_text(text, code, gaz)) == ["Kharkiv"]  # "Human" is no Uman ("Humań")


@pytest.mark.parametrize("code,text", [
    ("id", "Penumpang menunggu di Chantilly, Virginia. Bandara Internasional Dulles dibuka lagi Senin."),
    ("en", "Travellers waited in Chantilly, Virginia. Dulles International Airport reopened on Monday."),
])
def test_a_facility_named_after_a_place_keeps_it(gaz, code, text):
    assert by_text(text, code, gaz)["Dulles"].country == "US"  # an alias, but an airport's name


KURSK = (51.7, 36.2)


@pytest.mark.parametrize("code,text", [
    ("id", "Pasukan Rusia merebut kembali desa Daryino, Lyubimovka dan Plekhovo di wilayah Kursk."),
    ("en", "Russian forces retook the villages of Daryino, Lyubimovka and Plekhovo in the Kursk region."),
    ("en", "The attack was repelled in the villages of Daryino, Plekhovo and Lyubimovka, Kursk."),
])
def test_a_lists_alias_abroad_is_one_more_unknown_peer(gaz, code, text):
    got = by_text(text, code, gaz)
    for name in ("Daryino", "Lyubimovka", "Plekhovo"):  # no Ukrainian Plekhiv or Liubymivka
        assert got[name].country == "RU" and near(got[name], KURSK, 60)


@pytest.mark.parametrize("code,text", [
    ("id", "Serangan ditahan di wilayah Lyubimovka dan Kamyshevka, Kursk, kata militer."),
    ("en", "The attack was repelled in the villages of Lyubimovka and Kamyshevka, Kursk, the army said."),
])
def test_a_list_goes_on_after_a_known_first_name(gaz, code, text):
    got = by_text(text, code, gaz)
    assert got["Kamyshevka"].country == "RU" and not got["Kamyshevka"].found


@pytest.mark.parametrize("code,text", [
    ("id", "Gubernur wilayah Ryazan, Pavel Malkov, mengatakan puing drone jatuh."),
    ("en", "Officials in the region of Ryazan, Pavel Malkov among them, found debris."),
])
def test_a_name_in_apposition_is_no_list(gaz, code, text):
    assert list(by_text(text, code, gaz)) == ["Ryazan"]


@pytest.mark.parametrize("code,text", [
    ("id", "Flu burung mencapai desa Maliuc dan Qarvasor pekan lalu, sementara pejabat di Krimea diam."),
    ("en", "Bird flu reached the villages of Maliuc and Qarvasor last week, while Crimea waited."),
])
def test_a_lists_unknown_name_stands_beside_its_known_peers(gaz, code, text):
    p = by_text(text, code, gaz)["Qarvasor"]
    assert p.country == "RO" and near(p, (45.18, 29.11))  # beside Maliuc, not in Crimea


@pytest.mark.parametrize("code,text,places", [
    ("id", "Kabid Humas Polda Papua, Kombes Budi Santoso, mengatakan tiga polisi terluka di Timika.",
     ["Papua", "Timika"]),
    ("id", "Karo Penmas Divisi Humas Polri, Brigjen Budi Santoso, menjelaskan kejadian di Timika, Papua.",
     ["Timika", "Papua"]),  # "Karo" is the head of a bureau, no regency of Sumatra
    ("en", "Regional Police Chief Kharkiv Volodymyr Tymoshko said two people died in Izium.",
     ["Kharkiv", "Izium"]),
])
def test_an_offices_words_lead_to_its_place_and_a_title_is_no_place(gaz, code, text, places):
    assert list(by_text(text, code, gaz)) == places


def test_a_head_word_that_ends_a_title_marks_no_place():
    # "Wali Kota" (mayor) ends in the head word "Kota": the name after it is the mayor's
    for text in ("Wali Kota Ihor Terekhov mengatakan tiga orang tewas.",
                 "Menurut wali kota Ihor Terekhov, tiga orang tewas."):
        assert [p.text for p in warta.extract(text, lang="id", published="2025-03-09").places] == [], text
    places = warta.extract("Wali Kota Bandung Yana Mulyana mengatakan tiga orang tewas.", lang="id",
                           published="2025-03-09").places
    assert [p.name for p in places] == ["Bandung"]  # a known city after the title is still its place
    places = warta.extract("Gubernur wilayah Kursk, Alexander Khinshtein, mengatakan tiga orang tewas.",
                           lang="id", published="2025-03-09").places
    assert [p.precision for p in places] == ["admin1"]  # a whole title before a region word leaves it


@pytest.mark.parametrize("code,text,surname,place", [
    ("en", "Judge Thomas B. Hoover ruled in Richmond on Monday. Hoover gave no reasons.", "Hoover",
     "Richmond"),
    ("en", "The windows are old, said Patrick J. Sullivan in Springfield.", "Sullivan", "Springfield"),
    ("id", "Ketua panitia Andi M. Bone menemui warga di Makassar. Bone berjanji datang lagi.", "Bone",
     "Makassar"),
])
def test_a_name_after_an_initial_is_a_surname(gaz, code, text, surname, place):
    got = places(text, code, gaz)
    assert surname not in {p.text for p in got}  # at its bare mention too
    assert place in {p.text for p in got}


@pytest.mark.parametrize("code,text,span", [
    ("en", "Fire damaged a house in N.W. Rochester, New York, on Friday.", "Rochester"),
    ("en", "Remains were found on a beach in S. Jersey on Sunday.", "Jersey"),
])
def test_a_shortened_direction_is_no_initial(gaz, code, text, span):
    assert span in {p.text for p in places(text, code, gaz)}


@pytest.mark.parametrize("code,text", [
    ("en", "Cases were reported in Côte d'Ivoire and Ghana."),
    ("id", "Kasus dilaporkan di Côte d'Ivoire dan Ghana."),
    ("en", "Rebels attacked Abidjan, the largest city of Cote d’Ivoire, on Monday."),
])
def test_an_elided_article_before_a_capital_goes_on_the_name(gaz, code, text):
    ivory = [p for p in places(text, code, gaz) if "Ivoire" in p.text]
    assert len(ivory) == 1 and ivory[0].country == "CI" and ivory[0].text.startswith("C")


@pytest.mark.parametrize("code,text,name", [
    ("id", "Bentrokan pecah di Desa Taman Sari, Kabupaten Ngada, pada Sabtu.", "Desa Taman Sari"),
    ("en", "Clashes broke out in the village of Taman Sari in Ngada regency on Saturday.", "Taman Sari"),
])
def test_a_city_abroad_continues_a_village_name(gaz, code, text, name):
    got = by_text(text, code, gaz)
    assert got[name].country == "ID"  # not "Taman" and Sari, Iran


@pytest.mark.parametrize("code,text,name", [
    ("en", "Two men were shot dead in the Bab al-Tabbaneh district of Tripoli, Lebanon.", "Bab al-Tabbaneh"),
    ("id", "Dua pria ditembak mati di distrik Bab al-Tabbaneh di Tripoli, Lebanon.", "Bab al-Tabbaneh"),
])
def test_a_connector_stays_inside_a_name_a_place_word_marks(gaz, code, text, name):
    got = by_text(text, code, gaz)
    assert got[name].country == "LB"  # not Al Bab, Syria


@pytest.mark.parametrize("code,text,name,point", [
    ("en", "Boko Haram has raided islands in Lake Chad since 2015, officials in Borno said.", "Lake Chad",
     (13.0, 14.0)),
    ("id", "Boko Haram menyerbu pulau-pulau di Danau Chad sejak 2015, kata pejabat di Borno.", "Danau Chad",
     (13.0, 14.0)),
    ("en", "Fishermen on Lake Victoria were stopped by police near Kisumu.", "Lake Victoria", (-1.0, 33.0)),
    ("id", "Nelayan di Danau Victoria dihentikan polisi di dekat Kisumu.", "Danau Victoria", (-1.0, 33.0)),
])
def test_a_lake_is_the_lake_not_a_country_or_a_namesake(gaz, code, text, name, point):
    assert near(by_text(text, code, gaz)[name], point)  # not Chad, not Victoria in Australia


@pytest.mark.parametrize("code,text,span", [
    ("id", "Kelompok bersenjata menyerang Kampung Sugapa Lama di Intan Jaya pada Kamis.",
     "Kampung Sugapa Lama"),
    ("id", "Warga Desa Kebun Baru di Kabupaten Nduga mengungsi pada Senin.", "Desa Kebun Baru"),
    ("en", "Gunmen attacked the village of Sugapa Lama in Intan Jaya on Thursday.", "Sugapa Lama"),
])
def test_a_common_word_that_ends_a_village_name_stays_in_it(gaz, code, text, span):
    assert span in by_text(text, code, gaz)


@pytest.mark.parametrize("code,text,name,point", [
    ("en", "More than 8,000 people crossed the Sobat river towards the Ethiopian border.", "Sobat",
     (8.8, 32.6)),
    ("id", "Lebih dari 8.000 orang menyeberangi Sungai Sobat menuju perbatasan Ethiopia.", "Sungai Sobat",
     (8.8, 32.6)),
    ("en", "Residents fled across the Euphrates towards Kobani in Syria.", "Euphrates", (35.5, 40.0)),
    ("id", "Warga menyeberangi Sungai Efrat menuju kota Kobani di Suriah.", "Sungai Efrat", (35.5, 40.0)),
    ("en", "Fighting in the northeastern Catatumbo region displaced 32,000 people in Colombia.", "Catatumbo",
     (8.6, -73.0)),
    ("id", "Pertempuran di wilayah Catatumbo di Kolombia timur laut membuat 32.000 orang mengungsi.",
     "Catatumbo", (8.6, -73.0)),

    ("en", "The transition government of Bangsamoro asked Manila to delay the vote.", "Bangsamoro",
     (7.2, 124.2)),
    ("id", "Pemerintahan transisi di wilayah Bangsamoro meminta Manila menunda pemilu.", "Bangsamoro",
     (7.2, 124.2)),
    ("en", "Militants who fled the army's offensive in Waziristan regrouped near the border.", "Waziristan",
     (32.6, 69.8)),
    ("id", "Separatis menyerang pos tentara di Ambazonia, wilayah berbahasa Inggris di Kamerun.", "Ambazonia",
     (5.6, 9.9)),
])
def test_a_river_or_a_conflict_region_the_index_lacks_is_that_region(gaz, code, text, name, point):
    place = by_text(text, code, gaz)[name]
    assert place.precision == "region" and near(place, point)  # no Venezuelan municipality, no town


@pytest.mark.parametrize("code,text", [
    ("en", "Residents fled toward Petion-Ville on Tuesday as gangs advanced."),
    ("id", "Warga mengungsi ke Petion-Ville pada Selasa saat geng bergerak maju."),
])
def test_a_hyphenated_name_is_found_written_as_one_word(gaz, code, text):
    assert by_text(text, code, gaz)["Petion-Ville"].country == "HT"  # the index writes Pétionville


@pytest.mark.parametrize("code,text,name", [
    ("en", "Residents fled to Qorvashka, a mountain village further south of Kenscoff.", "Qorvashka"),
    ("id", "Serangan terjadi di zona Qorvash Barat, wilayah Amhara, pada Minggu.", "Qorvash Barat"),
])
def test_a_place_word_announces_a_place_the_index_lacks(gaz, code, text, name):
    assert not by_text(text, code, gaz)[name].found


@pytest.mark.parametrize("code,text,name,point", [
    ("en", "Al Shabaab fighters attacked clan militias in Hiiraan and Galmudug, officials in Puntland said.",
     "Galmudug", (5.5, 47.4)),
    ("id", "Al Shabaab menyerang milisi klan di Hiiraan dan Galmudug, kata pejabat di Jubaland.", "Jubaland",
     (0.8, 42.2)),
])
def test_a_somali_member_state_is_that_state(gaz, code, text, name, point):
    place = by_text(text, code, gaz)[name]
    assert place.country == "SO" and near(place, point)


@pytest.mark.parametrize("code,text", [
    ("en", "A drone struck a gas field in Iraq's semi-autonomous Kurdistan region late Wednesday."),
    ("id", "Drone menghantam ladang gas di wilayah Kurdistan, Irak, pada Rabu malam."),
])
def test_kurdistan_alone_is_iraq_s_kurdistan_region(gaz, code, text):
    place = by_text(text, code, gaz)["Kurdistan"]
    assert place.precision == "region" and near(place, (36.4, 44.4))  # not Iraq's centre


@pytest.mark.parametrize("code,text,name,point", [
    ("en", "Indian and Pakistani troops traded fire across the Line of Control overnight, the army said.",
     "Line of Control", (34.2, 74.3)),
    ("id", "Pasukan India dan Pakistan saling tembak di sepanjang Garis Kontrol pada Rabu malam.",
     "Garis Kontrol", (34.2, 74.3)),
    ("en", "A drone struck a car two kilometres north of the Blue Line, Lebanese media said.", "Blue Line",
     (33.1, 35.4)),
    ("id", "Drone menghantam mobil dua kilometer di utara Garis Biru, kata media Lebanon.", "Garis Biru",
     (33.1, 35.4)),
])
def test_a_ceasefire_line_is_a_region_of_no_country(gaz, code, text, name, point):
    place = by_text(text, code, gaz)[name]
    assert place.country is None and near(place, point)


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Armed groups in Fezzan and Cyrenaica rejected the truce on Monday.", "Fezzan", "LY"),
    ("id", "Serangan pesawat nirawak menghantam Rojava, timur laut Suriah, pada Selasa.", "Rojava", "SY"),
    ("en", "Fighting in the Kivus has displaced 40,000 people this month, aid groups said.", "Kivus", "CD"),
    ("id", "Pasukan pertahanan Karenni merebut dua pos militer pada Kamis.", "Karenni", "MM"),
    ("en", "Troops moved into Hadramout on Friday, the coalition said.", "Hadramout", "YE"),
])
def test_a_conflict_region_the_index_lacks_is_named(gaz, code, text, name, country):
    assert by_text(text, code, gaz)[name].country == country


def test_kirgistan_is_kyrgyzstan(gaz):
    assert by_text("Sebanyak 31 warga Kirgistan tewas di perbatasan dengan Tajikistan.", "id", gaz)[
        "Kirgistan"].country == "KG"


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Gunmen attacked a bus in the Centre region of Burkina Faso on Sunday.", "Centre", "BF"),
    ("en", "Gangs moved into Haiti's Centre department this year.", "Centre", "HT"),
    ("en", "Separatists attacked a convoy in the East region of Cameroon.", "East", "CM"),
])
def test_a_compass_or_centre_word_with_a_unit_word_is_the_unit_of_the_country_named(gaz, code, text, name,
                                                                                     country):
    place = by_text(text, code, gaz)[name]
    assert place.country == country and place.precision == "admin1"


def test_a_common_word_with_a_unit_word_abroad_is_no_place(gaz):
    assert "Police" not in by_text("Officers patrolled the Police district downtown in Ohio.", "en", gaz)


@pytest.mark.parametrize("code,text,name", [
    ("en", "Indian and Pakistani troops traded fire across the LoC overnight, the army said.", "LoC"),
    ("id", "Pasukan India dan Pakistan saling tembak di sepanjang Garis Kontrol (LoC) pada Rabu.", "LoC"),
])
def test_loc_is_the_line_of_control(gaz, code, text, name):
    assert by_text(text, code, gaz)[name].country is None


@pytest.mark.parametrize("code,text", [
    ("id", "Dua nelayan hilang setelah perahu mereka ditembaki di lepas pantai Naqoura, Lebanon."),
    ("en", "Two fishermen went missing after their boat came under fire off Naqoura, Lebanon."),
])
def test_a_town_known_by_a_spelling_of_its_name_in_the_country_named_is_it(gaz, code, text):
    assert by_text(text, code, gaz)["Naqoura"].country == "LB"


def test_an_acting_regents_place_names_no_person(gaz):
    text = ("KKB menyerang pos di Distrik Yigi, Kabupaten Nduga. Pasukannya akan terus menyerang di Nduga. "
            "\"Aparat sudah berjaga,\" kata Penjabat Bupati Nduga, Markus Tabuni, kemarin.")
    assert sum(p.text == "Nduga" for p in places(text, "id", gaz)) == 2
