"""Whose people and what happened to them: person nouns, released/displaced
outcomes, bare numbers that count something else. Both languages."""

import pytest

from warta.lang import load
from warta.pipeline.extract import extract
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    return find_figures(text, lang, sentences(text, lang), find_quantities(text, lang, articles=True), [], [])


def brief(figs):
    return [(f.quantity.value, f.unit, f.outcome, f.side) for f in figs]


@pytest.mark.parametrize(("code", "noun", "unit"), [
    ("en", "police officers", "personnel"), ("en", "militants", "personnel"), ("en", "bandits", "personnel"),
    ("en", "peacekeepers", "personnel"), ("en", "guards", "personnel"), ("en", "gunmen", "personnel"),
    ("en", "villagers", "civilians"), ("en", "families", "civilians"), ("en", "aid workers", "civilians"),
    ("en", "journalists", "civilians"), ("en", "patients", "civilians"), ("en", "crew members", "civilians"),
    ("id", "polisi", "personnel"), ("id", "teroris", "personnel"), ("id", "penjaga keamanan", "personnel"),
    ("id", "anggota KKB", "personnel"), ("id", "pejuang", "personnel"), ("id", "pemberontak", "personnel"),
    ("id", "warga", "civilians"), ("id", "keluarga", "civilians"), ("id", "awak kapal", "civilians"),
    ("id", "pasien", "civilians"), ("id", "jurnalis", "civilians"), ("id", "relawan", "civilians"),
])
def test_person_nouns_are_personnel_or_civilians(code, noun, unit):
    text = f"Serangan itu menewaskan 14 {noun}." if code == "id" else f"The raid killed 14 {noun}."
    side = "ID" if "KKB" in noun else None  # an armed group named in the figure is its country's
    assert brief(figures(text, code)) == [(14, unit, "killed", side)]


def test_a_generic_person_noun_takes_the_class_of_the_noun_after_it():
    assert brief(figures("Serangan itu melukai 6 orang anggota Brimob.", "id")) == [
        (6, "personnel", "wounded", None)]
    got = brief(figures("Relawan menemukan tiga jenazah prajurit di hutan itu dan mereka tewas.", "id"))
    assert got[0][:2] == (3, "personnel")
    assert brief(figures("Shelling killed 8 members of government forces.", "en")) == [
        (8, "personnel", "killed", None)]


def test_an_outcome_adjective_between_number_and_noun_says_what_happened():
    got = figures("Medics said 35 injured persons were taken to a clinic.", "en")
    assert brief(got) == [(35, "civilians", "wounded", None)]
    got = figures("They listed 120 abducted Ukrainian children.", "en")
    assert brief(got) == [(120, "civilians", "captured", "UA")]


@pytest.mark.parametrize(("code", "text", "unit"), [
    ("en", "Hamas freed 4 Israeli hostages on Saturday.", "civilians"),
    ("en", "The two sides exchanged 150 prisoners of war.", "personnel"),
    ("en", "Israel released 200 Palestinian detainees.", "civilians"),
    ("id", "Ukraina membebaskan 40 tahanan asal Rusia.", "civilians"),
    ("id", "Kedua negara bertukar ratusan tawanan perang.", "personnel"),
    ("id", "Rusia menyerahkan 90 warga Ukraina dalam pertukaran itu.", "civilians"),
])
def test_prisoners_and_hostages_freed_or_exchanged_are_released(code, text, unit):
    got = figures(text, code)
    assert [(f.unit, f.outcome) for f in got] == [(unit, "released")]


@pytest.mark.parametrize(("code", "text", "outcome"), [
    ("en", "More than 9,000 residents fled the town this week.", "displaced"),
    ("en", "About 3,000 people escaped the fighting on foot.", "displaced"),
    ("en", "Rescuers rescued 14 sailors from the burning ship.", "other"),
    ("en", "The navy evacuated 30 crew members.", "other"),
    ("id", "Sekitar 150 pengungsi Rohingya mendarat di pantai itu.", "displaced"),
    ("id", "Ribuan warga mengungsi dari desa itu.", "displaced"),
    ("id", "Tim SAR berhasil menyelamatkan 12 penumpang kapal itu.", "other"),
    ("id", "Sebanyak 40 orang tewas atau hilang dalam serangan itu.", "other"),
])
def test_fled_people_are_displaced_rescued_people_are_other(code, text, outcome):
    assert [f.outcome for f in figures(text, code)] == [outcome]


