"""Figures in unseen wire copy: compound modifiers, plural reduplication, a verb that opens the
next item, parts announced in their own sentence, a figure's own-clause time, dozens."""

from datetime import date

import pytest

from warta.lang import load
from warta.model import Period
from warta.pipeline.extract import extract
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences

PUB = date(2025, 3, 12)


def figures(text, code):
    lang = load(code)
    found = find_figures(text, lang, sentences(text, lang), find_quantities(text, lang), [], [])
    return {f.text: (f.quantity.value, f.quantity.low, f.quantity.high, f.unit, f.outcome) for f in found}


def periods(text, code):
    doc = extract(text, lang=code, published=PUB)
    return {f.text: f.period for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, fig, unit", [
    ("en", "The rebels fired two anti-ship missiles at the tanker.", "two anti-ship missiles", "missiles"),
    ("en", "Troops downed five long-range drones near the border.", "five long-range drones", "drones"),
    ("id", "Pasukan itu membakar 14 rumah-rumah warga di desa tersebut.", "14 rumah-rumah", "other"),
    ("id", "Milisi membakar enam desa-desa di tepi sungai.", "enam desa-desa", "settlements"),
])
def test_a_compound_modifier_or_a_reduplicated_plural_keeps_the_unit(code, text, fig, unit):
    assert figures(text, code)[fig][3] == unit


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Militants killed 9 policemen and wounded 15 near the checkpoint.", "15"),
    ("id", "Serangan itu menewaskan 9 polisi dan melukai 15 di dekat pos.", "15"),
])
def test_a_bare_number_after_the_next_verb_counts_the_same_people(code, text, fig):
    assert figures(text, code)[fig][3:] == ("personnel", "wounded")


@pytest.mark.parametrize("code, text, toll", [
    ("en", "Shelling killed 18 people, including three nurses. Separately, 6 soldiers were killed "
           "at a checkpoint, including two officers.", "18 people"),
    ("id", "Serangan itu menewaskan 18 orang, di antaranya tiga perawat. Sebanyak 6 tentara "
           "tewas di pos lain, di antaranya dua perwira.", "18 orang"),
])
def test_a_part_word_in_another_sentence_announces_no_parts_of_the_toll(code, text, toll):
    assert figures(text, code)[toll][3] == "civilians"


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Rebels freed 40 prisoners on Monday, the largest release this year.", "40 prisoners"),
    ("id", "Sebanyak 5.000 warga mengungsi pada Senin, dan puluhan orang tewas dalam sepekan terakhir.",
     "5.000 warga"),
])
def test_a_time_in_the_figures_own_clause_wins_over_a_nearer_one_elsewhere(code, text, fig):
    assert periods(text, code)[fig] == Period(date(2025, 3, 10), date(2025, 3, 10))


@pytest.mark.parametrize("code, text, fig, value", [
    ("id", "Hampir dua lusin pekerja bantuan tewas tahun ini.", "Hampir dua lusin pekerja", 24),
    ("id", "Selusin prajurit terluka dalam serangan itu.", "Selusin prajurit", 12),
])
def test_dozens_in_indonesian(code, text, fig, value):
    assert figures(text, code)[fig][0] == value


@pytest.mark.parametrize("code, text, fig", [
    ("id", "Kedua negara bertukar 90 tahanan perang pada Sabtu.", "90 tahanan perang"),
    ("en", "The two countries exchanged 90 prisoners of war on Saturday.", "90 prisoners of war"),
])
def test_prisoners_of_war_are_personnel(code, text, fig):
    assert figures(text, code)[fig][3:] == ("personnel", "released")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "An anti-ship missile struck the freighter, and its crew reported three fatalities.", "three"),
    ("id", "Sebuah rudal anti-kapal menghantam kapal itu, dan tiga tewas di dek.", "tiga"),
])
def test_a_lone_article_lends_no_unit_to_the_bare_number_after_it(code, text, fig):
    doc = extract(text, lang=code, published=PUB)
    found = {f.text: f for c in doc.claims for f in c.figures}
    assert found[fig].unit == "civilians" and found[fig].outcome == "killed"


