"""Sources the previous rules missed: a headline's leading place is its topic, not its source
("Sudan: ..."); "Menurutnya" / "According to him" speak for the person named before; channels in
a row stand between a source and its cue ("dalam pernyataan di media sosial"); armed groups and
gangs by name are military sources of their country."""

import pytest

from warta.pipeline.extract import extract


def claimants(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: (c.claimant.text, c.claimant.kind, c.claimant.country)
            for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Sudan: shelling kills 12 in El Fasher market\nEL FASHER, Sudan (Reuters) - Shelling killed 12 "
     "people on Monday.", "12"),
    ("id", "Sudan: Serangan Artileri Tewaskan 12 Orang di Pasar El Fasher\nKhartoum - Serangan artileri "
     "menewaskan 12 orang, Senin.", "12 Orang"),
])
def test_a_place_before_a_headline_colon_is_no_source(code, text, figure):
    assert claimants(text, code)[figure][1] == "reporter"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "UN: 300 killed in Gaza\nGAZA - Some 300 people were killed, the UN said.", "300"),
    ("id", "PBB: 300 Warga Tewas di Gaza\nGaza - Sebanyak 300 warga tewas, kata PBB.", "300 Warga"),
])
def test_a_source_before_a_headline_colon_stays(code, text, figure):
    assert claimants(text, code)[figure][1] == "organization"


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Kapolres Puncak AKBP Kade Budiyasa mengatakan para pelaku menyerang pos. Menurutnya, tiga "
     "anggota polisi terluka dalam serangan itu.", "tiga anggota polisi"),
    ("en", "Police chief Kade Budiyasa said the gunmen attacked the post. According to him, three officers "
     "were wounded in the attack.", "three officers"),
])
def test_a_pronoun_after_according_to_is_the_speaker_before(code, text, figure):
    assert claimants(text, code)[figure][1] == "official"


@pytest.mark.parametrize("code, text, figure, who", [
    ("id", "Kelompok pemberontak itu dalam pernyataan di media sosial menyebut tujuh warga sipil tewas.",
     "tujuh warga sipil", "Kelompok pemberontak itu"),
    ("id", "Pemimpin geng Jimmy Cherizier dalam video yang beredar di media sosial mengklaim anak buahnya "
     "membunuh 40 orang di Port-au-Prince.", "40 orang", "Pemimpin geng Jimmy Cherizier"),
])
def test_channels_in_a_row_stand_between_source_and_cue(code, text, figure, who):
    assert claimants(text, code)[figure][0] == who


@pytest.mark.parametrize("code, text, figure, kind, country", [
    ("en", "The SDF said in a statement that 12 of its fighters were killed near Manbij.",
     "12 of its fighters", "military", "SY"),
    ("id", "SDF dalam pernyataan di media sosial menyebut 12 pejuangnya tewas di dekat Manbij.",
     "12 pejuangnya", "military", "SY"),
    ("en", "Gang leader Jimmy Cherizier said in a video that his men had killed 40 people.", "40 people",
     "military", None),
    ("id", "Pemimpin geng Jimmy Cherizier mengklaim anak buahnya membunuh 40 orang.", "40 orang",
     "military", None),
])
def test_armed_groups_and_gangs_are_military(code, text, figure, kind, country):
    _, got_kind, got_country = claimants(text, code)[figure]
    assert got_kind == kind
    assert country is None or got_country == country


@pytest.mark.parametrize("code, text, figure, who", [
    ("en", "\"At least nine dead were brought here overnight,\" a nurse at the hospital in Kaya said.",
     "At least nine dead", "a nurse"),
    ("en", "A doctor at the clinic in Kaya said nine people had died.", "nine people", "A doctor"),
])
def test_a_source_at_a_place_keeps_its_head(code, text, figure, who):
    assert claimants(text, code)[figure][0].startswith(who)
    assert claimants(text, code)[figure][1] == "person"
