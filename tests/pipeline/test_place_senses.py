"""One sense of a name per article (warta.pipeline.place_senses and Regions.of):
a place the index lacks is that place at every mention, a headline's too; a
two-word adjective of a people names its own country, not the one inside it."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.place_lexicon import lexicon
from warta.pipeline.place_senses import adjective_countries
from warta.pipeline.place_words import tokenize
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen attacked the town of Mahas in Somalia's Hiiraan region. Hundreds of families fled Mahas "
           "on Monday."),
    ("id", "Pria bersenjata menyerang kota Mahas di wilayah Hiiraan, Somalia. Ratusan keluarga meninggalkan "
           "Mahas pada Senin."),
])
def test_a_place_the_index_lacks_is_it_at_every_mention(gaz, code, text):
    mahas = [p for p in found(text, code, gaz) if p.text == "Mahas"]
    # the index's only Mahas is a Jordanian town: neither mention is it
    assert len(mahas) == 2
    assert all(not p.found and p.country == "SO" for p in mahas)
    assert mahas[0].lat == mahas[1].lat and mahas[0].lon == mahas[1].lon


@pytest.mark.parametrize("code,text", [
    ("en", "South Sudan army says militia overruns Nasir garrison\nJUBA (AFP) - At least 20 South Sudanese "
           "soldiers were killed when a militia overran a garrison in the town of Nasir, the army said."),
    ("id", "Tentara Sudan Selatan: milisi kuasai garnisun Nasir\nJUBA - Sedikitnya 20 tentara Sudan Selatan "
           "tewas ketika milisi menyerbu garnisun di kota Nasir, kata tentara."),
])
def test_a_headline_mention_takes_the_place_of_the_body_s(gaz, code, text):
    nasir = [p for p in found(text, code, gaz) if p.text == "Nasir"]
    # no Sudanese "Nasir Extension": the story is South Sudan's, and its headline names the same town
    assert len(nasir) == 2
    assert {p.country for p in nasir} == {"SS"}
    assert nasir[0].lat is not None and (nasir[0].lat, nasir[0].lon) == (nasir[1].lat, nasir[1].lon)


@pytest.mark.parametrize("text,country,not_country", [
    ("South Sudanese troops crossed the river.", "SS", "SD"),
    ("North Korean soldiers were seen near the front.", "KP", "KR"),
])
def test_a_two_word_adjective_names_its_own_country(text, country, not_country):
    lang = load("en")
    lex = lexicon(lang)
    codes = adjective_countries(tokenize(text, sentences(text, lang), lex.shortened_heads), lex)
    assert country in codes and not_country not in codes


def test_a_one_word_adjective_still_names_its_country():
    lang = load("en")
    lex = lexicon(lang)
    text = "Sudanese troops crossed the river."
    assert adjective_countries(tokenize(text, sentences(text, lang), lex.shortened_heads), lex) == {"SD"}


@pytest.mark.parametrize("code,text", [
    ("id", "DEKAI, KOMPAS — Dua pendulang emas tewas ditembak di Kabupaten Yahukimo, Papua Pegunungan. "
           "Jenazah mereka dievakuasi ke Dekai pada Kamis, dan satu korban luka dirawat di RSUD Dekai."),
    ("en", "DEKAI (Reuters) - Two gold miners were shot dead in Yahukimo regency, Papua Pegunungan. "
           "Their bodies were flown to Dekai on Thursday."),
])
def test_a_dateline_town_the_index_lacks_is_a_place_at_every_mention(gaz, code, text):
    dekai = [p for p in found(text, code, gaz) if p.text.lower() == "dekai"]
    assert len(dekai) == text.lower().count("dekai")
    assert all(p.country == "ID" and not p.found for p in dekai)


@pytest.mark.parametrize("code,text,outlet", [
    ("id", "VIVA – Dua pendulang emas tewas ditembak di Kabupaten Yahukimo pada Rabu.", "VIVA"),
    ("id", "Warta.com - Dua pendulang emas tewas ditembak di Kabupaten Yahukimo pada Rabu.", "Warta.com"),
    ("en", "WARTA.COM, JAKARTA - Two gold miners were shot dead in Yahukimo regency on Wednesday.",
     "WARTA.COM"),
])
def test_an_outlet_s_name_opening_the_story_is_no_place(gaz, code, text, outlet):
    assert outlet not in [p.text for p in found(text, code, gaz)]


@pytest.mark.parametrize("code,text,name,country", [
    # a country whose forces act in the sentence
    ("id", "Pada Senin malam, tentara Israel meledakkan 20 rumah di desa Yaroun dekat perbatasan, menurut "
           "kantor berita resmi Lebanon.", "Yaroun", "LB"),
    ("en", "On Monday night, Israel's army blew up 20 houses in the village of Yaroun near the border, "
           "Lebanon's official news agency said.", "Yaroun", "LB"),
    # a capital that backs a side
    ("id", "SDF menggagalkan serangan di desa Khirbet Zamalka dan menewaskan 31 tentara bayaran yang "
           "didukung Ankara, kata kelompok itu di Suriah utara.", "Khirbet Zamalka", "SY"),
    ("en", "The SDF said it repelled an attack on the village of Khirbet Zamalka by fighters backed by "
           "Ankara, in northern Syria.", "Khirbet Zamalka", "SY"),
    # the country across the border
    ("en", "On Monday troops blew up 20 houses in the village of Yaroun near the border with Israel, "
           "officials in Lebanon said.", "Yaroun", "LB"),
    ("id", "Pada Senin tentara meledakkan 20 rumah di desa Yaroun dekat perbatasan dengan Israel, kata "
           "pejabat Lebanon.", "Yaroun", "LB"),
])
def test_a_village_lies_in_no_country_that_acts_on_it_or_lies_across_the_border(gaz, code, text, name,
                                                                                  country):
    village = next(p for p in found(text, code, gaz) if p.text == name)
    assert not village.found and village.country == country


@pytest.mark.parametrize("code,text", [
    ("en", "Russia said its forces captured the village of Stepove, west of Orikhiv. Ukraine said its troops "
           "repelled assaults near Stepove and Orikhiv."),
    ("id", "Rusia mengatakan pasukannya merebut desa Stepove di sebelah barat Orikhiv. Ukraina mengatakan "
           "pasukannya menghalau serangan di dekat Stepove dan Orikhiv."),
])
def test_a_later_mention_takes_no_namesake_the_first_ruled_out(gaz, code, text):
    stepove = [p for p in found(text, code, gaz) if p.text == "Stepove"]
    assert len(stepove) == 2 and not any(p.found for p in stepove)
    assert (stepove[0].lat, stepove[0].lon) == (stepove[1].lat, stepove[1].lon)


@pytest.mark.parametrize("code,text", [
    ("en", "Gunfire shook the Abu Salim district of Tripoli on Tuesday. Medics evacuated 63 families from "
           "Abu Salim, officials in Libya said."),
    ("id", "Tembakan mengguncang distrik Abu Salim di Tripoli pada Selasa. Petugas medis mengevakuasi 63 "
           "keluarga dari Abu Salim, kata pejabat di Libya."),
])
def test_every_mention_of_a_new_place_lies_where_the_first_was_put(gaz, code, text):
    got = found(text, code, gaz)
    tripoli = next(p for p in got if p.text == "Tripoli")
    quarter = [p for p in got if p.text == "Abu Salim"]
    assert len(quarter) == 2 and (quarter[0].lat, quarter[0].lon) == (quarter[1].lat, quarter[1].lon)
    assert km((quarter[1].lat, quarter[1].lon), (tripoli.lat, tripoli.lon)) < 1


@pytest.mark.parametrize("code,text", [
    ("en", "Jihadists ambush convoy outside Boni\nBAMAKO (AFP) - Jihadists ambushed a supply convoy outside "
           "the town of Boni, in Mali's Mopti region, on Tuesday. Shopkeepers of Boni said trucks burned."),
    ("id", "Jihadis sergap konvoi di luar Boni\nBAMAKO - Jihadis menyergap konvoi logistik di luar kota "
           "Boni, wilayah Mopti, Mali, pada Selasa. Pedagang dari Boni mengatakan truk-truk terbakar."),
])
def test_a_town_word_makes_no_city_abroad_of_another_of_its_names(gaz, code, text):
    boni = [p for p in found(text, code, gaz) if p.text == "Boni"]
    # "Boni" is another name of Bonn in the index: no reading in a story on Mali, at any mention, and the
    # residents "of" it are the ones who speak
    assert len(boni) == 3
    assert {p.country for p in boni} == {"ML"} and all(not p.found for p in boni)
