"""Event types that need context (releases, landings, aid) and non-conflict senses."""

from datetime import date

import pytest

from tests.pipeline.test_events import PUB, events, place, time
from warta.pipeline.extract import extract

SUNDAY = [time("on Sunday", PUB, PUB)]
MINGGU = [time("pada hari Minggu", PUB, PUB)]


def test_prisoners_freed_or_exchanged_are_an_other_event():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Russia freed 40 Ukrainian prisoners of war in Novaya on Sunday.", "en", novaya, SUNDAY)
    assert (ev.type, ev.actor) == ("other", "RU")
    (ev,) = events("Kedua pihak bertukar 120 tahanan di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "other"


def test_a_release_without_captives_is_no_event():
    novaya = [place("Novaya", "Novaya")]
    assert events("The army released a statement in Novaya on Sunday.", "en", novaya, SUNDAY) == []
    assert events("Pemerintah membebaskan biaya visa bagi turis pada hari Minggu.", "id", (), MINGGU) == []


def test_liberating_a_village_stays_a_capture_and_freeing_prisoners_is_a_release():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Pasukan Rusia membebaskan desa Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "capture"
    (ev,) = events("Pasukan Rusia membebaskan 30 tahanan di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "other"


def test_each_side_releasing_is_its_own_event():
    text = "Israel freed 90 Palestinian prisoners in Beitunia on Sunday after Hamas freed three hostages."
    evs = events(text, "en", [place("Beitunia", "Beitunia", country="PS", admin1="PS.WE")], SUNDAY)
    assert sorted((e.type, e.actor) for e in evs) == [("other", "IL"), ("other", "PS")]
    text = ("Rusia membebaskan 50 tawanan di Novaya pada hari Minggu, "
            "sementara Ukraina membebaskan 40 tawanan.")
    evs = events(text, "id", [place("Novaya", "Novaya")], MINGGU)
    assert sorted(e.actor for e in evs) == ["RU", "UA"]


def test_refugee_landings_and_aid_deliveries_are_other_events():
    aceh = [place("Pidie", "Pidie", country="ID", admin1="ID.01", precision="admin2")]
    (ev,) = events("Sekitar 150 pengungsi Rohingya mendarat di Pidie pada hari Minggu.", "id", aceh, MINGGU)
    assert ev.type == "other"
    (ev,) = events("About 150 Rohingya refugees landed in Pidie on Sunday.", "en", aceh, SUNDAY)
    assert ev.type == "other"
    rafah = [place("Rafah", "Rafah", country="PS", admin1="PS.GZ")]
    (ev,) = events("Thirty aid trucks entered Rafah on Sunday.", "en", rafah, SUNDAY)
    assert ev.type == "other"
    (ev,) = events("Tiga puluh truk bantuan memasuki Rafah pada hari Minggu.", "id", rafah, MINGGU)
    assert ev.type == "other"
    assert events("The minister arrived in Rafah on Sunday.", "en", rafah, SUNDAY) == []
    assert events("Menteri itu tiba di Rafah pada hari Minggu.", "id", rafah, MINGGU) == []


def test_an_undated_release_in_the_lead_takes_the_breaking_window():
    (ev,) = events("Ukraine freed 55 Russian prisoners in Novaya.", "en", [place("Novaya", "Novaya")])
    assert (ev.type, ev.date.start, ev.date.end) == ("other", date(2025, 1, 4), PUB)


def test_natural_disasters_accidents_protests_and_sport_are_no_conflict_events():
    novaya = [place("Novaya", "Novaya")]
    for text in ("Floods killed 12 people in Novaya on Sunday.",
                 "Two people died in a road accident in Novaya on Sunday.",
                 "Protesters clashed with riot police in Novaya on Sunday.",
                 "The striker scored after a quick counter-attack in Novaya on Sunday."):
        assert events(text, "en", novaya, SUNDAY) == [], text
    for text in ("Banjir bandang menewaskan 12 orang di Novaya pada hari Minggu.",
                 "Dua orang tewas dalam kecelakaan lalu lintas di Novaya pada hari Minggu.",
                 "Demonstran bentrok dengan polisi di Novaya pada hari Minggu.",
                 "Tim tamu mencetak gol lewat serangan balik di Novaya pada hari Minggu."):
        assert events(text, "id", novaya, MINGGU) == [], text


def test_a_fire_after_a_weapon_strike_still_counts():
    novaya = [place("Novaya", "Novaya")]
    evs = events("A drone strike started a fire that destroyed 20 houses in Novaya on Sunday.", "en",
                 novaya, SUNDAY)
    assert "strike" in {e.type for e in evs}
    evs = events("Serangan drone memicu kebakaran yang menghancurkan 20 rumah di Novaya pada hari Minggu.",
                 "id", novaya, MINGGU)
    assert "strike" in {e.type for e in evs}


def test_air_defence_shooting_down_drones_is_the_strike_of_the_side_that_sent_them():
    (ev,) = events("Ukraine shot down 30 Russian drones over Novaya on Sunday.", "en",
                   [place("Novaya", "Novaya", country="UA", admin1="UA.07")], SUNDAY)
    assert (ev.type, ev.actor, ev.target) == ("strike", "RU", "UA")
    (ev,) = events("Rusia menembak jatuh 30 drone Ukraina di atas Novaya pada hari Minggu.", "id",
                   [place("Novaya", "Novaya")], MINGGU)
    assert (ev.type, ev.actor, ev.target) == ("strike", "UA", "RU")


def test_destroying_drones_is_a_strike_and_destroying_houses_a_destruction():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Air defences destroyed 12 drones over Novaya on Sunday.", "en", novaya, SUNDAY)
    assert ev.type == "strike"
    (ev,) = events("Militer menghancurkan 12 drone di atas Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "strike"
    (ev,) = events("Sebanyak 12 drone dihancurkan di atas Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "strike"
    (ev,) = events("Gunmen destroyed 12 houses in Novaya on Sunday.", "en", novaya, SUNDAY)
    assert ev.type == "destruction"


def test_a_planted_bomb_is_an_attack_and_an_attack_on_a_ship_a_strike():
    marawi = [place("Marawi", "Marawi", country="PH", admin1="PH.14")]
    (ev,) = events("Four people were killed in Marawi on Sunday when an improvised bomb was set off.", "en",
                   marawi, SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("Empat orang tewas di Marawi pada hari Minggu akibat ledakan bom rakitan.", "id",
                   marawi, MINGGU)
    assert ev.type == "attack"
    sea = [place("Red Sea", "Red Sea", precision="region", country=None, admin1=None)]
    (ev,) = events("A Houthi attack on a cargo ship in the Red Sea on Sunday killed two sailors.", "en",
                   sea, SUNDAY)
    assert ev.type == "strike"
    (ev,) = events("Kapal kargo itu diserang kelompok Houthi di Laut Merah pada hari Minggu.", "id",
                   [place("Laut Merah", "Red Sea", precision="region", country=None, admin1=None)], MINGGU)
    assert ev.type == "strike"


def test_a_mention_of_an_event_already_told_is_no_new_event():
    novaya = [place("Novaya", "Novaya")]
    assert events("Seorang warga Novaya tewas akibat serangan tersebut.", "id", novaya) == []
    assert events("Dua polisi tewas dalam peristiwa itu di Novaya pada hari Minggu.", "id", novaya,
                  MINGGU) == []
    assert events("Two policemen in Novaya were among the dead in this attack.", "en", novaya) == []
    (ev,) = events("Dua warga tewas dalam serangan di wilayah tersebut, Novaya, pada hari Minggu.", "id",
                   novaya, MINGGU)  # "tersebut" points at the place, not at the attack
    assert ev.type == "attack"


def test_a_trigger_after_since_needs_a_day_date_of_its_own():
    novaya = [place("Novaya", "Novaya")]
    assert events("Troops have held Novaya since the invasion.", "en", novaya) == []
    assert events("Warga Novaya hidup dalam ketakutan sejak invasi.", "id", novaya) == []
    text = "Rescue work has gone on since the attack on Novaya on Sunday."
    (ev,) = events(text, "en", novaya, SUNDAY)
    assert ev.type == "attack"
    text = "Kota itu sepi sejak serangan di Novaya pada hari Minggu."
    (ev,) = events(text, "id", novaya, MINGGU)
    assert ev.type == "attack"


def test_calls_and_hopes_for_a_ceasefire_and_ongoing_fighting_are_no_events():
    novaya = [place("Novaya", "Novaya")]
    assert events("The UN called for a ceasefire in Novaya on Sunday.", "en", novaya, SUNDAY) == []
    assert events("PBB menyerukan gencatan senjata di Novaya pada hari Minggu.", "id", novaya, MINGGU) == []
    assert events("Fighting in Novaya continued on Sunday.", "en", novaya, SUNDAY) == []
    assert events("Pertempuran di Novaya masih berlangsung pada hari Minggu.", "id", novaya, MINGGU) == []


def test_a_flag_raised_over_a_place_is_an_advance():
    novaya = [place("Novaya", "Novaya", country="UA", admin1="UA.14")]
    (ev,) = events("Military bloggers described troops hoisting a Russian flag over Novaya on Sunday.",
                   "en", novaya, SUNDAY)
    assert ev.type == "advance"
    (ev,) = events("Pasukan Rusia mengibarkan bendera di pinggiran Novaya pada hari Minggu.", "id", novaya,
                   MINGGU)
    assert ev.type == "advance"
    assert events("Crowds raised funds for Novaya on Sunday.", "en", novaya, SUNDAY) == []


def test_an_attack_on_power_infrastructure_is_a_strike():
    novaya = [place("Novaya", "Novaya", country="UA", admin1="UA.14")]
    (ev,) = events("Russia attacked energy infrastructure in Novaya on Sunday.", "en", novaya, SUNDAY)
    assert ev.type == "strike"
    (ev,) = events("Rusia menyerang infrastruktur energi di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "strike"


def test_calls_for_accountability_or_inquiries_are_no_events():
    novaya = [place("Novaya", "Novaya")]
    assert events("The president vowed on Sunday to hold those accountable for the killings in Novaya.",
                  "en", novaya, SUNDAY) == []
    assert events("Presiden berjanji pada hari Minggu mengusut pembunuhan di Novaya.", "id", novaya,
                  MINGGU) == []


def test_a_fire_spreading_over_houses_after_a_strike_is_their_destruction():
    novaya = [place("Novaya", "Novaya")]
    evs = events("A jet bombed Novaya on Sunday, starting a fire that engulfed 500 houses.", "en", novaya,
                 SUNDAY)
    assert sorted(e.type for e in evs) == ["destruction", "strike"]
    evs = events("Jet militer mengebom Novaya pada hari Minggu, memicu kebakaran yang melanda 500 rumah.",
                 "id", novaya, MINGGU)
    assert sorted(e.type for e in evs) == ["destruction", "strike"]
    assert events("A house fire destroyed 3 homes in Novaya on Sunday.", "en", novaya, SUNDAY) == []


def test_an_already_destroyed_place_is_a_state_not_an_event():
    novaya = [place("Novaya", "Novaya")]
    assert events("Families returned to the already destroyed town of Novaya on Sunday.", "en", novaya,
                  SUNDAY) == []
    assert events("Warga kembali ke kota Novaya yang sudah hancur pada hari Minggu.", "id", novaya,
                  MINGGU) == []


def test_an_earlier_event_named_after_following_is_none_when_only_the_report_dates_it():
    novaya = [place("Novaya", "Novaya")]
    saturday = [time("Saturday", PUB, PUB)]
    text = "Thousands fled to camps following the capture of Novaya by rebels, an aid group said Saturday."
    assert events(text, "en", novaya, saturday) == []
    text = "Ribuan warga mengungsi menyusul perebutan kota Novaya oleh pemberontak, kata LSM pada Sabtu."
    assert events(text, "id", novaya, [time("pada Sabtu", PUB, PUB)]) == []
    text = "Two people died after a drone hit a house in Novaya on Saturday."
    (ev,) = events(text, "en", novaya, [time("on Saturday", PUB, PUB)])
    assert ev.type == "strike"  # dated by its own day


def test_mass_executions_are_killings():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Patients in Novaya were summarily executed by the militia on Sunday.", "en", novaya,
                   SUNDAY)
    assert ev.type == "killing"
    (ev,) = events("Pasien di Novaya dieksekusi secara massal oleh milisi pada hari Minggu.", "id", novaya,
                   MINGGU)
    assert ev.type == "killing"


def test_forces_deployed_to_strike_did_strike_but_mere_purposes_are_no_events():
    sumy = [place("Sumy", "Sumy", country="UA", admin1="UA.21")]
    (ev,) = events("Rusia mengerahkan Angkatan Udara untuk menyerang pasukan cadangan di Sumy pada hari "
                   "Minggu.", "id", sumy, MINGGU)
    assert ev.type == "strike"
    assert events("Mereka bersaing untuk menguasai Sumy pada hari Minggu.", "id", sumy, MINGGU) == []
    (ev,) = events("Russia deployed its air force in order to strike reserves in Sumy on Sunday.", "en", sumy,
                   SUNDAY)
    assert ev.type == "strike"
    assert events("Troops dug in so as to strike Sumy on Sunday.", "en", sumy, SUNDAY) == []


def test_plural_nouns_of_assault_are_triggers_too():
    novaya = [place("Novaya", "Novaya")]
    for text, etype in (("Troops repelled 40 assaults near Novaya on Sunday.", "attack"),
                        ("Gunmen carried out raids and ambushes around Novaya on Sunday.", "attack"),
                        ("Drone attacks hit Novaya again on Sunday.", "strike")):
        assert [e.type for e in events(text, "en", novaya, SUNDAY)] == [etype], text
    (ev,) = events("Pasukan menangkis 40 serangan di dekat Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "attack"


def test_a_repelled_assault_is_the_attackers_and_its_target_is_the_defender():
    novaya = [place("Novaya", "Novaya")]
    cases = (
        ("en", "Ukrainian troops repelled 40 Russian assaults near Novaya on Sunday.", ("RU", "UA")),
        ("en", "Ukraine said its troops repelled 40 assaults near Novaya on Sunday.", (None, "UA")),
        ("en", "Russian troops attacked Ukrainian positions near Novaya on Sunday.", ("RU", "UA")),
        ("id", "Pasukan Rusia memukul mundur serangan Ukraina dekat Novaya pada hari Minggu.", ("UA", "RU")),
        ("id", "Tentara Ukraina menangkis 40 serangan di dekat Novaya pada hari Minggu.", (None, "UA")))
    for code, text, sides in cases:
        (ev,) = events(text, code, novaya, SUNDAY if code == "en" else MINGGU)
        assert (ev.type, (ev.actor, ev.target)) == ("attack", sides), text


def test_crowd_control_fire_is_no_strike():
    novaya = [place("Novaya", "Novaya")]
    assert events("Police fired tear gas and water cannon at marchers in Novaya on Sunday.", "en",
                  novaya, SUNDAY) == []
    assert events("Polisi menembakkan gas air mata ke arah massa di Novaya pada hari Minggu.", "id",
                  novaya, MINGGU) == []
    (ev,) = events("Troops fired rockets at Novaya on Sunday.", "en", novaya, SUNDAY)
    assert ev.type == "strike"


def test_troops_that_took_a_village_captured_it_but_shelter_taken_there_is_none():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Russian forces took the village of Novaya on Sunday.", "en", novaya, SUNDAY)
    assert (ev.type, ev.actor) == ("capture", "RU")
    assert events("Families took shelter in the village of Novaya on Sunday.", "en", novaya, SUNDAY) == []
    (ev,) = events("Pasukan Rusia merebut desa Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "capture"


def test_warning_shots_are_no_strike_and_membom_is_one():
    novaya = [place("Novaya", "Novaya")]
    assert events("Soldiers fired warning shots at a crowd in Novaya on Sunday.", "en", novaya, SUNDAY) == []
    text = "Tentara melepaskan tembakan peringatan di Novaya pada hari Minggu."
    assert events(text, "id", novaya, MINGGU) == []
    (ev,) = events("Militer membom sebuah biara di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "strike"



def test_a_claim_of_responsibility_refers_back_to_the_attack_told():
    import warta

    told = ("Militants attacked a military post in the northern Djibo region on Saturday, killing more "
            "than 50 soldiers, security sources said.\n\nA militant group claimed responsibility for the "
            "assault in a statement on Sunday, saying its fighters seized weapons.")
    assert [e.type for e in warta.extract(told, lang="en", published="2025-05-13").events] == ["attack"]
    # nothing told before: the condemned attack is the article's event
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("The UN condemned the attack on Novaya on Sunday.", "en", novaya, SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("PBB mengecam serangan di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "attack"


def test_a_shooting_is_an_attack_in_both_languages():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("A shooting in Novaya on Sunday killed a teacher.", "en", novaya, SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("Penembakan di Novaya pada hari Minggu menewaskan seorang guru.", "id", novaya, MINGGU)
    assert ev.type == "attack"


def test_a_vow_to_retaliate_is_a_threat_in_both_languages():
    israel = [place("Israel", "Israel", precision="country", country="IL", admin1=None)]
    (ev,) = events("Iran vowed to retaliate against Israel on Sunday.", "en", israel, SUNDAY)
    assert (ev.type, ev.actor, ev.target) == ("threat", "IR", "IL")
    (ev,) = events("Iran bersumpah akan membalas Israel pada hari Minggu.", "id", israel, MINGGU)
    assert (ev.type, ev.actor, ev.target) == ("threat", "IR", "IL")


def test_talks_between_two_sides_have_no_actor_and_no_target():
    istanbul = [place("Istanbul", "Istanbul", country="TR", admin1="TR.34")]
    for code, text, when in (
            ("en", "Russian and Ukrainian delegations held talks in Istanbul on Sunday.", SUNDAY),
            ("id", "Delegasi Rusia dan Ukraina menggelar perundingan di Istanbul pada hari Minggu.", MINGGU)):
        (ev,) = events(text, code, istanbul, when)
        assert (ev.type, ev.actor, ev.target) == ("negotiation", None, None), code
    (ev,) = events("Ukraine proposed a ceasefire in Istanbul on Sunday.", "en", istanbul, SUNDAY)
    assert (ev.type, ev.actor) == ("negotiation", "UA")



def test_drones_that_were_destroyed_in_the_air_were_a_strike():
    import warta

    for code, text in (
            ("en", "Russia's defence ministry said 12 Ukrainian drones were destroyed over the Kursk region "
                   "overnight."),
            ("id", "Kementerian Pertahanan Rusia mengatakan 12 drone Ukraina dihancurkan di atas wilayah "
                   "Kursk semalam.")):
        evs = warta.extract(text, lang=code, published="2025-06-29").events
        assert [(e.type, e.actor, e.target) for e in evs] == [("strike", "UA", "RU")], code


def test_firing_or_launching_ranged_weapons_is_a_strike_with_words_between():
    belgorod = [place("Belgorod", "Belgorod")]
    (ev,) = events("Ukraine launched 40 drones at Belgorod on Sunday.", "en", belgorod, SUNDAY)
    assert (ev.type, ev.actor) == ("strike", "UA")
    text = "Ukraina menembakkan sekitar 40 roket ke Belgorod pada hari Minggu."
    (ev,) = events(text, "id", belgorod, MINGGU)
    assert (ev.type, ev.actor) == ("strike", "UA")
    (ev,) = events("About 40 rockets were fired at Belgorod on Sunday.", "en", belgorod, SUNDAY)
    assert ev.type == "strike"
    (ev,) = events("Sekitar 40 roket ditembakkan ke Belgorod pada hari Minggu.", "id", belgorod, MINGGU)
    assert ev.type == "strike"


def test_launching_what_is_no_weapon_is_no_strike():
    assert events("The ministry launched an inquiry in Belgorod on Sunday.", "en",
                  [place("Belgorod", "Belgorod")], SUNDAY) == []
    assert events("Kementerian meluncurkan aplikasi baru di Belgorod pada hari Minggu.", "id",
                  [place("Belgorod", "Belgorod")], MINGGU) == []


def test_a_raid_is_an_attack_in_indonesian_as_in_english():
    jenin = [place("Jenin", "Jenin", country="PS", admin1="PS.WE")]
    (ev,) = events("Pasukan Israel menggerebek kota Jenin pada hari Minggu.", "id", jenin, MINGGU)
    assert (ev.type, ev.actor) == ("attack", "IL")
    (ev,) = events("Israeli forces raided the city of Jenin on Sunday.", "en", jenin, SUNDAY)
    assert (ev.type, ev.actor) == ("attack", "IL")


def test_a_warning_of_a_response_is_a_threat_and_any_further_attack_none():
    kursk = [place("Kursk", "Kursk")]
    text = "The Kremlin warned on Sunday that Russia would respond harshly to any further attacks on Kursk."
    assert [e.type for e in events(text, "en", kursk, SUNDAY)] == ["threat"]
    text = ("Kremlin memperingatkan pada hari Minggu bahwa Rusia akan menanggapi dengan keras "
            "setiap serangan baru ke Kursk.")
    assert [e.type for e in events(text, "id", kursk, MINGGU)] == ["threat"]


def test_a_site_taken_with_no_place_named_is_a_capture_and_weapons_are_none():
    afgoye = [place("Afgoye", "Afgoye", country="SO", admin1="SO.14")]
    text = "In Afgoye, militants briefly captured a military base on Sunday."
    assert [e.type for e in events(text, "en", afgoye, SUNDAY)] == ["capture"]
    text = "Di Afgoye, militan merebut markas militer pada hari Minggu."
    assert [e.type for e in events(text, "id", afgoye, MINGGU)] == ["capture"]
    assert events("In Afgoye, police seized weapons on Sunday.", "en", afgoye, SUNDAY) == []
    assert events("Di Afgoye, polisi merebut senjata pada hari Minggu.", "id", afgoye, MINGGU) == []


def test_common_wire_words_for_clashes_and_killings_are_triggers():
    sugapa = [place("Sugapa", "Sugapa", country="ID", admin1="ID.43")]
    text = "Dua prajurit tewas dalam kontak senjata dengan KKB di Sugapa pada hari Minggu."
    assert [e.type for e in events(text, "id", sugapa, MINGGU)] == ["attack"]
    text = "Gunmen gunned down three farmers in Sugapa on Sunday."
    assert [e.type for e in events(text, "en", sugapa, SUNDAY)] == ["killing"]


def test_fighting_after_a_span_of_time_is_background_and_bombs_that_explode_an_attack():
    kabul = [place("Kabul", "Kabul", country="AF", admin1="AF.13")]
    text = "The rebels declared a ceasefire in Kabul on Sunday after 12 days of battles."
    assert "attack" not in [e.type for e in events(text, "en", kabul, SUNDAY)]
    text = "Pemberontak mengumumkan gencatan senjata di Kabul pada hari Minggu setelah dua pekan pertempuran."
    assert "attack" not in [e.type for e in events(text, "id", kabul, MINGGU)]
    text = "Rebels exploded a series of bombs in Kabul on Sunday."
    assert [e.type for e in events(text, "en", kabul, SUNDAY)] == ["attack"]  # set off where they lay
    text = "A roadside mine exploded under a truck in Kabul on Sunday."
    assert [e.type for e in events(text, "en", kabul, SUNDAY)] == ["attack"]


def test_a_labour_strike_is_no_strike():
    kabul = [place("Kabul", "Kabul", country="AF", admin1="AF.13")]
    assert events("Bus drivers went on strike in Kabul on Sunday.", "en", kabul, SUNDAY) == []
    assert events("Sopir bus melakukan mogok kerja di Kabul pada hari Minggu.", "id", kabul, MINGGU) == []


def test_an_undated_threat_in_the_lead_is_dated_by_the_report():
    kursk = [place("Kursk", "Kursk")]
    (ev,) = events("Russia threatened to retaliate for the strikes on Kursk.", "en", kursk)
    assert ev.type == "threat" and ev.date.end == PUB
    (ev,) = events("Rusia mengancam akan membalas serangan di Kursk.", "id", kursk)
    assert ev.type == "threat" and ev.date.end == PUB


def test_explosions_heard_after_a_strike_are_no_attack_of_their_own():
    kyiv = [place("Kyiv", "Kyiv", country="UA", admin1="UA.12")]
    text = "Russia fired missiles at Kyiv on Sunday. Residents in Kyiv heard explosions on Sunday."
    times = [time("on Sunday", PUB, PUB), time("on Sunday", PUB, PUB, last=True)]
    assert [e.type for e in events(text, "en", kyiv, times)] == ["strike"]
    text = ("Rusia menembakkan rudal ke Kyiv pada hari Minggu. "
            "Warga di Kyiv mendengar ledakan pada hari Minggu.")
    times = [time("pada hari Minggu", PUB, PUB), time("pada hari Minggu", PUB, PUB, last=True)]
    assert [e.type for e in events(text, "id", kyiv, times)] == ["strike"]


def test_a_threat_in_an_article_that_names_no_place_is_made_in_the_threatening_side_s_country():
    (ev,) = events("The Ugandan president threatened to crush the rebels.", "en")
    assert (ev.type, ev.place.country) == ("threat", "UG")
    (ev,) = events("Ethnic Albanian guerrillas have sworn to fight on.", "en")
    assert ev.type == "threat"


def test_an_assault_in_another_clause_beside_a_capture_is_an_event_of_its_own():
    places = [place("Novaya", "Novaya", country="UA", admin1="UA.05"),
              place("Pokrovsk", "Pokrovsk", country="UA", admin1="UA.05")]
    text = ("Russian forces captured the village of Novaya on Sunday, while Ukraine said it had "
            "repelled 47 attacks near Pokrovsk.")
    assert sorted(e.type for e in events(text, "en", places, SUNDAY)) == ["attack", "capture"]
    text = ("Pasukan Rusia merebut desa Novaya pada hari Minggu, sementara Ukraina mengatakan telah "
            "menghalau 47 serangan di dekat Pokrovsk.")
    assert sorted(e.type for e in events(text, "id", places, MINGGU)) == ["attack", "capture"]


def test_talks_between_two_countries_listed_are_one_event():
    places = [place("Israel", "Israel", country="IL", precision="country", admin1=None),
              place("Lebanon", "Lebanon", country="LB", precision="country", admin1=None)]
    text = "Israel and Lebanon renewed negotiations on Sunday."
    assert [e.type for e in events(text, "en", places, SUNDAY)] == ["negotiation"]
    places = [place("Israel", "Israel", country="IL", precision="country", admin1=None),
              place("Lebanon", "Lebanon", country="LB", precision="country", admin1=None)]
    text = "Israel dan Lebanon melanjutkan perundingan pada hari Minggu."
    assert [e.type for e in events(text, "id", places, MINGGU)] == ["negotiation"]


def test_full_control_taken_of_a_town_is_a_capture():
    babanusa = [place("Babanusa", "Babanusa", country="SD", admin1="SD.30")]
    text = "The RSF said on Sunday it had taken full control of the town of Babanusa."
    assert [e.type for e in events(text, "en", babanusa, SUNDAY)] == ["capture"]
    text = "RSF mengklaim telah menguasai penuh kota Babanusa pada hari Minggu."
    assert [e.type for e in events(text, "id", babanusa, MINGGU)] == ["capture"]


def test_an_attempt_on_a_life_is_an_attack_and_an_assassination_a_killing():
    novaya = [place("Novaya", "Novaya")]
    for code, text, etype, when in (
            ("en", "Gunmen attempted to assassinate the mayor in Novaya on Sunday.", "attack", SUNDAY),
            ("en", "Rebels assassinated the village chief in Novaya on Sunday.", "killing", SUNDAY),
            ("id", "Orang bersenjata mencoba membunuh wali kota di Novaya pada hari Minggu.", "attack",
             MINGGU),
            ("id", "Percobaan pembunuhan terhadap wali kota terjadi di Novaya pada hari Minggu.", "attack",
             MINGGU)):
        assert [e.type for e in events(text, code, novaya, when)] == [etype], text


@pytest.mark.parametrize("code, text", [
    ("en", "Nurses in Surabaya staged a three-day strike on Sunday over unpaid wages."),
    ("en", "A 24-hour strike shut the port of Surabaya on Sunday."),
    ("en", "Surabaya was quiet on Sunday as a strike by dock workers halted the port."),
    ("id", "Para perawat di Surabaya menggelar mogok kerja tiga hari pada hari Minggu karena gaji "
           "belum dibayar."),
    ("id", "Mogok 24 jam menutup pelabuhan Surabaya pada hari Minggu."),
    ("en", "An open-ended strike by port staff shut Surabaya harbour on Sunday."),
    ("en", "An indefinite strike shut the port of Surabaya on Sunday."),
    ("id", "Para guru di Surabaya memulai mogok tanpa batas waktu pada hari Minggu."),
])
def test_a_strike_that_lasts_a_span_or_that_workers_hold_is_a_work_stoppage(code, text):
    assert extract(text, lang=code, published=PUB).events == []


@pytest.mark.parametrize("code, text", [
    ("en", "A missile strike hit Surabaya on Sunday after a two-day lull."),
    ("en", "An air strike by the junta's jets hit Surabaya on Sunday."),
    ("id", "Serangan rudal menghantam Surabaya pada hari Minggu setelah jeda dua hari."),
])
def test_a_strike_beside_a_span_or_by_forces_stays_a_strike(code, text):
    assert [e.type for e in extract(text, lang=code, published=PUB).events] == ["strike"]


@pytest.mark.parametrize("code, text, trigger", [
    ("en", "The opposition said on Sunday it would boycott the vote in Surabaya.", "would boycott"),
    ("en", "The governor is prepared to impose a curfew in Surabaya, his office said on Sunday.",
     "prepared to impose a curfew"),
    ("en", "The mediators may halt mediation efforts in Surabaya, an envoy said on Sunday.",
     "may halt mediation efforts"),
    ("id", "Pihak oposisi menyatakan pada hari Minggu akan memboikot pemungutan suara di Surabaya.",
     "akan memboikot"),
    ("id", "Gubernur siap memberlakukan jam malam di Surabaya, kata kantornya pada hari Minggu.",
     "siap memberlakukan jam malam"),
])
def test_a_coercive_step_a_side_says_it_will_take_is_a_threat(code, text, trigger):
    (ev,) = extract(text, lang=code, published=PUB).events
    assert ev.type == "threat" and ev.trigger is not None and ev.trigger.text == trigger


@pytest.mark.parametrize("code, text", [
    ("en", "The opposition said on Sunday it would not boycott the vote in Surabaya."),
    ("en", "The opposition boycotted the vote in Surabaya on Sunday."),  # done, not threatened
    ("en", "The fighting could halt aid deliveries to Surabaya, the agency said on Sunday."),  # a guess
    ("id", "Pihak oposisi menyatakan pada hari Minggu tidak akan memboikot pemungutan suara di Surabaya."),
])
def test_a_coercive_step_denied_or_done_is_no_threat(code, text):
    assert "threat" not in [e.type for e in extract(text, lang=code, published=PUB).events]


@pytest.mark.parametrize("code, text", [
    ("en", "Soldiers tortured six detainees at a camp near Surabaya on Sunday, a rights group said."),
    ("en", "Militiamen raped two women in Surabaya on Sunday, the police said."),
    ("id", "Tentara menyiksa enam tahanan di sebuah kamp dekat Surabaya pada hari Minggu, kata aktivis."),
    ("id", "Dua warga dianiaya anggota milisi di Surabaya pada hari Minggu, kata polisi."),
])
def test_torture_and_sexual_violence_are_attacks(code, text):
    assert [e.type for e in extract(text, lang=code, published=PUB).events] == ["attack"]


@pytest.mark.parametrize("code, text", [
    ("en", "The army accused the rebels of violating the ceasefire near Surabaya on Sunday."),
    ("en", "Monitors recorded 40 ceasefire violations around Surabaya on Sunday."),
    ("id", "Tentara menuduh pemberontak melanggar gencatan senjata di dekat Surabaya pada hari Minggu."),
    ("id", "Pemantau mencatat 40 pelanggaran gencatan senjata di sekitar Surabaya pada hari Minggu."),
])
def test_violating_a_ceasefire_is_fighting_not_a_negotiation(code, text):
    assert [e.type for e in extract(text, lang=code, published=PUB).events] == ["attack"]


@pytest.mark.parametrize("code, text", [
    ("en", "The Ceasefire Violations Committee met in Surabaya on Sunday."),
    ("id", "Komite Pelanggaran Gencatan Senjata bertemu di Surabaya pada hari Minggu."),
])
def test_a_body_named_for_ceasefire_violations_is_no_fighting(code, text):
    assert "attack" not in [e.type for e in extract(text, lang=code, published=PUB).events]


@pytest.mark.parametrize("code, text", [
    ("en", "The rebels said on Sunday they would attack Surabaya unless the army leaves the city."),
    ("en", "The government said on Sunday it will withdraw its troops from Surabaya unless a truce is "
           "signed."),
    ("id", "Pemberontak mengatakan pada hari Minggu bahwa mereka akan menyerang Surabaya kecuali jika "
           "tentara meninggalkan kota itu."),
    ("id", "Pemerintah mengatakan pada hari Minggu akan menarik pasukan dari Surabaya jika tidak ada "
           "gencatan senjata."),
])
def test_a_violent_step_promised_unless_a_demand_is_met_is_a_threat(code, text):
    assert [e.type for e in extract(text, lang=code, published=PUB).events] == ["threat"]


@pytest.mark.parametrize("code, text", [
    ("en", "The rebels said on Sunday they would attack Surabaya."),  # a plan, no condition
    ("en", "The rebels said on Sunday they would not attack Surabaya unless provoked."),
    ("en", "The government said on Sunday it could pull its soldiers out of Surabaya by May."),
    ("id", "Pemberontak mengatakan pada hari Minggu bahwa mereka akan menyerang Surabaya."),
    ("id", "Pemberontak mengatakan pada hari Minggu bahwa mereka tidak akan menyerang Surabaya kecuali jika "
           "diprovokasi."),
    ("id", "Pemerintah mengatakan pada hari Minggu bersedia menarik pasukan dari Surabaya."),
])
def test_a_step_promised_without_a_condition_or_denied_is_no_event(code, text):
    assert extract(text, lang=code, published=PUB).events == []


def test_an_armed_group_entering_a_town_advances_into_it():
    goma = [place("Goma", "Goma", country="CD", admin1="CD.11")]
    (ev,) = events("Rebel fighters entered Goma, the largest city of the east, on Sunday.",
                   "en", goma, SUNDAY)
    assert (ev.type, ev.trigger.text, ev.place.name) == ("advance", "entered", "Goma")
    (ev,) = events("Para pemberontak memasuki kota Goma pada hari Minggu.", "id", goma, MINGGU)
    assert (ev.type, ev.trigger.text, ev.place.name) == ("advance", "memasuki", "Goma")
    (ev,) = events("Pasukan pemberontak masuk ke Goma pada hari Minggu.", "id", goma, MINGGU)
    assert ev.type == "advance"


def test_an_armed_group_seizing_or_storming_a_town_captures_or_attacks_it():
    goma = [place("Goma", "Goma", country="CD", admin1="CD.11")]
    (ev,) = events("Rebel fighters were seizing Goma on Sunday.", "en", goma, SUNDAY)
    assert (ev.type, ev.place.name) == ("capture", "Goma")
    (ev,) = events("Rebel fighters were storming Goma on Sunday.", "en", goma, SUNDAY)
    assert (ev.type, ev.place.name) == ("attack", "Goma")


def test_entering_talks_or_a_new_phase_is_no_advance():
    doha = [place("Doha", "Doha", country="QA", admin1="QA.01")]
    assert [e.type for e in events("The rebels entered the talks in Doha on Sunday.", "en", doha, SUNDAY)] \
        == ["negotiation"]
    assert events("The war entered its third year on Sunday.", "en", (), SUNDAY) == []
    assert [e.type for e in events("Pemberontak memasuki perundingan di Doha pada hari Minggu.", "id", doha,
                                   MINGGU)] == ["negotiation"]
    assert events("Perang di timur memasuki babak baru pada hari Minggu.", "id", (), MINGGU) == []
    assert events("Menteri itu memasuki Goma pada hari Minggu.", "id",
                  [place("Goma", "Goma", country="CD", admin1="CD.11")], MINGGU) == []