def test_killed_or_wounded_together_are_casualties():
    assert [f.outcome for f in figures("Sedikitnya 30 tentara tewas atau terluka.", "id")] == ["casualties"]
    assert [f.outcome for f in figures("At least 30 troops were killed or wounded.", "en")] == ["casualties"]


def test_bare_numbers_that_count_something_else_are_not_figures():
    assert figures("Pasukan itu menguasai 12 tempat di wilayah itu.", "id") == []
    assert figures("The rebels captured nine townships last year.", "en") == []
    assert figures("Polisi menembak mati empat pelaku, yakni Ali (45) dan Budi (30).", "id")[1:] == []
    assert figures("Seorang pria merampas senapan AK 47 dari pos itu.", "id") == []
    assert brief(figures("As of noon, 50 were injured, officials said.", "en")) == [
        (50, "civilians", "wounded", None)]


def test_weapons_and_bases_seized_are_captured():
    got = figures("Polisi menyita 3 pucuk senjata api, 2 busur panah dan 40 butir peluru.", "id")
    assert brief(got) == [(3, "other", "captured", None), (2, "other", "captured", None),
                          (40, "munitions", "captured", None)]
    got = figures("Troops seized 5 rifles and 300 rounds in the raid.", "en")
    assert brief(got) == [(5, "other", "captured", None), (300, "munitions", "captured", None)]


def test_where_people_come_from_names_their_side():
    got = brief(figures("Pemberontak didukung oleh sekitar 3.000 tentara dari negara tetangga Uganda.", "id"))
    assert got == [(3000, "personnel", "used", "UG")]
    got = brief(figures("The rebels were backed by 3,000 troops from Uganda.", "en"))
    assert [(g[1], g[3]) for g in got] == [("personnel", "UG")]


def test_one_person_whose_fate_is_the_point_counts_as_one():
    assert brief(figures("Di antara korban, seorang anak tewas.", "id")) == [(1, "civilians", "killed", None)]
    assert figures("Seorang pria mengatakan desa itu sepi.", "id") == []


def test_a_verbless_list_after_a_toll_breaks_the_toll_down():
    text = "Total korban di wilayah itu mencapai 50 orang. 12 prajurit, 8 polisi, dan 30 warga sipil."
    got = brief(figures(text, "id"))
    assert got[1:] == [(12, "personnel", "casualties", None), (8, "personnel", "casualties", None),
                       (30, "civilians", "casualties", None)]
    text = "The attacks killed 50 people in total. 12 soldiers, 8 police officers and 30 villagers."
    got = brief(figures(text, "en"))
    assert [g[2] for g in got] == ["killed"] * 4


def test_a_bare_number_joined_to_a_figure_continues_it():
    text = "Officials said 30 were injured, of which 22 were taken to the city hospital and eight to a unit."
    assert brief(figures(text, "en"))[1:] == [(22, "civilians", "wounded", None),
                                              (8, "civilians", "wounded", None)]


def test_a_verb_in_a_relative_clause_describes_the_noun_the_main_verb_says_what_happened():
    text = "Dua tank dan tiga truk yang dikirim pasukan itu juga dihancurkan."
    assert [g[2] for g in brief(figures(text, "id"))] == ["destroyed", "destroyed"]
    text = "Two tanks and three trucks that were deployed near the river were later destroyed."
    assert [g[2] for g in brief(figures(text, "en"))] == ["destroyed", "destroyed"]


def test_a_definite_re_mention_of_an_earlier_count_is_no_new_figure():
    text = "At least 3 students were killed in the blast. The 3 students died on the spot, police said."
    assert len(figures(text, "en")) == 1
    text = "The militia launched 27 drones. Air defences shot down 22 of the 27 drones."
    got = [(g[0], g[2]) for g in brief(figures(text, "en"))]
    assert got == [(27, "used"), (22, "intercepted"), (27, "used")]


def test_a_part_named_with_of_which_keeps_its_own_verb():
    text = "Russia has lost more than 900 tanks, 600 of which were destroyed in combat."
    assert [(g[0], g[2]) for g in brief(figures(text, "en"))] == [(900, "lost"), (600, "destroyed")]
    text = "Rusia kehilangan lebih dari 900 tank, 600 di antaranya dihancurkan dalam pertempuran."
    assert [(g[0], g[2]) for g in brief(figures(text, "id"))] == [(900, "lost"), (600, "destroyed")]


