"""Event forms that fresh reports showed: vows, peace deals, declarations, days counted from the told
event, earlier events "days after", claims of an attack, places inside names or where people fled to,
equipment lost in an event, address chains, wars that broke out."""

from datetime import date, timedelta

import warta
from tests.pipeline.test_events import PUB, events, place, time

DAY = timedelta(days=1)


def _town(name, country="NG", admin1="NG.57", **kw):
    return place(name, name, country=country, admin1=admin1, **kw)


def _types(evs):
    return sorted(e.type for e in evs)


def test_a_hostile_step_a_side_vows_to_take_is_a_threat():
    text = "Gunmen raided Gusau on Sunday. The governor vowed on Monday to hunt down the attackers."
    evs = events(text, "en", [_town("Gusau")],
                 [time("on Sunday", PUB - DAY, PUB - DAY), time("on Monday", PUB, PUB)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", PUB - DAY), ("threat", PUB)]
    text = ("Orang bersenjata menyerbu Gusau pada Minggu. Pada Senin, gubernur berjanji akan memburu "
            "para pelaku.")
    evs = events(text, "id", [_town("Gusau")],
                 [time("pada Minggu", PUB - DAY, PUB - DAY), time("Pada Senin", PUB, PUB)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", PUB - DAY), ("threat", PUB)]


def test_a_vow_joined_to_an_earlier_predicate_is_not_cancelled_by_it():
    text = ("Bandits stormed Gusau on Sunday. The governor ordered an investigation and vowed to crush "
            "the gangs.")
    evs = events(text, "en", [_town("Gusau")], [time("on Sunday", PUB, PUB)])
    assert _types(evs) == ["attack", "threat"]
    text = ("Bandit menyerbu Gusau pada Minggu. Gubernur memerintahkan penyelidikan dan bersumpah akan "
            "menumpas kelompok itu.")
    evs = events(text, "id", [_town("Gusau")], [time("pada Minggu", PUB, PUB)])
    assert _types(evs) == ["attack", "threat"]


def test_a_threat_answering_the_told_event_is_new():
    text = "Bandits stormed Gusau on Sunday. The army said it would avenge the attack."
    evs = events(text, "en", [_town("Gusau")], [time("on Sunday", PUB, PUB)])
    assert _types(evs) == ["attack", "threat"]
    text = "Bandit menyerbu Gusau pada Minggu. Militer menyatakan akan membalas serangan tersebut."
    evs = events(text, "id", [_town("Gusau")], [time("pada Minggu", PUB, PUB)])
    assert _types(evs) == ["attack", "threat"]


def test_attacks_a_side_says_it_will_keep_up_until_a_demand_is_met_are_a_threat():
    text = "The gang in Gusau said on Sunday it would keep attacking police posts until the governor resigns."
    (ev,) = events(text, "en", [_town("Gusau")], [time("on Sunday", PUB, PUB)])
    assert ev.type == "threat"


def test_a_peace_deal_dated_by_its_month_is_a_negotiation():
    text = "The rebels of Kivu signed a peace agreement with the government in March 2013."
    month = [time("March 2013", date(2013, 3, 1), date(2013, 3, 31), precision="month")]
    (ev,) = events(text, "en", [_town("Kivu", country="CD", admin1="CD.11")], month)
    assert (ev.type, ev.date.start) == ("negotiation", date(2013, 3, 1))
    text = "Pemberontak Kivu menandatangani perjanjian damai dengan pemerintah pada Maret 2013."
    month = [time("Maret 2013", date(2013, 3, 1), date(2013, 3, 31), precision="month")]
    (ev,) = events(text, "id", [_town("Kivu", country="CD", admin1="CD.11")], month)
    assert (ev.type, ev.date.start) == ("negotiation", date(2013, 3, 1))


def test_declarations_of_victory_or_martial_law_are_statements_and_a_coup_is_other():
    text = "The government of Kenya declared victory over the rebels on 4 June 2012."
    day = date(2012, 6, 4)
    (ev,) = events(text, "en", [_town("Kenya", country="KE", precision="country")],
                   [time("on 4 June 2012", day, day)])
    assert ev.type == "statement"
    text = "Pemerintah memberlakukan darurat militer di Aceh pada 4 Juni 2012."
    (ev,) = events(text, "id", [_town("Aceh", country="ID", admin1="ID.01")],
                   [time("pada 4 Juni 2012", day, day)])
    assert ev.type == "statement"
    text = "The army seized power in Niamey in a coup on 4 June 2012."
    (ev,) = events(text, "en", [_town("Niamey", country="NE", admin1="NE.08")],
                   [time("on 4 June 2012", day, day)])
    assert ev.type == "other"
    text = "Militer merebut kekuasaan di Niamey lewat kudeta pada 4 Juni 2012."
    (ev,) = events(text, "id", [_town("Niamey", country="NE", admin1="NE.08")],
                   [time("pada 4 Juni 2012", day, day)])
    assert ev.type == "other"


def test_a_sentence_opening_with_days_later_or_before_dates_from_the_told_event():
    thursday = date(2025, 1, 2)
    for code, text, kind, town, shift in (
            ("en", "Rebels raided Bamenda in Cameroon on Thursday. Two days later, troops clashed with them "
                   "in Nkambe.", "attack", "Nkambe", 2),
            ("en", "Rebels raided Bamenda in Cameroon on Thursday. A day before the raid, gunmen burned "
                   "houses in Kumbo.", "destruction", "Kumbo", -1),
            ("id", "Pemberontak menyerbu Bamenda di Kamerun pada Kamis. Dua hari kemudian, tentara bentrok "
                   "dengan mereka di Nkambe.", "attack", "Nkambe", 2),
            ("id", "Pemberontak menyerbu Bamenda di Kamerun pada Kamis. Sehari sebelum penyerbuan, orang "
                   "bersenjata membakar rumah di Kumbo.", "destruction", "Kumbo", -1)):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = {(e.type, e.place.name): e.date.start for e in evs if e.place}
        assert got == {("attack", "Bamenda"): thursday, (kind, town): thursday + shift * DAY}, text


def test_an_event_some_days_before_the_told_one_takes_not_its_date():
    text = "Troops clashed near Torkham on Sunday, days after air strikes hit Khost."
    evs = events(text, "en", [_town("Torkham", "PK", "PK.03"), _town("Khost", "AF", "AF.37")],
                 [time("on Sunday", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Torkham")]
    text = ("Tentara bentrok di dekat Torkham pada Minggu, beberapa hari setelah serangan udara "
            "menghantam Khost.")
    evs = events(text, "id", [_town("Torkham", "PK", "PK.03"), _town("Khost", "AF", "AF.37")],
                 [time("pada Minggu", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Torkham")]


def test_a_group_claiming_the_attack_tells_no_new_one():
    text = "Gunmen attacked a base in Marte on Sunday. The group claimed the attack in a statement on Monday."
    evs = events(text, "en", [_town("Marte")],
                 [time("on Sunday", PUB - DAY, PUB - DAY), time("on Monday", PUB, PUB)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", PUB - DAY)]
    text = ("Orang bersenjata menyerang pangkalan di Marte pada Minggu. Kelompok itu mengklaim serangan "
            "pada Senin.")
    evs = events(text, "id", [_town("Marte")],
                 [time("pada Minggu", PUB - DAY, PUB - DAY), time("pada Senin", PUB, PUB)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", PUB - DAY)]


def test_a_place_inside_a_group_name_is_not_where_it_acted():
    text = ("Gunmen attacked an army post in Marte on Sunday. Fighters of Islamic State West Africa Province "
            "(ISWAP) then took control of the base.")
    group = place("West Africa Province", "West Africa", country=None, admin1="", precision="region")
    evs = events(text, "en", [_town("Marte"), group], [time("on Sunday", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Marte"), ("capture", "Marte")]
    text = ("Orang bersenjata menyerang pos tentara di Sugapa pada Minggu. Anggota Tentara Pembebasan "
            "Nasional Papua Barat (TPNPB) kemudian menguasai pos itu.")
    group = place("Papua Barat", "Papua Barat", country="ID", admin1="ID.39", precision="admin1")
    evs = events(text, "id", [_town("Sugapa", "ID", "ID.42"), group], [time("pada Minggu", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Sugapa"), ("capture", "Sugapa")]


def test_where_people_fled_to_is_not_where_they_were_killed():
    text = ("Gunmen stormed Mirebalais on Sunday. At least ten people were killed and hundreds fled "
            "toward Hinche.")
    evs = events(text, "en", [_town("Mirebalais", "HT", "HT.03"), _town("Hinche", "HT", "HT.02", lat=19.1)],
                 [time("on Sunday", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Mirebalais")]
    text = ("Orang bersenjata menyerbu Mirebalais pada Minggu. Sedikitnya sepuluh orang tewas dan ratusan "
            "warga mengungsi ke kota Hinche.")
    evs = events(text, "id", [_town("Mirebalais", "HT", "HT.03"), _town("Hinche", "HT", "HT.02", lat=19.1)],
                 [time("pada Minggu", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Mirebalais")]


def test_what_raiders_burn_in_their_assault_is_part_of_it_tanks_the_defenders_destroy_are_not():
    text = "Insurgents stormed the base in Marte on Sunday and burned several military vehicles."
    evs = events(text, "en", [_town("Marte")], [time("on Sunday", PUB, PUB)])
    assert _types(evs) == ["attack"]
    text = "Insurgents stormed the base in Marte on Sunday and burned several houses."
    evs = events(text, "en", [_town("Marte")], [time("on Sunday", PUB, PUB)])
    assert _types(evs) == ["attack"]
    text = "Troops repelled an assault on Marte on Sunday and destroyed three tanks."
    evs = events(text, "en", [_town("Marte")], [time("on Sunday", PUB, PUB)])
    assert _types(evs) == ["attack", "destruction"]
    text = "Pemberontak menyerbu pangkalan di Marte pada Minggu dan membakar sejumlah kendaraan militer."
    evs = events(text, "id", [_town("Marte")], [time("pada Minggu", PUB, PUB)])
    assert _types(evs) == ["attack"]
    text = "Pemberontak menyerbu pangkalan di Marte pada Minggu dan membakar puluhan rumah."
    evs = events(text, "id", [_town("Marte")], [time("pada Minggu", PUB, PUB)])
    assert _types(evs) == ["attack"]


def test_a_place_read_in_a_trigger_word_is_no_place():
    text = "Baku tembak pecah di Sake pada Minggu."
    evs = events(text, "id", [place("Baku", "Baku", country="AZ", admin1="AZ.09"),
                              _town("Sake", "CD", "CD.11")], [time("pada Minggu", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Sake")]


def test_a_village_read_abroad_in_its_address_lies_in_the_town_after_it():
    text = ("Tentara bentrok dengan kelompok bersenjata di Desa Canas, Kota Sumisip, Provinsi Basilan, "
            "pada Minggu.")
    abroad = place("Desa Canas", "Cañas", country="CR", admin1="CR.03", lat=10.4, lon=-85.1)
    town = place("Kota Sumisip", "Sumisip", country="PH", admin1="PH.14", lat=6.4, lon=122.0)
    province = place("Provinsi Basilan", "Basilan", country="PH", admin1="PH.14", precision="admin2",
                     lat=6.5, lon=122.0)
    evs = events(text, "id", [abroad, town, province], [time("pada Minggu", PUB, PUB)])
    assert [(e.type, e.place.name) for e in evs] == [("attack", "Sumisip")]


def test_a_war_that_broke_out_on_a_day_is_fighting():
    day = date(2023, 4, 15)
    text = "The war between the army and the paramilitaries broke out in Khartoum on 15 April 2023."
    (ev,) = events(text, "en", [_town("Khartoum", "SD", "SD.29")], [time("on 15 April 2023", day, day)])
    assert (ev.type, ev.date.start) == ("attack", day)
    text = "Perang antara militer dan paramiliter pecah di Khartoum pada 15 April 2023."
    (ev,) = events(text, "id", [_town("Khartoum", "SD", "SD.29")], [time("pada 15 April 2023", day, day)])
    assert (ev.type, ev.date.start) == ("attack", day)


def test_small_arms_fire_is_an_attack_and_taking_control_a_capture():
    text = "Para penyerang menembaki pos polisi di Daquq dengan senapan mesin pada Minggu."
    (ev,) = events(text, "id", [_town("Daquq", "IQ", "IQ.13")], [time("pada Minggu", PUB, PUB)])
    assert ev.type == "attack"
    text = "Pesawat tempur menembaki posisi pemberontak di Daquq dengan roket pada Minggu."
    (ev,) = events(text, "id", [_town("Daquq", "IQ", "IQ.13")], [time("pada Minggu", PUB, PUB)])
    assert ev.type == "strike"
    text = "A patrol came under fire near Daquq on Sunday, killing two policemen."
    (ev,) = events(text, "en", [_town("Daquq", "IQ", "IQ.13")], [time("on Sunday", PUB, PUB)])
    assert ev.type == "attack"
    text = "Militants ended the siege on Sunday by taking control of the base in Daquq."
    evs = events(text, "en", [_town("Daquq", "IQ", "IQ.13")], [time("on Sunday", PUB, PUB)])
    assert "capture" in _types(evs)


def test_a_toll_dated_only_by_its_report_after_the_told_clash_is_that_clash():
    sunday = PUB - 2 * DAY
    text = ("Troops clashed with rebels in Nkambe on Sunday. Five rebels and a soldier were killed, "
            "the ministry said Tuesday.")
    evs = events(text, "en", [_town("Nkambe", "CM", "CM.07")],
                 [time("on Sunday", sunday, sunday), time("Tuesday", PUB, PUB)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", sunday)]
    text = ("Tentara bentrok dengan pemberontak di Nkambe pada Minggu. Lima pemberontak dan seorang prajurit "
            "tewas, kata kementerian pada Selasa.")
    evs = events(text, "id", [_town("Nkambe", "CM", "CM.07")],
                 [time("pada Minggu", sunday, sunday), time("pada Selasa", PUB, PUB)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", sunday)]


def test_an_event_after_after_with_a_month_and_year_of_its_own_is_dated_by_it():
    dec, jun = date(2017, 12, 1), date(2014, 6, 1)
    for code, text in (
            ("en", "Iraq declared victory over the militants in December 2017, three years after they seized "
                   "Mosul in June 2014."),
            ("id", "Irak menyatakan kemenangan atas militan pada Desember 2017, tiga tahun setelah mereka "
                   "merebut Mosul pada Juni 2014.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert sorted((e.type, e.date.start) for e in evs) == [("capture", jun), ("statement", dec)], text


def test_a_months_ago_stamp_does_not_date_an_event_after_after():
    text = "The state of emergency in Mosul was lifted on Sunday, six months after clashes there."
    evs = events(text, "en", [_town("Mosul", "IQ", "IQ.15")],
                 [time("six months", date(2024, 7, 1), date(2024, 7, 31), precision="month")])
    assert evs == []


def test_a_date_after_the_channel_of_a_report_dates_the_report():
    sunday = PUB - 2 * DAY
    for code, text, stamps in (
            ("en", "Troops clashed with rebels in Nkambe on Sunday. Five rebels were killed, the ministry "
                   "said in a statement on Tuesday.", ("on Sunday", "on Tuesday")),
            ("id", "Tentara bentrok dengan pemberontak di Nkambe pada Minggu. Lima pemberontak tewas, kata "
                   "kementerian dalam pernyataan pada Selasa.", ("pada Minggu", "pada Selasa"))):
        evs = events(text, code, [_town("Nkambe", "CM", "CM.07")],
                     [time(stamps[0], sunday, sunday), time(stamps[1], PUB, PUB)])
        assert [(e.type, e.date.start) for e in evs] == [("attack", sunday)], text


def test_a_sentence_opening_with_the_doers_tells_of_the_told_event_however_far_its_triggers():
    friday = PUB - 2 * DAY
    for code, text, day in (
            ("en", "Gunmen attacked Fambita on Friday.\nThe attackers surrounded the mosque, opened fire on "
                   "worshippers and set fire to several homes.", "on Friday"),
            ("id", "Orang bersenjata menyerang Fambita pada Jumat.\nPara pelaku datang dengan sepeda motor, "
                   "menembaki warga dan membakar rumah-rumah.", "pada Jumat")):
        evs = events(text, code, [_town("Fambita", "NE", "NE.06")], [time(day, friday, friday)])
        got = sorted((e.type, e.date.start) for e in evs)
        assert got == [("attack", friday), ("destruction", friday)], text


def test_a_vehicle_that_hits_a_mine_is_an_attack():
    (ev,) = events("Two soldiers were killed when their truck hit a landmine near Ayorou on Sunday.", "en",
                   [_town("Ayorou", "NE", "NE.06")], [time("on Sunday", PUB, PUB)])
    assert ev.type == "attack"
    (ev,) = events("Dua tentara tewas ketika truk mereka menginjak ranjau di dekat Ayorou pada Minggu.", "id",
                   [_town("Ayorou", "NE", "NE.06")], [time("pada Minggu", PUB, PUB)])
    assert ev.type == "attack"


def test_a_threat_told_with_no_date_after_the_lead_is_the_news():
    for code, text in (
            ("en", "Gunmen attacked Fambita on Friday. Dozens were killed.\nThe army sent troops.\n"
                   "The government blamed a jihadist group. It vowed to track down the killers."),
            ("id", "Orang bersenjata menyerang Fambita pada Jumat. Puluhan orang tewas.\nTentara "
                   "dikerahkan.\nPemerintah menyalahkan kelompok jihadis. Pemerintah berjanji akan memburu "
                   "para pembunuh.")):
        evs = events(text, code, [_town("Fambita", "NE", "NE.06")],
                     [time("on Friday" if code == "en" else "pada Jumat", PUB - 2 * DAY, PUB - 2 * DAY)])
        (threat,) = [e for e in evs if e.type == "threat"]
        assert (threat.date.start, threat.date.end) == (PUB - DAY, PUB), text


def test_a_thing_that_poses_a_threat_is_no_threat():
    assert events("The drones over Hodeidah presented an imminent threat, the army said on Sunday.", "en",
                  [_town("Hodeidah", "YE", "YE.08")], [time("on Sunday", PUB, PUB)]) == []
    assert events("Drone di atas Hodeidah merupakan ancaman bagi kapal, kata militer pada Minggu.", "id",
                  [_town("Hodeidah", "YE", "YE.08")], [time("pada Minggu", PUB, PUB)]) == []


def test_a_vow_after_condemning_the_told_attack_is_a_threat():
    text = ("A bomb exploded near a convoy in Mach on Tuesday. The prime minister condemned the attack and "
            "vowed to eradicate terrorism.")
    evs = events(text, "en", [_town("Mach", "PK", "PK.02")], [time("on Tuesday", PUB, PUB)])
    assert _types(evs) == ["attack", "threat"]
    text = ("Sebuah bom meledak di dekat konvoi di Mach pada Selasa. Perdana menteri mengecam serangan itu "
            "dan berjanji akan memberantas terorisme.")
    evs = events(text, "id", [_town("Mach", "PK", "PK.02")], [time("pada Selasa", PUB, PUB)])
    assert _types(evs) == ["attack", "threat"]


def test_a_clash_with_the_group_told_before_is_a_new_clash():
    text = ("Bandit menyerbu Kairu pada Senin. Pada Selasa, tentara terlibat baku tembak dengan kelompok itu "
            "di dekat Dansadau.")
    evs = events(text, "id", [_town("Kairu"), _town("Dansadau", lat=11.6)],
                 [time("pada Senin", PUB - DAY, PUB - DAY), time("Pada Selasa", PUB, PUB)])
    assert sorted((e.place.name, e.date.start) for e in evs) == [("Dansadau", PUB), ("Kairu", PUB - DAY)]


def test_a_state_of_emergency_declared_is_a_statement():
    (ev,) = events("The president declared a state of emergency in Catatumbo on Sunday.", "en",
                   [_town("Catatumbo", "CO", "CO.21")], [time("on Sunday", PUB, PUB)])
    assert ev.type == "statement"
    (ev,) = events("Presiden menyatakan status darurat di Catatumbo pada Minggu.", "id",
                   [_town("Catatumbo", "CO", "CO.21")], [time("pada Minggu", PUB, PUB)])
    assert ev.type == "statement"


def test_a_day_before_the_clash_counts_from_its_dated_telling():
    monday = date(2025, 1, 6)
    for code, text in (
            ("en", "Troops clashed with militants in Datu Hoffer in the Philippines on Monday.\nThe fighting "
                   "lasted three hours.\nA day before the clash, the militants burned houses in Tuayan."),
            ("id", "Tentara bentrok dengan militan di Datu Hoffer, Filipina, pada Senin.\nPertempuran "
                   "berlangsung tiga jam.\nSehari sebelum bentrokan, para militan membakar rumah di "
                   "Tuayan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 1, 8)).events
        (burned,) = [e for e in evs if e.type == "destruction"]
        assert burned.date.start == monday - DAY, text


def test_losses_in_the_fighting_told_before_are_that_fighting():
    text = ("Insurgents attacked a base in Marte on Monday. Eight vehicles were destroyed in the fighting, "
            "it said.")
    evs = events(text, "en", [_town("Marte")], [time("on Monday", PUB - DAY, PUB - DAY)])
    assert [(e.type, e.date.start) for e in evs] == [("attack", PUB - DAY)]
    text = ("Troops captured Marte on Monday.\nThey lost 40 tanks in the battle for the town, the ministry "
            "said.")
    evs = events(text, "en", [_town("Marte")], [time("on Monday", PUB - DAY, PUB - DAY)])
    assert _types(evs) == ["attack", "capture"]


def test_where_a_monitor_is_based_is_no_side_of_the_event():
    for code, text, day in (
            ("en", "According to the monitor based in Britain, gunmen ambushed a patrol near Jableh on "
                   "Thursday.", "on Thursday"),
            ("id", "Menurut lembaga pemantau yang berbasis di Inggris itu, pria bersenjata menyergap patroli "
                   "di dekat Jableh pada Kamis.", "pada Kamis")):
        britain = place("Britain" if code == "en" else "Inggris", "United Kingdom", country="GB", admin1="",
                        precision="country")
        evs = events(text, code, [_town("Jableh", "SY", "SY.09"), britain], [time(day, PUB, PUB)])
        (ev,) = evs
        assert (ev.type, ev.place.name) == ("attack", "Jableh") and "GB" not in (ev.actor, ev.target), text


def test_the_doers_act_told_after_deaths_is_that_event_and_says_how():
    for code, text in (
            ("en", "Gunmen killed 44 worshippers in Fambita on Friday.\nThe attackers surrounded the mosque "
                   "and opened fire."),
            ("id", "Orang bersenjata membunuh 44 jemaah di Fambita pada Jumat.\nPara pelaku mengepung masjid "
                   "dan melepaskan tembakan.")):
        evs = events(text, code, [_town("Fambita", "NE", "NE.06")],
                     [time("on Friday" if code == "en" else "pada Jumat", PUB - 2 * DAY, PUB - 2 * DAY)])
        assert [(e.type, e.date.start, len(e.evidence)) for e in evs] == [("attack", PUB - 2 * DAY, 2)], text


def test_houses_the_doers_burned_are_a_loss_of_its_own_where_and_when_the_told_raid_was():
    # ... and trucks destroyed, told alone after the raid, are its toll
    friday = PUB - 2 * DAY
    for code, text, day in (
            ("en", "Militiamen raided villages in Gezira on Friday. The deadliest raid was in Sireha. Ten "
                   "army trucks were destroyed.\nThe attackers shot residents and burned houses and the "
                   "market.", "on Friday"),
            ("id", "Milisi menyerbu sejumlah desa di Gezira pada Jumat. Serangan paling mematikan terjadi di "
                   "Sireha. Sepuluh truk tentara hancur.\nPara penyerang menembaki warga dan membakar "
                   "rumah-rumah serta pasar.", "pada Jumat")):
        region = _town("Gezira", "SD", "SD.07", precision="admin1")
        evs = events(text, code, [region, _town("Sireha", "SD", "SD.07", lat=14.8, lon=33.3)],
                     [time(day, friday, friday)])
        (burned,) = [e for e in evs if e.type == "destruction"]
        assert (burned.place.name, burned.date.start) == ("Sireha", friday), text


def test_days_the_times_stage_reads_as_a_span_of_no_count_still_count_nothing():
    for code, text in (
            ("en", "Troops clashed near Torkham in Pakistan on Saturday, days after air strikes hit Khost in "
                   "Afghanistan."),
            ("id", "Tentara bentrok di dekat Torkham, Pakistan, pada Sabtu, berhari-hari setelah serangan "
                   "udara menghantam Khost, Afganistan.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["attack"], text
