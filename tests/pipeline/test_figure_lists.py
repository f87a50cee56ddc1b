"""Enumerations, launched-versus-intercepted pairs and part-of pronouns, in both languages."""

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    return find_figures(text, lang, sentences(text, lang), find_quantities(text, lang, articles=True), [], [])


def brief(figs):
    return [(f.quantity.value, f.unit, f.outcome) for f in figs]


UNITS_EN = ["tanks", "armoured vehicles", "artillery systems", "rocket launchers", "air defence systems",
            "aircraft", "helicopters", "drones", "missiles", "vehicles", "ships", "soldiers", "trucks",
            "mortars", "submarines", "howitzers"]
UNITS_ID = ["tank", "kendaraan lapis baja", "sistem artileri", "peluncur roket", "sistem pertahanan udara",
            "pesawat", "helikopter", "drone", "rudal", "kendaraan", "kapal", "tentara", "truk",
            "mortir", "kapal selam", "howitzer"]


def test_a_long_list_shares_the_verb_after_its_last_item_in_english():
    items = ", ".join(f"{n + 3} {u}" for n, u in enumerate(UNITS_EN[:-1]))
    text = f"The general staff said that {items} and 9 {UNITS_EN[-1]} have been destroyed since May."
    got = brief(figures(text, "en"))
    assert len(got) == 16
    assert {o for _, u, o in got if u != "personnel"} == {"destroyed"}
    assert (14, "personnel", "killed") in got  # soldiers "destroyed" with the equipment were killed
    assert got[0] == (3, "tanks", "destroyed") and got[-1] == (9, "artillery", "destroyed")


def test_a_long_list_shares_the_verb_before_its_first_item_in_indonesian():
    items = ", ".join(f"{n + 3} {u}" for n, u in enumerate(UNITS_ID[:-1]))
    text = f"Menurut laporan itu, pasukan musuh kehilangan {items}, serta 9 {UNITS_ID[-1]}."
    got = brief(figures(text, "id"))
    assert len(got) == 16
    assert {o for _, _, o in got} == {"lost"}
    assert (4, "armored_vehicles", "lost") in got and (13, "ships", "lost") in got


def test_a_list_item_with_extra_words_closed_by_a_comma_stays_in_the_list():
    text = "Rusia juga kehilangan 120 kendaraan dan tangki bahan bakar, 14 sistem artileri, dan 3 kapal."
    assert brief(figures(text, "id")) == [(120, "vehicles", "lost"), (14, "artillery", "lost"),
                                          (3, "ships", "lost")]


def test_a_verb_in_the_next_clause_does_not_take_a_list_item():
    text = ("Rusia meluncurkan 210 drone dan 12 rudal semalam, sementara pertahanan udara menembak jatuh "
            "190 drone dan 9 rudal.")
    assert brief(figures(text, "id")) == [(210, "drones", "used"), (12, "missiles", "used"),
                                          (190, "drones", "intercepted"), (9, "missiles", "intercepted")]
    text = "Russia fired 64 drones and 5 missiles, while air defences shot down 60 drones and 2 missiles."
    assert brief(figures(text, "en")) == [(64, "drones", "used"), (5, "missiles", "used"),
                                          (60, "drones", "intercepted"), (2, "missiles", "intercepted")]


def test_the_whole_of_an_intercepted_part_was_launched():
    text = "Ukraine's air force said it shot down 41 of Russia's 47 drones."
    assert brief(figures(text, "en")) == [(41, "drones", "intercepted"), (47, "drones", "used")]
    text = "Sebanyak 305 drone dan 21 rudal ditembak jatuh dari 330 drone dan 25 rudal."
    assert brief(figures(text, "id")) == [(305, "drones", "intercepted"), (21, "missiles", "intercepted"),
                                          (330, "drones", "used"), (25, "missiles", "used")]


def test_the_total_a_part_is_taken_from_is_not_a_figure():
    text = "Kelompok itu menahan tujuh awak, dari total 19 awak kapal tersebut."
    assert brief(figures(text, "id")) == [(7, "civilians", "captured")]
    text = "The gunmen seized seven crew members out of the 19 crew members aboard."
    assert brief(figures(text, "en")) == [(7, "civilians", "captured")]


def test_a_part_named_by_a_pronoun_counts_what_was_just_named():
    text = "The militia freed 60 hostages, 12 of them children, and held 40 soldiers, 9 of whom were wounded."
    got = figures(text, "en")
    assert [(f.text, f.unit) for f in got][-1] == ("9 of whom", "personnel")
    assert brief(got)[-1] == (9, "personnel", "wounded")
    text = "Polisi menangkap 25 pemberontak, dan tiga di antaranya tewas dalam baku tembak."
    got = figures(text, "id")
    assert brief(got) == [(25, "personnel", "captured"), (3, "personnel", "killed")]
    assert got[-1].text == "tiga di antaranya"


def test_a_unit_that_says_its_own_outcome_is_not_taken_by_the_list_verb():
    text = "Petugas mencatat 310 jenazah dan 1.200 orang luka-luka di rumah sakit itu."
    assert brief(figures(text, "id")) == [(310, "civilians", "killed"), (1200, "civilians", "wounded")]
    text = "The strike left 80 bodies and 300 people wounded in the town."
    assert brief(figures(text, "en")) == [(80, "civilians", "killed"), (300, "civilians", "wounded")]


def test_drones_in_a_list_of_ground_losses_were_destroyed_not_intercepted():
    text = "Tentara itu menghancurkan 8 tank, 3 drone dan 2 truk."
    assert brief(figures(text, "id")) == [(8, "tanks", "destroyed"), (3, "drones", "destroyed"),
                                          (2, "vehicles", "destroyed")]
    assert brief(figures("Air defences destroyed 12 drones over the city.", "en")) == [
        (12, "drones", "intercepted")]


def test_of_the_launched_so_many_were_shot_down():
    text = "Of the 60 drones launched by Russia, 45 were shot down, the air force said."
    assert brief(figures(text, "en")) == [(60, "drones", "used"), (45, "drones", "intercepted")]
    text = "Dari 60 drone yang diluncurkan Rusia, 45 berhasil ditembak jatuh."
    assert brief(figures(text, "id")) == [(60, "drones", "used"), (45, "drones", "intercepted")]
    text = "Russia launched 60 drones overnight; 45 of them were shot down."
    assert brief(figures(text, "en")) == [(60, "drones", "used"), (45, "drones", "intercepted")]
    text = "Pertahanan udara menembak jatuh 45 dari 60 drone yang diluncurkan Rusia semalam."
    assert brief(figures(text, "id")) == [(45, "drones", "intercepted"), (60, "drones", "used")]


def test_two_partitive_pairs_in_a_list_share_the_first_verb():
    text = "The air force said it shot down 41 of 47 drones and two of four missiles launched overnight."
    got = [f.outcome for f in figures(text, "en")]
    assert got == ["intercepted", "used", "intercepted", "used"]
    text = "Militer menembak jatuh 41 dari 47 drone dan dua dari empat rudal yang diluncurkan semalam."
    got = [f.outcome for f in figures(text, "id")]
    assert got == ["intercepted", "used", "intercepted", "used"]


def test_a_part_is_of_the_side_its_whole_names():
    for code, text in (("id", "Ukraina menembak jatuh 41 dari 47 drone Rusia pada Selasa."),
                       ("en", "Ukraine shot down 41 of 47 Russian drones on Tuesday.")):
        assert [(f.outcome, f.side) for f in figures(text, code)] == [("intercepted", "RU"), ("used", "RU")]
