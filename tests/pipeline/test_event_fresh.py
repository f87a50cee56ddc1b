"""Event forms that a third batch of fresh reports showed: talks a side agrees to, a truce that holds
despite fighting, warnings of force, declarations told in the passive, vows with a time adjunct between
vow and step, bodies of people already told, steps a side will keep taking until a demand is met, and
triggers that lasted months (undated background)."""

from datetime import date

import warta

PUB = date(2025, 3, 20)


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.date.start.isoformat() if e.date else "") for e in evs]


def test_a_ceasefire_sides_agreed_to_is_a_negotiation():
    assert _events("Chad and Sudan agreed to a ceasefire along their border on June 3, 2024.", "en") \
        == [("negotiation", "2024-06-03")]
    assert _events("Chad dan Sudan sepakat untuk melakukan gencatan senjata di perbatasan mereka pada "
                   "3 Juni 2024.", "id") == [("negotiation", "2024-06-03")]


def test_consent_still_cancels_a_violent_step():
    assert _events("Chad agreed to withdraw its troops from the border on June 3, 2024.", "en") == []
    assert _events("Chad bersedia menyerang pos perbatasan itu pada 3 Juni 2024.", "id") == []


def test_fighting_despite_a_truce_is_its_circumstance_not_the_event():
    assert _events("A truce between Chad and Sudan took effect on June 3, 2024 and has held despite "
                   "sporadic fighting.", "en") == [("negotiation", "2024-06-03")]
    assert _events("Gencatan senjata antara Chad dan Sudan berlaku pada 3 Juni 2024 dan bertahan meskipun "
                   "pertempuran sporadis terjadi.", "id") == [("negotiation", "2024-06-03")]


def test_a_warning_to_answer_with_force_is_a_threat():
    assert _events("Chad's defence minister warned on Tuesday that the army would answer any new "
                   "incursion with force.", "en") == [("threat", "2025-03-18")]
    assert _events("Menteri pertahanan Chad, Selasa, memperingatkan bahwa militer akan menjawab setiap "
                   "serbuan baru dengan kekuatan penuh.", "id") == [("threat", "2025-03-18")]


def test_a_state_of_emergency_told_in_the_passive_is_a_statement():
    assert _events("A state of emergency declared in Chad in August 2023 expired in June.", "en") \
        == [("statement", "2023-08-01")]
    assert _events("Status darurat yang diberlakukan di Chad pada Agustus 2023 berakhir pada Juni.", "id") \
        == [("statement", "2023-08-01")]


def test_a_vow_with_a_time_adjunct_before_its_step_is_a_threat():
    assert _events("In Chad, the rebel leader vowed in a speech on Saturday to fight on until the "
                   "junta falls.", "en") == [("threat", "2025-03-15")]
    assert _events("Di Chad, pemimpin pemberontak bersumpah dalam pidatonya pada Sabtu untuk terus "
                   "berperang sampai junta jatuh.", "id") == [("threat", "2025-03-15")]


def test_bodies_of_people_already_told_are_no_new_killing():
    assert _events("Gunmen killed 12 miners near Gusau on Sunday. Soldiers found their bodies by the "
                   "river on Monday.", "en") == [("attack", "2025-03-16")]  # doers who kill: a raid
    assert _events("Orang bersenjata menewaskan 12 penambang di dekat Gusau pada Minggu. Tentara menemukan "
                   "jenazah mereka di tepi sungai pada Senin.", "id") == [("attack", "2025-03-16")]


def test_bodies_found_with_no_one_told_before_stay_a_killing():
    assert _events("Soldiers found the bodies of 12 miners near Gusau on Monday.", "en") \
        == [("killing", "2025-03-17")]
    assert _events("Tentara menemukan jenazah 12 penambang di dekat Gusau pada Senin.", "id") \
        == [("killing", "2025-03-17")]


def test_firing_a_side_will_keep_up_until_a_demand_is_met_is_a_threat():
    assert _events("In Lebanon, the Hezbollah leader said the group would continue firing rockets until "
                   "Israel halts its offensive.", "en") == [("threat", "2025-03-19")]
    assert _events("Di Lebanon, pemimpin Hizbullah menyatakan kelompoknya akan terus menembakkan roket "
                   "sampai Israel menghentikan serangannya.", "id") == [("threat", "2025-03-19")]


