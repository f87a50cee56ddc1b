"""Outcomes, units and sides of figures in wire copy: people buried died ("We buried 47 people",
"menguburkan 47 orang"), targets hit were struck (outcome other), people held are captured, pumping
stations are property, bodies stay deaths whatever else their noun says ("11 jenazah pengungsi"),
weapons after an attack verb and its object belong to the subject ("pounded Ukraine with 267 drones",
"Gempur Ukraina dengan 267 Drone"), rescue workers are civilians, and a part counted by a pronoun in
a sentence with no outcome of its own shares the outcome of the figure before ("Forty-two of them
were children", "42 di antaranya adalah anak-anak")."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code, published="2024-10-10"):
    doc = extract(text, lang=code, published=published)
    return {f.text: f for c in doc.claims for f in c.figures}


def claimants(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: c.claimant for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "\"We buried 31 people this morning and some are still missing,\" a village elder said.",
     "31 people"),
    ("id", "\"Kami menguburkan 31 orang pagi ini dan sebagian masih hilang,\" kata seorang tetua desa.",
     "31 orang"),
])
def test_people_buried_died(code, text, figure):
    assert figures(text, code)[figure].outcome == "killed"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The army said its jets hit 75 militant targets in the north on Sunday.", "75 militant targets"),
    ("id", "Militer mengatakan jetnya menghantam 75 sasaran militan di utara pada Minggu.", "75 sasaran"),
])
def test_targets_hit_were_struck(code, text, figure):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == ("other", "other")


@pytest.mark.parametrize("code, text, figure, unit", [
    ("en", "Shelling damaged three water pumping stations in the city, the utility said.",
     "three water pumping stations", "other"),
    ("id", "Penembakan merusak tiga stasiun pompa air di kota itu, kata perusahaan air minum.",
     "tiga stasiun pompa air", "other"),
])
def test_stations_are_property(code, text, figure, unit):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == (unit, "damaged")


def test_people_held_are_captured():
    text = "The rebels said they had killed 30 soldiers and were holding 12 others near the pass."
    assert figures(text, "en")["12 others"].outcome == "captured"


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Tim SAR menemukan 9 jenazah pengungsi Sudan di tepi sungai, kata polisi.",
     "9 jenazah pengungsi Sudan"),
    ("en", "Rescuers found the bodies of 9 Sudanese refugees on the riverbank, police said.",
     "9 Sudanese refugees"),
])
def test_bodies_of_refugees_died(code, text, figure):
    assert figures(text, code)[figure].outcome == "killed"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Russia pounded Ukraine with 180 drones overnight, the air force said.", "180 drones"),
    ("id", "Rusia Gempur Ukraina dengan 180 Drone dalam Semalam", "180 Drone"),
])
def test_weapons_after_the_attacked_side_are_the_attackers(code, text, figure):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome, fig.side) == ("drones", "used", "RU")


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The strike killed 9 people, including two members of a rescue team, the ministry said.",
     "two members of a rescue team"),
    ("id", "Serangan itu menewaskan 9 orang, termasuk dua anggota tim penyelamat, kata kementerian.",
     "dua anggota tim penyelamat"),
])
def test_rescue_workers_are_civilians(code, text, figure):
    assert figures(text, code)[figure].unit == "civilians"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "At least 300 villagers fled to the church after the raid, officials said. Forty-two of them "
     "were children.", "Forty-two of them"),
    ("id", "Sedikitnya 300 warga mengungsi ke gereja setelah serangan itu, kata pejabat. Sebanyak 42 di "
     "antaranya adalah anak-anak.", "42 di antaranya"),
])
def test_part_by_pronoun_shares_the_outcome_before(code, text, figure):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == ("civilians", "displaced")


def test_part_by_pronoun_keeps_its_own_outcome():
    text = "Air defences downed six drones over Mykolaiv. Debris from one of them destroyed a house."
    assert "one of them" not in figures(text, "en")


def test_social_affairs_office_is_government():
    text = "Sedikitnya 300 warga mengungsi ke gereja, menurut data Dinas Sosial setempat."
    assert claimants(text, "id")["Sedikitnya 300 warga"].kind == "government"


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("en", "Officials said 5 police officers were among the dead, while 17 people were treated in "
     "hospital.", "17 people", "wounded"),
    ("id", "Pejabat mengatakan lima polisi termasuk di antara korban tewas, sementara 17 orang dirawat di "
     "rumah sakit.", "17 orang", "wounded"),
    ("en", "Rescuers pulled 14 survivors from the rubble of the collapsed building.", "14 survivors",
     "other"),
    ("id", "Tim penyelamat mengevakuasi 14 korban selamat dari reruntuhan gedung itu.", "14 korban", "other"),
])
def test_treated_and_rescued(code, text, figure, outcome):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == ("civilians", outcome)


@pytest.mark.parametrize("code, text, figure", [
    ("en", "About 440 passengers were rescued. Officials said 37 of those rescued were being treated for "
     "injuries.", "37 of those"),
    ("id", "Sebanyak 440 penumpang diselamatkan. Pejabat mengatakan 37 dari mereka yang diselamatkan dirawat "
     "karena luka-luka.", "37 dari mereka"),
])
def test_participle_after_a_partitive_pronoun_describes_the_whole(code, text, figure):
    assert figures(text, code)[figure].outcome == "wounded"


@pytest.mark.parametrize("code, text", [
    ("en", "Shelling killed 15 civilians overnight. The two neighbours have fought three wars since 1947, "
     "two of them over Kashmir."),
    ("id", "Penembakan menewaskan 15 warga sipil semalam. Kedua negara telah berperang tiga kali sejak 1947, "
     "dua di antaranya memperebutkan Kashmir."),
])
def test_part_of_a_count_in_its_own_sentence_is_not_the_toll_before(code, text):
    assert [f.quantity.value for f in figures(text, code).values()] == [15]