@pytest.mark.parametrize("code, text, gone, kept", [
    ("en", "Gunmen killed 14 villagers in Tamba, a town of 12,000 people, on Monday.", "12,000 people",
     "14 villagers"),
    ("id", "Orang bersenjata menewaskan 14 warga di Tamba, kota berpenduduk 12.000 jiwa, pada Senin.",
     "12.000 jiwa", "14 warga"),
])
def test_a_places_inhabitants_are_no_toll(code, text, gone, kept):
    found = figures(text, code)
    assert gone not in found and found[kept][3:] == ("civilians", "killed")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Bandits killed 2,100 people this year, up from 1,800 in 2023, the monitor said.", "1,800"),
    ("id", "Bandit menewaskan 2.100 orang tahun ini, naik dari 1.800 pada 2023, kata pemantau.", "1.800"),
])
def test_a_number_a_comparison_opens_is_the_same_count_at_another_time(code, text, fig):
    assert figures(text, code)[fig] == (1800, 1800, 1800, "civilians", "killed")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Volunteers recovered 19 bodies and evacuated them to the morgue.", "19 bodies"),
    ("id", "Relawan mengevakuasi 19 jenazah dari reruntuhan gedung.", "19 jenazah"),
])
def test_bodies_evacuated_or_recovered_are_deaths(code, text, fig):
    assert figures(text, code)[fig][3:] == ("civilians", "killed")


@pytest.mark.parametrize("code, text, fig", [
    ("id", "Jumlah pengungsi mendekati 90.000 orang, kata badan PBB.", "mendekati 90.000 orang"),
    ("en", "The death toll is approaching 90,000, the ministry said.", "approaching 90,000"),
])
def test_approaching_a_number_is_its_upper_bound(code, text, fig):
    assert figures(text, code)[fig][:3] == (90000, None, 90000)


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Some 300 prisoners have been returned to Ukraine, the ombudsman said.", "Some 300 prisoners"),
    ("id", "Sekitar 300 tahanan telah dipulangkan ke Ukraina, kata ombudsman.", "Sekitar 300 tahanan"),
])
def test_prisoners_returned_are_released(code, text, fig):
    assert figures(text, code)[fig][4] == "released"


@pytest.mark.parametrize("code, text, part, whole", [
    ("en", "Two of the five hostages kidnapped by the gang last week were freed on Sunday.", "Two",
     "five hostages"),
    ("id", "Dua dari lima sandera yang diculik geng itu pekan lalu dibebaskan pada Minggu.", "Dua",
     "lima sandera"),
])
def test_a_whole_with_its_own_participle_keeps_its_outcome(code, text, part, whole):
    found = figures(text, code)
    assert found[part][4] == "released" and found[whole][3:] == ("civilians", "captured")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The raid killed nine soldiers and a civilian, the army said.", "a civilian"),
    ("id", "Serangan itu menewaskan sembilan tentara dan seorang warga sipil, kata tentara.",
     "seorang warga sipil"),
])
def test_a_person_named_with_an_article_after_and_joins_the_counted_list(code, text, fig):
    doc = extract(text, lang=code, published=PUB)
    found = {f.text: f for c in doc.claims for f in c.figures}
    assert (found[fig].quantity.value, found[fig].unit, found[fig].outcome) == (1, "civilians", "killed")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "More than 60 migrants drowned when their boat capsized.", "More than 60 migrants"),
    ("id", "Lebih dari 60 migran tewas tenggelam ketika perahu mereka terbalik.", "Lebih dari 60 migran"),
])
def test_drowned_people_were_killed(code, text, fig):
    assert figures(text, code)[fig][3:] == ("civilians", "killed")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The number of displaced people in the region has risen to 1.5 million, the agency said.",
     "1.5 million"),
    ("id", "Jumlah pengungsi di wilayah itu naik menjadi 1,5 juta, kata badan itu.", "1,5 juta"),
])
def test_a_count_head_names_what_a_later_bare_number_counts(code, text, fig):
    assert figures(text, code)[fig] == (1500000, 1500000, 1500000, "civilians", "displaced")



