"""Wire-copy tolls and their sources: a count head far back in the clause or right after the
number ("the number of people killed ... has risen to N", "bringing to N the number of troops
killed", "jumlah warga yang tewas ... bertambah menjadi N"), "passed N" as a lower bound, a bare
number after equipment with an outcome only people have ("41 drones downed; 3 killed"), "others" and
"two of them" taking the side of the people counted just before, and sources named by a toll phrase
("gave a higher toll of", "memberikan angka"), a rescuer, a participle ("with the group claiming"),
or whose content opens with a pronoun ("said he had counted")."""

import pytest

from warta.pipeline.extract import extract


def doc(text, code, published="2024-10-10"):
    return extract(text, lang=code, published=published)


def figures(text, code):
    return {f.text: f for c in doc(text, code).claims for f in c.figures}


def claimants(text, code):
    return {f.text: c.claimant for c in doc(text, code).claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, unit", [
    ("en", "The ministry said the number of people killed in the strikes on the southern towns since "
     "the weekend has risen to 412, with more feared buried.", "412", "civilians"),
    ("en", "Eleven people died on Sunday, bringing to 2,310 the number of people killed in the region "
     "this year, the governor said.", "2,310", "civilians"),
    ("en", "Two Malawian soldiers died in the clash, bringing to 17 the number of foreign troops killed "
     "since January, the mission said.", "17", "personnel"),
    ("id", "Jumlah warga yang tewas akibat serangan udara di wilayah selatan Jalur Gaza selama tiga hari "
     "terakhir bertambah menjadi 412, kata kementerian itu.", "412", "civilians"),
])
def test_count_head_far_back_or_right_after(code, text, figure, unit):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == (unit, "killed")


@pytest.mark.parametrize("code, text", [
    ("en", "The health ministry says the death toll in the enclave has passed 50,000."),
    ("id", "Kementerian kesehatan menyebut jumlah korban tewas telah melewati 50.000 orang."),
])
def test_passed_is_a_lower_bound(code, text):
    (fig,) = figures(text, code).values()
    assert (fig.quantity.low, fig.quantity.high) == (50000, None)


@pytest.mark.parametrize("code, text", [
    ("en", "Moscow says it downed 41 Ukrainian drones overnight; 3 killed in Sumy"),
    ("id", "Rusia tembak jatuh 41 drone Ukraina; 3 tewas di Sumy"),
])
def test_bare_number_dying_after_equipment_counts_people(code, text):
    fig = figures(text, code)["3"]
    assert (fig.unit, fig.outcome) == ("civilians", "killed")


@pytest.mark.parametrize("code, text, parts", [
    ("en", "Hezbollah said its fighters fired 40 rockets at Safed. Israel's military confirmed that three "
     "soldiers were killed and nine others were wounded, four of them seriously, near the border.",
     ("nine others", "four of them")),
    ("id", "Hizbullah mengatakan pejuangnya menembakkan 40 roket ke Safed. Menurut militer Israel, tiga "
     "tentara tewas dan sembilan lainnya terluka, empat di antaranya luka berat.",
     ("sembilan lainnya", "empat di antaranya")),
])
def test_others_keep_the_side_of_the_people_before(code, text, parts):
    figs = figures(text, code)
    for part in parts:
        assert figs[part].side == "IL"


@pytest.mark.parametrize("code, text, figure, source", [
    ("en", "The Sudan Doctors Network gave a higher toll of 71 killed in the camp.", "71", "Sudan Doctors"),
    ("id", "Jaringan Dokter Sudan memberikan angka yang lebih tinggi, yakni 71 orang tewas di kamp itu.",
     "71 orang", "Jaringan Dokter Sudan"),
    ("en", "More than 30 people were injured, a volunteer rescuer said.", "More than 30 people",
     "a volunteer rescuer"),
    ("en", "Militants stormed a base in Hiran, with the group claiming to have killed 47 soldiers.",
     "47 soldiers", "the group"),
    ("en", "The minister said 7 soldiers died. A local elder, who did not want to be named, said he had "
     "counted the bodies of 19 soldiers.", "19 soldiers", "A local elder"),
    ("id", "Menteri itu mengatakan tujuh prajurit tewas. Seorang tetua desa mengatakan dia mencatat 19 "
     "jenazah tentara di lokasi.", "19 jenazah tentara", "Seorang tetua desa"),
])
def test_sources_of_wire_tolls(code, text, figure, source):
    assert source in claimants(text, code)[figure].text


def test_put_the_number_at_reaches_over_a_long_object():
    text = "The U.N. put the number of people killed in gang violence across the country last year at 5,601."
    assert claimants(text, "en")["5,601"].kind == "organization"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The rebels said they seized 14 combat vehicles near Mellit.", "14 combat vehicles"),
    ("id", "Pemberontak mengatakan mereka merebut 14 kendaraan tempur di dekat Mellit.",
     "14 kendaraan tempur"),
])
def test_combat_vehicles_are_armoured(code, text, figure):
    assert figures(text, code)[figure].unit == "armored_vehicles"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Ukraine's general staff said Russian losses over the past day included 1,150 troops, 4 tanks and "
     "87 drones.", "4 tanks"),
    ("id", "Staf umum Ukraina mengatakan kerugian Rusia dalam sehari terakhir meliputi 1.150 tentara, 4 tank "
     "dan 87 drone.", "4 tank"),
])
def test_items_that_losses_included_were_lost(code, text, figure):
    fig = figures(text, code)[figure]
    assert (fig.outcome, fig.side) == ("lost", "RU")


@pytest.mark.parametrize("code, text, figure, source, kind", [
    ("en", "The rebels now hold about 40 hostages, a negotiator said.", "about 40 hostages", "a negotiator",
     "official"),
    ("id", "Kelompok itu kini menyandera sekitar 40 orang, kata seorang negosiator.", "sekitar 40 orang",
     "seorang negosiator", "official"),
    ("en", "At least 12 people died in the blast, an eyewitness told Reuters.", "At least 12 people",
     "an eyewitness", "person"),
    ("id", "Sedikitnya 12 orang tewas dalam ledakan itu, kata seorang saksi mata.", "Sedikitnya 12 orang",
     "seorang saksi mata", "person"),
])
def test_late_sources_named_by_role(code, text, figure, source, kind):
    found = claimants(text, code)[figure]
    assert (found.text, found.kind) == (source, kind)
