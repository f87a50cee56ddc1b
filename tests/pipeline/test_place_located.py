"""Where the text puts something "in" a name: after a word of place, as a later
item of a list that one opens, and then the one reading of the name that fits
(warta.pipeline.place_located, warta.geo.doubt)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code,text", [
    ("en", "Syrian officials met in Syria last week. The talks ended without a deal. "
           "Shelling hit homes in Qabr Lulu, Sarmin and Tell Zorbak overnight."),
    ("id", "Pejabat Suriah bertemu di Suriah pekan lalu. Perundingan berakhir tanpa kesepakatan. "
           "Penembakan menghantam rumah di Qabr Lulu, Sarmin dan Tell Zorbak semalam."),
])
def test_a_later_item_of_a_list_after_in_is_located(gaz, code, text):
    # a village of no known size, far from every other place of the story, is kept when the
    # list it stands in opens with "in"/"di" and it lies in the story's country
    got = [p for p in places(text, code, gaz) if p.text == "Sarmin"]
    assert len(got) == 1 and got[0].country == "SY"


@pytest.mark.parametrize("code,text", [
    ("en", "Syrian officials met in Syria last week. The talks ended without a deal. "
           "Crews fixed Qabr Lulu and Sarmin streets overnight."),
    ("id", "Pejabat Suriah bertemu di Suriah pekan lalu. Perundingan berakhir tanpa kesepakatan. "
           "Awak memperbaiki jalan di Qabr Lulu. Sarmin sepi."),
])
def test_a_name_without_a_word_of_place_before_its_list_stays_doubtful(gaz, code, text):
    assert "Sarmin" not in [p.text for p in places(text, code, gaz)]


@pytest.mark.parametrize("code,text", [
    ("en", "The minister spoke about the war in Syria and Iraq. He then left for Europe. "
           "Gunmen killed tourists in Sousse in 2015."),
    ("id", "Menteri berbicara tentang perang di Suriah dan Irak. Ia lalu berangkat ke Eropa. "
           "Pria bersenjata menembak turis di Sousse pada 2015."),
])
def test_a_town_the_text_puts_something_in_beats_a_small_alias_in_the_storys_country(gaz, code, text):
    # Syria has a small village that Sousse is another name of; the Tunisian city is the
    # name's one reading (its governorate, named after it, is the same place)
    got = [p for p in places(text, code, gaz) if p.text == "Sousse"]
    assert len(got) == 1 and got[0].country == "TN" and got[0].precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "Coalition jets struck targets in Raqqa province in Syria and in Iraq on Monday. "
           "Near Al Huwayjah, two strikes hit two bridges."),
    ("id", "Jet koalisi menyerang sasaran di provinsi Raqqa di Suriah dan di Irak pada Senin. "
           "Dekat Al Huwayjah, dua serangan menghantam dua jembatan."),
])
def test_a_located_name_spelt_like_a_hamlet_of_the_storys_country_is_that_hamlet(gaz, code, text):
    # the index knows the Iraqi town as "Al Hawijah", "Al Huwayjah" as another name of it:
    # far from the province the story names, but put "near" and spelt alike, it is the town
    got = [p for p in places(text, code, gaz) if p.text == "Al Huwayjah"]
    assert len(got) == 1 and got[0].country == "IQ"


@pytest.mark.parametrize("code,text", [
    ("en", "Coalition jets struck targets in Syria on Monday. Near Dayr Az Zayr, five strikes "
           "hit oil trucks."),
    ("id", "Jet koalisi menyerang sasaran di Suriah pada Senin. Dekat Dayr Az Zayr, lima serangan "
           "menghantam truk minyak."),
])
def test_a_word_of_place_opening_a_sentence_marks_a_name_for_near_matches(gaz, code, text):
    # "Near"/"Dekat" written with a capital, as a sentence's first word, still tells that the
    # misspelt name after it is a place (Dayr az Zawr)
    got = [p for p in places(text, code, gaz) if p.text == "Dayr Az Zayr"]
    assert len(got) == 1 and got[0].country == "SY" and got[0].found


@pytest.mark.parametrize("code,text", [
    ("en", "The war in Syria entered its sixth year. The United Nations warned of hunger. "
           "Aid finally reached civilians in Madaya on Monday."),
    ("id", "Perang di Suriah memasuki tahun keenam. PBB memperingatkan bencana kelaparan. "
           "Bantuan akhirnya tiba bagi warga di Madaya pada Senin."),
])
def test_a_located_name_is_its_one_reading_in_the_storys_country(gaz, code, text):
    # the index has a Syrian Madaya of no known size and a Burmese town of 24,000; a story on
    # Syria that puts something "in Madaya" means the Syrian one
    got = [p for p in places(text, code, gaz) if p.text == "Madaya"]
    assert len(got) == 1 and got[0].country == "SY"


def test_a_located_name_inside_a_longer_name_stays_doubtful(gaz):
    text = ("The war in Syria entered its sixth year. The United Nations warned of hunger. "
            "Pupils at Madaya Hall School sang on Monday.")
    assert "Madaya" not in [p.text for p in places(text, "en", gaz)]


@pytest.mark.parametrize("code,text", [
    ("en", "In Sudan, the paramilitary forces shelled El Geneina overnight."),
    ("id", "Di Sudan, pasukan paramiliter menembaki El Geneina semalam."),
])
def test_a_city_of_the_storys_country_by_its_other_name_is_kept(gaz, code, text):
    # the index knows the city as Al-Junaynah; "El Geneina" is its other name, spelt unlike it
    got = [p for p in places(text, code, gaz) if p.text == "El Geneina"]
    assert len(got) == 1 and got[0].country == "SD" and got[0].precision == "settlement"


@pytest.mark.parametrize("code,text,name", [
    ("en", "Shelling hit Kherson overnight, the governor said.", "Kherson"),
    ("id", "Serangan udara menghantam Idlib semalam, kata para saksi.", "Idlib"),
    # another name of both the town and its province, not the main name of either (Ar Raqqah)
    ("en", "Clashes raged on the road between Raqqa and Tal Abyad.", "Raqqa"),
    ("id", "Bentrokan berkecamuk di jalan antara Raqqa dan Tal Abyad.", "Raqqa"),
])
def test_a_bare_name_of_a_town_and_its_province_is_the_town(gaz, code, text, name):
    (got,) = [p for p in places(text, code, gaz) if p.text == name]
    assert got.precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "Fighting raged across the Kherson region. Kherson was shelled again on Monday."),
    ("id", "Pertempuran berkecamuk di seluruh wilayah Kherson. Kherson kembali diserang pada Senin."),
])
def test_a_name_the_text_calls_a_unit_stays_the_unit(gaz, code, text):
    got = [p for p in places(text, code, gaz) if p.text == "Kherson"]
    assert got and all(p.precision == "admin1" for p in got)


@pytest.mark.parametrize("code,text,name", [
    ("en", "Air defences downed drones over the Zaporozhye region overnight.", "Zaporozhye"),
    ("id", "Pertahanan udara menembak jatuh drone di atas wilayah Kharkov semalam.", "Kharkov"),
])
def test_a_unit_asked_for_by_its_capitals_other_name_is_the_province(gaz, code, text, name):
    # the index knows "Zaporozhye", "Kharkov" only as the cities' other names
    (got,) = [p for p in places(text, code, gaz) if p.text == name]
    assert got.precision == "admin1" and got.country == "UA"


def test_a_unit_named_after_a_town_that_is_no_capital_stays_the_town(gaz):
    # South Lebanon's governorate is named after no town: "wilayah Tyre" keeps Tyre
    text = "Israel menyerang dua komandan di wilayah Tyre."
    (got,) = [p for p in places(text, "id", gaz) if p.text == "Tyre"]
    assert got.precision != "admin1"