@pytest.mark.parametrize("code, text, fig, unit, outcome", [
    # the counted noun stands far before the number: "brings X's total <noun> ... to N"
    ("en", "The new figures bring Ukraine's total tank losses since the spring offensive to 4,150, "
           "the institute said.", "4,150", "tanks", "lost"),
    ("en", "That raises the army's total troop losses since the start of the year to 31,800.", "31,800",
     "personnel", "lost"),
    ("id", "Angka itu menambah total kerugian tank Ukraina sejak serangan musim semi menjadi 4.150, "
           "kata lembaga itu.", "4.150", "tanks", "lost"),
    ("id", "Hal itu menambah total kerugian pasukan tentara sejak awal tahun menjadi 31.800.", "31.800",
     "personnel", "lost"),
])
def test_a_total_names_what_a_far_number_counts(code, text, fig, unit, outcome):
    assert figures(text, code)[fig][3:] == (unit, outcome)


@pytest.mark.parametrize("code, text, fig, outcome", [
    # a count head before the outcome noun makes it a toll, however far its number
    ("en", "The number of casualties in the border war rose to 31,000, officials said.", "31,000",
     "casualties"),
    ("id", "Total kematian dalam perang di wilayah itu mencapai 31.000, kata pejabat.", "31.000", "killed"),
])
def test_a_counted_outcome_noun_is_a_toll_for_a_far_number(code, text, fig, outcome):
    assert figures(text, code)[fig][3:] == ("civilians", outcome)

@pytest.mark.parametrize("code, text, fig, bounds", [
    ("en", "Rebels killed several dozen villagers on Monday.", "several dozen villagers", (None, 10, 99)),
    ("id", "Pemberontak menewaskan beberapa lusin warga pada Senin.", "beberapa lusin warga", (None, 10, 99)),
    ("en", "Several hundred people fled the town.", "Several hundred people", (None, 100, 999)),
    ("id", "Beberapa ratus orang mengungsi dari kota itu.", "Beberapa ratus orang", (None, 100, 999)),
])
def test_several_dozen_or_hundred_is_vague(code, text, fig, bounds):
    assert figures(text, code)[fig][:3] == bounds


@pytest.mark.parametrize("code, text", [
    ("en", "Pirates attacked 40 ships, sinking two and seizing one."),
    ("id", "Bajak laut menyerang 40 kapal, menenggelamkan dua dan membajak satu."),
])
def test_ships_sunk_are_destroyed_and_hijacked_are_captured(code, text):
    found = sorted(figures(text, code).values())
    assert [f[3:] for f in found] == [("ships", "captured"), ("ships", "destroyed"), ("ships", "other")]


@pytest.mark.parametrize("code, text, part", [
    ("en", "Nine peacekeepers were wounded when their convoy came under fire, two of them critically.",
     "two of them"),
    ("id", "Sembilan penjaga perdamaian terluka ketika konvoi mereka ditembaki, dua di antaranya kritis.",
     "dua di antaranya"),
])
def test_a_part_hurt_critically_is_wounded(code, text, part):
    assert figures(text, code)[part][4] == "wounded"


@pytest.mark.parametrize("code, text, fig", [
    ("id", "Sejak 24 Februari 2022 hingga 12 Maret 2025, musuh kehilangan 700.000 tentara, 9.000 tank "
           "dan 19.000 drone.", "9.000 tank"),
    ("en", "Since Feb. 24, 2022 until March 12, 2025, the enemy lost 700,000 troops, 9,000 tanks and "
           "19,000 drones.", "9,000 tanks"),
])
def test_a_since_word_opens_only_the_first_date_of_its_range(code, text, fig):
    assert periods(text, code)[fig] == Period(date(2022, 2, 24), PUB)


@pytest.mark.parametrize("code, text, fig", [
    ("id", "Sebanyak 41 orang prajurit-prajurit musuh menyerah pekan lalu.", "41 orang prajurit-prajurit"),
    ("id", "Total 112 personil Polri dikerahkan ke lokasi itu.", "112 personil Polri"),
    ("en", "A total of 112 police officers were deployed to the area.", "112 police officers"),
])
def test_reduplicated_and_misspelled_troop_nouns_are_personnel(code, text, fig):
    assert figures(text, code)[fig][3] == "personnel"


