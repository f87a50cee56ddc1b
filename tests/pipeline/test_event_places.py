from datetime import date

from tests.pipeline.test_events import events, place, time

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