def test_people_are_never_damaged():
    assert brief(figures("Serangan itu memutus listrik dan merusak jaringan untuk jutaan orang.", "id")) == []
    assert [g[2] for g in brief(figures("Polisi melumpuhkan dua anggota kelompok itu.", "id"))] == ["wounded"]
    assert brief(figures("The strikes damaged the grid that serves millions of people.", "en")) == []


def test_zero_counts_nothing():
    assert figures("Nol tentara tewas dalam serangan itu.", "id") == []
    assert figures("Zero soldiers were killed in the raid.", "en") == []


def test_one_person_among_those_counted_is_a_figure():
    got = brief(figures("Militer menewaskan lima militan, termasuk seorang komandan senior.", "id"))
    assert got == [(5, "personnel", "killed", None), (1, "personnel", "killed", None)]


def test_suspects_and_schoolchildren():
    assert brief(figures("Polisi menangkap 7 orang terduga teroris di Poso.", "id")) == [
        (7, "personnel", "captured", None)]
    assert brief(figures("Gunmen abducted 25 schoolchildren from a school.", "en")) == [
        (25, "civilians", "captured", None)]


def test_settlements_retaken_and_fighters_taking_part():
    assert brief(figures("Ukraine said it had retaken 3 villages near Kupiansk.", "en")) == [
        (3, "settlements", "captured", None)]
    assert brief(figures("Militer mengatakan telah merebut 2 kota dari pemberontak.", "id")) == [
        (2, "settlements", "captured", None)]
    got = figures("Between 400 and 500 fighters took part in the assault.", "en")
    assert [(f.quantity.low, f.quantity.high, f.unit, f.outcome) for f in got] == [
        (400, 500, "personnel", "used")]
    got = figures("Antara 400 dan 500 pejuang ikut serta dalam serangan itu.", "id")
    assert [(f.quantity.low, f.quantity.high, f.unit, f.outcome) for f in got] == [
        (400, 500, "personnel", "used")]


def test_a_toll_whose_parts_include_fighters_and_civilians_is_a_mixed_count():
    text = "Violence has left more than 900 dead. The toll includes 300 fighters and 600 civilians."
    got = brief(figures(text, "en"))
    assert got[0] == (900, "other", "killed", None)
    assert got[1:] == [(300, "personnel", "killed", None), (600, "civilians", "killed", None)]
    text = "Korban tewas mencapai 60 orang. 20 prajurit TNI, 3 polisi, dan 37 warga sipil tewas."
    got = brief(figures(text, "id"))
    assert got[0] == (60, "other", "killed", None)
    text = "At least 40 people were killed, including 12 children and 9 women."
    assert brief(figures(text, "en"))[0] == (40, "civilians", "killed", None)


def test_a_kind_and_other_members_of_its_class_count_as_the_class():
    got = figures("Russia said Ukraine lost at least 25 tanks and other armoured vehicles.", "en")
    assert [(f.quantity.value, f.unit) for f in got] == [(25, "armored_vehicles")]
    got = figures("Ukraina kehilangan 12 tank dan kendaraan lapis baja lainnya.", "id")
    assert [(f.quantity.value, f.unit) for f in got] == [(12, "armored_vehicles")]
    got = figures("Russia lost 12 tanks and 5 other vehicles.", "en")
    assert [(f.quantity.value, f.unit) for f in got] == [(12, "tanks"), (5, "vehicles")]


def test_an_adverb_of_degree_stays_with_its_outcome():
    got = figures("The strike killed two crew members, and two others were critically injured.", "en")
    assert [(f.outcome, f.outcome_span.text) for f in got] == [("killed", "killed"),
                                                              ("wounded", "critically injured")]
    got = figures("Serangan itu menewaskan dua awak, dan dua lainnya luka parah.", "id")
    assert [(f.outcome, f.outcome_span.text) for f in got] == [("killed", "menewaskan"),
                                                              ("wounded", "luka parah")]


def test_equipment_seized_after_a_kill_is_captured_not_lost():
    got = brief(figures("The army killed dozens of fighters, seizing 3 armoured vehicles.", "en"))
    assert [(g[1], g[2]) for g in got] == [("personnel", "killed"), ("armored_vehicles", "captured")]
    got = brief(figures("Tentara menewaskan puluhan pejuang, dan menyita 3 kendaraan lapis baja.", "id"))
    assert [(g[1], g[2]) for g in got] == [("personnel", "killed"), ("armored_vehicles", "captured")]