@pytest.mark.parametrize("code, text", [
    ("en", "The enemy attacked with three ballistic missiles and 73 drones overnight."),
    ("id", "Musuh menyerang dengan tiga rudal balistik dan 73 drone semalam."),
])
def test_missiles_and_drones_listed_under_an_attack_verb_were_launched(code, text):
    assert {f[3:] for f in figures(text, code).values()} == {("missiles", "used"), ("drones", "used")}


@pytest.mark.parametrize("code, text, toll", [
    ("en", "The death toll from the strikes on the province since January has risen to 3,823, with "
           "15,859 others wounded.", "3,823"),
    ("id", "Jumlah korban tewas akibat serangan di provinsi itu sejak Januari naik menjadi 3.823, dengan "
           "15.859 lainnya terluka.", "3.823"),
])
def test_a_toll_word_before_a_bare_number_beats_a_verb_after_another_figure(code, text, toll):
    assert figures(text, code)[toll][3:] == ("civilians", "killed")


@pytest.mark.parametrize("code, text, fig, want", [
    ("en", "Seven civilians died and four others suffered gunshot wounds.", "four others", "wounded"),
    ("id", "Tujuh warga sipil tewas dan empat lainnya mengalami luka tembak.", "empat lainnya", "wounded"),
])
def test_suffering_wounds_is_wounded(code, text, fig, want):
    assert figures(text, code)[fig][4] == want


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Troops fired 120 artillery shells at the town.", "120 artillery shells"),
    ("id", "Pasukan menembakkan 120 peluru artileri ke kota itu.", "120 peluru artileri"),
])
def test_artillery_shells_are_munitions(code, text, fig):
    assert figures(text, code)[fig][3:] == ("munitions", "used")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Between January 2 and February 9, at least 4,500 people were killed, the agency said.",
     "at least 4,500 people"),
    ("id", "Antara 2 Januari dan 9 Februari, sedikitnya 4.500 orang tewas, kata badan itu.",
     "sedikitnya 4.500 orang"),
])
def test_two_dates_a_range_word_joins_are_one_period(code, text, fig):
    assert periods(text, code)[fig] == Period(date(2025, 1, 2), date(2025, 2, 9))


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The fighting forced 25,000 people from their homes.", "25,000 people"),
    ("id", "Pertempuran itu memaksa 25.000 orang meninggalkan rumah mereka.", "25.000 orang"),
])
def test_people_forced_from_their_homes_are_displaced(code, text, fig):
    assert figures(text, code)[fig][3:] == ("civilians", "displaced")


@pytest.mark.parametrize("code, text, fig", [
    ("en", "Police seized 12 assault rifles and two pistols in the raid.", "12 assault rifles"),
    ("id", "Polisi menyita 12 pucuk senapan serbu dan dua pistol dalam penggerebekan itu.",
     "12 pucuk senapan serbu"),
])
def test_seized_rifles_are_captured_things(code, text, fig):
    assert figures(text, code)[fig][3:] == ("other", "captured")


@pytest.mark.parametrize("code, text, fig, unit", [
    ("en", "Joint forces killed 26 KKB members in 2024.", "26 KKB members", "personnel"),
    ("id", "Aparat gabungan menewaskan 26 anggota KKB pada 2024.", "26 anggota KKB", "personnel"),
    ("en", "The strike killed 12 family members.", "12 family members", "civilians"),
])
def test_members_of_a_group_named_before_them_are_personnel(code, text, fig, unit):
    assert figures(text, code)[fig][3] == unit


@pytest.mark.parametrize("code, text, fig", [
    ("en", "The blaze gutted 25 homes in the village.", "25 homes"),
    ("id", "Kebakaran itu menghanguskan 25 rumah di desa tersebut.", "25 rumah"),
])
def test_homes_gutted_by_fire_are_destroyed(code, text, fig):
    assert figures(text, code)[fig][3:] == ("other", "destroyed")
