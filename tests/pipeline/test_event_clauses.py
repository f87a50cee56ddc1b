from datetime import date

import warta
from tests.pipeline.test_events import events, figure, place, time

DAY = date(2025, 1, 4)


def test_events_a_town_named_for_its_forces_is_not_where_the_event_happened_id():
    text = "Tiga tank yang dikerahkan pasukan Kiev dihancurkan di dekat Avdiivka pada hari Sabtu."
    (ev,) = events(text, "id", [place("Kiev", "Kyiv", country="UA", admin1="UA.12", lat=50.45, lon=30.52),
                                place("Avdiivka", "Avdiivka", country="UA", admin1="UA.05", lat=48.14,
                                      lon=37.74)],
                   [time("pada hari Sabtu", DAY, DAY)])
    assert (ev.type, ev.place.name) == ("destruction", "Avdiivka")


def test_events_a_town_named_for_its_forces_is_not_where_the_event_happened_en():
    text = "Three tanks were destroyed on Saturday by Moscow's troops near Avdiivka."
    moscow = place("Moscow", "Moscow", admin1="RU.48", lat=55.75, lon=37.62)
    avdiivka = place("Avdiivka", "Avdiivka", country="UA", admin1="UA.05", lat=48.14, lon=37.74)
    (ev,) = events(text, "en", [moscow, avdiivka], [time("on Saturday", DAY, DAY)])
    assert (ev.type, ev.place.name) == ("destruction", "Avdiivka")
    text = "Belgorod was shelled on Saturday by Kyiv forces."
    kyiv = place("Kyiv", "Kyiv", country="UA", admin1="UA.12", lat=50.45, lon=30.52)
    (ev,) = events(text, "en", [kyiv, place("Belgorod", "Belgorod", admin1="RU.09")],
                   [time("on Saturday", DAY, DAY)])
    assert (ev.type, ev.place.name) == ("strike", "Belgorod")


def test_events_a_town_without_a_force_noun_stays_the_place():
    text = "Tiga tank dihancurkan di Kiev pada hari Sabtu."
    (ev,) = events(text, "id", [place("Kiev", "Kyiv", country="UA", admin1="UA.12", lat=50.45, lon=30.52)],
                   [time("pada hari Sabtu", DAY, DAY)])
    assert ev.place.name == "Kyiv"


YEAR_AGO, PUB = date(2024, 1, 5), date(2025, 1, 5)
DARFUR = dict(country="SD", admin1="SD.01", lat=13.5, lon=24.0, precision="admin1")


def test_events_killings_counted_over_a_window_are_one_event_over_it():
    for code, text, when, toll in (
            ("id", "Setidaknya 120 warga sipil tewas dalam 12 bulan terakhir di Darfur.",
             "dalam 12 bulan terakhir", "120 warga sipil"),
            ("en", "At least 120 civilians were killed in Darfur over the past 12 months.",
             "over the past 12 months", "120 civilians")):
        (ev,) = events(text, code, [place("Darfur", "Darfur", **DARFUR)],
                       [time(when, YEAR_AGO, PUB, kind="window", precision="range")], [figure(toll)])
        assert (ev.type, ev.date.start, ev.date.end) == ("killing", YEAR_AGO, PUB), code


def test_events_a_window_without_a_count_or_a_bare_year_stays_background():
    text = "Warga sipil tewas dalam 12 bulan terakhir di Darfur."
    assert events(text, "id", [place("Darfur", "Darfur", **DARFUR)],
                  [time("dalam 12 bulan terakhir", YEAR_AGO, PUB, kind="window", precision="range")]) == []
    text = "At least 120 civilians were killed in Darfur last year."
    assert events(text, "en", [place("Darfur", "Darfur", **DARFUR)],
                  [time("last year", date(2024, 1, 1), date(2024, 12, 31), precision="year")],
                  [figure("120 civilians")]) == []


def test_events_a_date_in_a_since_clause_does_not_date_the_main_clause():
    nov, thu = (date(2023, 11, 1), date(2023, 11, 30)), date(2025, 1, 2)
    paletwa = place("Paletwa", "Paletwa", country="MM", admin1="MM.02", lat=21.3, lon=92.85)
    for code, text, month, day in (
            ("en", "The rebels, who have fought the army since a truce ended in November 2023, captured a "
                   "base near Paletwa on Thursday.", "November 2023", "on Thursday"),
            ("id", "Para pemberontak, yang memerangi militer sejak gencatan senjata berakhir pada November "
                   "2023, merebut sebuah pangkalan di dekat Paletwa pada hari Kamis.", "November 2023",
             "pada hari Kamis")):
        (ev,) = events(text, code, [paletwa], [time(month, *nov, precision="month"), time(day, thu, thu)])
        assert (ev.type, ev.date.start, ev.date.end) == ("capture", thu, thu), code