def test_a_toll_is_mixed_only_by_parts_it_announces_or_that_add_up_to_it():
    def units(text, code):
        return [(f.text, f.unit) for f in figures(text, code)]
    text = "Gunmen killed 23 people on Sunday. Police said 12 attackers and two residents died in a gunfight."
    assert units(text, "en")[0] == ("23 people", "civilians")  # two counts, not a toll and its parts
    text = "More than 500 people have died this week. The dead include 136 fighters and 98 civilians."
    assert units(text, "en")[0] == ("More than 500 people", "other")
    text = "Penyerang menewaskan 23 orang pada Minggu. Polisi menyebut 12 penyerang dan dua warga tewas."
    assert units(text, "id")[0] == ("23 orang", "civilians")
    text = "Total korban tewas mencapai 40 orang. Sebanyak 12 prajurit, 3 polisi dan 25 warga sipil tewas."
    assert units(text, "id")[0] == ("40 orang", "other")  # the parts add up to the toll


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Gunmen shot dead three gold miners near the pit, police said.", "three gold miners"),
    ("en", "Four shepherds were wounded when the shell landed.", "Four shepherds"),
    ("id", "Kelompok bersenjata menembak mati dua tukang ojek di distrik itu.", "dua tukang ojek"),
    ("id", "Dua pendulang emas tewas dalam serangan itu.", "Dua pendulang emas"),
])
def test_people_no_list_names_count_when_a_verb_only_people_suffer_governs_them(code, text, expected):
    doc = extract(text, lang=code, published="2025-05-09")
    assert [(f.text, f.unit) for c in doc.claims for f in c.figures] == [(expected, "civilians")]


@pytest.mark.parametrize("code, text", [
    ("en", "Workers repaired two generators after 40 hours without power."),
    ("id", "Pria berusia 33 tahun itu tewas di tempat."),
    ("id", "Warga membangun tiga pos baru di desa itu."),
    ("en", "The strike killed 40 cattle and wounded two horses."),
    ("id", "Serangan itu menewaskan 30 ekor sapi."),
])
def test_unknown_nouns_without_such_a_verb_count_nothing(code, text):
    assert [f.text for c in extract(text, lang=code, published="2025-05-09").claims for f in c.figures] == []


def test_an_outcome_phrase_the_unit_word_opens_is_the_figures_own():
    # "korban luka": the unit "korban" opens the phrase that says they were wounded, so
    # the list's first verb ("jenazah": killed) does not carry over to them
    doc = extract("Rumah sakit menerima 38 jenazah dan 203 korban luka, kata kementerian itu.",
                  lang="id", published="2025-05-25")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] == [
        ("38 jenazah", "killed"), ("203 korban", "wounded")]
    doc = extract("Rumah sakit menerima 203 korban luka.", lang="id", published="2025-05-25")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] == [("203 korban", "wounded")]


@pytest.mark.parametrize("code, text", [
    ("en", "The governor said no one was hurt when debris fell."),
    ("en", "Not one soldier was wounded, the army said."),
    ("id", "Tidak satu pun warga terluka, kata polisi."),
    ("id", "Tak seorang pun tewas dalam serangan itu."),
])
def test_no_one_counts_nobody(code, text):
    assert [f.text for c in extract(text, lang=code, published="2025-06-22").claims for f in c.figures] == []


def test_bombers_are_aircraft():
    doc = extract("Drones destroyed four Su-34 bombers at the airbase.", lang="en", published="2025-06-22")
    assert [(f.text, f.unit) for c in doc.claims for f in c.figures] == [("four Su-34 bombers", "aircraft")]


@pytest.mark.parametrize("code, text, expected", [
    # after the list, a phrase and a comma: the source that follows is no item of it
    ("en", "An air strike killed 22 people, including three children, on Monday, a local People's Defence "
           "Force group said.", ["22 people", "three children"]),
    ("id", "Serangan udara menewaskan 22 orang, termasuk tiga anak, pada Senin, seorang anggota kelompok "
           "perlawanan mengatakan.", ["22 orang", "tiga anak"]),
    # items of the list, their first one and one after an aside in brackets, are counts
    ("id", "Militer menewaskan lima militan, termasuk seorang komandan kompi Alfa (komando) dan seorang "
           "komandan peleton.", ["lima militan", "seorang komandan", "seorang komandan"]),
])
def test_an_article_counts_as_an_item_of_a_list_only_inside_the_list(code, text, expected):
    doc = extract(text, lang=code, published="2025-06-24")
    assert [f.text for c in doc.claims for f in c.figures] == expected