def test_a_trigger_that_lasted_months_is_background():
    assert _events("Army jets bombed Kadugli on Tuesday. RSF fighters have attacked the town of Dilling "
                   "for months.", "en") == [("strike", "2025-03-18")]
    assert _events("Pesawat militer mengebom Kadugli pada Selasa. Pasukan RSF telah menyerang kota Dilling "
                   "selama berbulan-bulan.", "id") == [("strike", "2025-03-18")]


def test_a_ground_operation_is_an_attack():
    assert _events("Israel launched a ground operation into southern Lebanon on Oct. 1, 2024.", "en") \
        == [("attack", "2024-10-01")]
    assert _events("Israel melancarkan operasi darat ke Lebanon selatan pada 1 Oktober 2024.", "id") \
        == [("attack", "2024-10-01")]


def test_fire_that_began_on_a_day_of_its_own_is_an_event_and_without_one_background():
    assert _events("Hezbollah began firing rockets at Israel on Oct. 8, 2023.", "en") \
        == [("strike", "2023-10-08")]
    assert _events("Hizbullah mulai menyerang Israel pada 8 Oktober 2023.", "id") \
        == [("attack", "2023-10-08")]
    assert _events("Hezbollah began firing rockets at Israel in October 2023.", "en") == []
    assert _events("Hizbullah mulai menyerang Israel pada Oktober 2023.", "id") == []


def test_a_start_dated_by_an_after_clause_stays_background():
    assert _events("Hezbollah began shelling Israel a day after Hamas stormed southern Israel on "
                   "Oct. 7, 2023.", "en") == [("attack", "2023-10-07")]
    assert _events("Hizbullah mulai membombardir Israel sehari setelah Hamas menyerbu Israel selatan pada "
                   "7 Oktober 2023.", "id") == [("attack", "2023-10-07")]


def test_one_day_said_twice_dates_one_event():
    assert _events("Gunmen attacked the village of Yelwata in Benue state late on Friday (March 14), killing "
                   "at least 100 people, Amnesty said.", "en") == [("attack", "2025-03-14")]
    assert _events("Pria bersenjata menyerang Desa Yelwata di Negara Bagian Benue, Jumat malam (14/3), "
                   "menewaskan sedikitnya 100 orang, kata Amnesty.", "id") == [("attack", "2025-03-14")]


def test_vehicles_a_side_destroyed_are_a_destruction_and_drones_a_strike_stopped():
    assert _events("The RSF said it had destroyed four army vehicles near Dilling on Wednesday.", "en") \
        == [("destruction", "2025-03-19")]
    assert _events("RSF mengatakan telah menghancurkan empat kendaraan militer di dekat Dilling pada Rabu.",
                   "id") == [("destruction", "2025-03-19")]
    assert _events("Air defences destroyed four drones over Dilling on Wednesday.", "en") \
        == [("strike", "2025-03-19")]


def test_people_taken_in_a_raid_are_no_capture_of_a_place():
    pub = "2025-01-09"
    evs = warta.extract("Later that day, a coalition raid in the village of Dhiban in Syria killed a "
                        "militant leader and captured two of his aides, the U.S. Central Command said.",
                        lang="en", published=pub).events
    assert [e.type for e in evs] == ["attack"]
    evs = warta.extract("Kemudian, pasukan koalisi menggerebek Desa Dhiban di Suriah, menewaskan seorang "
                        "pemimpin militan dan merebut dua ajudannya, kata Komando Pusat AS.",
                        lang="id", published=pub).events
    assert [e.type for e in evs] == ["attack"]
    evs = warta.extract("Rebels captured the village of Dhiban in Syria on Sunday.", lang="en",
                        published=pub).events
    assert [e.type for e in evs] == ["capture"]


def test_a_day_said_twice_keeps_what_an_after_clause_tells_apart():
    both = [("attack", "2025-03-17"), ("killing", "2025-03-17")]
    assert sorted(_events("Clashes broke out in Tripoli, Libya, late on Monday (March 17), after a militia "
                          "leader was shot dead.", "en")) == both
    assert sorted(_events("Bentrokan pecah di Tripoli, Libya, Senin malam (17/3), setelah seorang pemimpin "
                          "milisi tewas ditembak.", "id")) == both


def test_talks_that_began_in_a_month_are_a_negotiation():
    assert _events("The rebels and the government began peace talks in Caracas in November 2022.", "en") \
        == [("negotiation", "2022-11-01")]
    assert _events("Pemberontak dan pemerintah mulai berunding di Caracas pada November 2022.", "id") \
        == [("negotiation", "2022-11-01")]