def test_events_quoted_speech_names_a_finer_place_for_an_event_told_outside_it():
    sunday = date(2025, 1, 5)
    kursk = dict(precision="admin1", admin1="RU.41", lat=51.69, lon=36.21)
    for code, text, region, day in (
            ("en", "Ukraine mounted a counter-attack in the Kursk region on Sunday.\n\"The enemy "
                   "launched an attack with two tanks near the village of Berdin,\" the ministry said.",
             "Kursk", "on Sunday"),
            ("id", "Ukraina melancarkan serangan balik di wilayah Kursk pada hari Minggu.\n\"Musuh "
                   "melancarkan serangan dengan dua tank di dekat desa Berdin,\" kata kementerian itu.",
             "Kursk", "pada hari Minggu")):
        places = [place(region, "Kursk Oblast", **kursk), place("Berdin", "Berdin", lat=51.29, lon=35.43)]
        (ev,) = events(text, code, places, [time(day, sunday, sunday)])
        assert (ev.type, ev.place.name, len(ev.evidence)) == ("attack", "Berdin", 2), code
        quote_only = text[text.index("\n") + 1:]
        assert events(quote_only, code, [place("Berdin", "Berdin", lat=51.29, lon=35.43)]) == [], code


def test_events_such_an_attack_points_back_to_an_event_already_told():
    monday = date(2025, 1, 6)
    odesa = place("Odesa", "Odesa", country="UA", admin1="UA.18", lat=46.48, lon=30.73)
    for code, text, day in (
            ("en", "Russian drones struck Odesa on Monday. It was the first death caused by such an attack.",
             "on Monday"),
            ("en", "Russian drones struck Odesa on Monday. Residents fear these attacks.", "on Monday"),
            ("id", "Drone Rusia menghantam Odesa pada hari Senin. Itu kematian pertama akibat serangan "
                   "semacam itu.", "pada hari Senin")):
        found = events(text, code, [odesa], [time(day, monday, monday)])
        assert [ev.type for ev in found] == ["strike"], (code, text)


def test_events_a_second_clause_assaulting_another_region_is_its_own_event():
    thu = date(2024, 10, 10)
    kursk = place("Kursk", "Kursk Oblast", precision="admin1", admin1="RU.41", lat=51.69, lon=36.21)
    sumy = place("Sumy", "Sumy Oblast", precision="admin1", country="UA", admin1="UA.21", lat=50.9, lon=34.8)
    sudzha = place("Sudzha", "Sudzha", admin1="RU.41", lat=51.19, lon=35.27)
    for code, text, day in (
            ("id", "Rusia melancarkan serangan terhadap brigade Ukraina di wilayah Kursk pada hari Kamis, "
                   "serta mengerahkan Angkatan Udara untuk menyerang cadangan Ukraina di wilayah Sumy.",
             "pada hari Kamis"),
            ("en", "Russia attacked Ukrainian brigades in the Kursk region on Thursday, and sent the air "
                   "force to strike reserves in the Sumy region.", "on Thursday")):
        found = events(text, code, [kursk, sumy], [time(day, thu, thu)])
        assert sorted((ev.type, ev.place.name) for ev in found) == \
            [("attack", "Kursk Oblast"), ("strike", "Sumy Oblast")], code
        same_region = text.replace("Sumy", "Sudzha")
        found = events(same_region, code, [kursk, sudzha], [time(day, thu, thu)])
        assert len(found) == 1, code


def test_a_demonstrative_after_a_site_points_at_the_site_not_at_an_event():
    # "desa itu" is the village already named: the withdrawal from it is an event of its own
    for code, text in (
            ("en", "Russian forces captured the village of Zoryane in Donetsk on Sunday.\n\n"
                   "Ukrainian troops had withdrawn from the village to avoid encirclement."),
            ("id", "Pasukan Rusia merebut desa Zoryane di Donetsk pada Minggu.\n\n"
                   "Pasukan Ukraina mundur dari desa itu untuk menghindari pengepungan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 1, 6)).events
        assert [(e.type, e.actor, e.place.name) for e in evs] == [
            ("capture", "RU", "Zoryane"), ("retreat", "UA", "Zoryane")], text