def test_a_country_after_an_attack_noun_is_no_figures_place_but_a_town_there_is():
    doc = extract("Lebih dari 200 orang tewas akibat serangan Israel di Lebanon, menurut AFP.", lang="id",
                  published="2025-06-22")
    assert [f.place for c in doc.claims for f in c.figures] == ["Lebanon"]
    doc = extract("Israel menewaskan lima militan dalam serangan Beit Lahia, kata militer.", lang="id",
                  published="2025-06-22")
    assert [f.place for c in doc.claims for f in c.figures] == ["Bayt Lāhyā"]


@pytest.mark.parametrize("code, text, unit", [
    ("en", "Five members of the Syrian Democratic Forces were killed in clashes.", "personnel"),
    ("id", "Lima anggota Pasukan Demokratik Suriah tewas dalam bentrokan.", "personnel"),
    ("en", "Four members of the family were killed.", "civilians"),
])
def test_members_of_a_named_force_are_its_personnel(code, text, unit):
    doc = extract(text, lang=code, published="2025-02-03")
    assert [f.unit for c in doc.claims for f in c.figures] == [unit]


@pytest.mark.parametrize("code, text, expected", [
    ("id", "Aparat menetralisir 30 teroris di perbatasan.", ("30 teroris", "personnel", "killed")),
    ("en", "Police arrested 43 activists in the capital.", ("43 activists", "civilians", "captured")),
])
def test_active_neutralising_and_activists_count(code, text, expected):
    doc = extract(text, lang=code, published="2025-06-29")
    assert [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures] == [expected]


def test_of_two_person_nouns_in_a_row_the_language_s_head_says_who():
    (fig,) = figures("An ambush killed 18 volunteer fighters near Djibo.", "en")
    assert (fig.unit, fig.outcome) == ("personnel", "killed")
    (fig,) = figures("Sebuah penyergapan menewaskan 18 pejuang relawan di dekat Djibo.", "id")
    assert (fig.unit, fig.outcome) == ("personnel", "killed")
    (fig,) = figures("Penyergapan itu menewaskan 18 relawan kemanusiaan di dekat Djibo.", "id")
    assert fig.unit == "civilians"


def test_a_modifier_the_lexicon_lacks_may_stand_right_before_the_noun():
    (fig,) = figures("The raid killed 12 sleeping soldiers near Djibo.", "en")
    assert (fig.unit, fig.outcome) == ("personnel", "killed")


def test_a_generic_count_takes_the_people_a_loss_noun_before_it_names():
    (fig,) = figures("The army said its troop losses had reached 45,000 people.", "en")
    assert (fig.unit, fig.outcome) == ("personnel", "lost")
    (fig,) = figures("Total kerugian personel Rusia sejak invasi mencapai 812.000 orang.", "id")
    assert (fig.unit, fig.outcome) == ("personnel", "lost")
    (fig,) = figures("Kerugian ekonomi akibat perang, kata pejabat, menimpa 40.000 orang.", "id")
    assert fig.unit == "civilians"


def test_a_count_of_attacks_by_troops_counts_no_troops():
    assert figures("Rusia mengatakan unit-unitnya menghalau empat serangan pasukan Ukraina.", "id") == []
    assert figures("Russia said its units repelled four attacks by Ukrainian troops.", "en") == []


def test_what_is_set_on_fire_is_destroyed_not_fired():
    (fig,) = figures("Settlers set fire to two cars in the village.", "en")
    assert (fig.unit, fig.outcome) == ("vehicles", "destroyed")
    (fig,) = figures("Pemukim membakar dua mobil di desa itu.", "id")
    assert (fig.unit, fig.outcome) == ("vehicles", "destroyed")


def test_a_thousands_count_right_after_a_month_is_a_count():
    (fig,) = figures("In January 1,200 people died in Sudan.", "en")
    assert (fig.quantity.value, fig.outcome) == (1200, "killed")
    (fig,) = figures("Pada Januari 1.200 orang tewas di Sudan.", "id")
    assert (fig.quantity.value, fig.outcome) == (1200, "killed")
