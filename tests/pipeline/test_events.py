from datetime import date

from warta.lang import load
from warta.model import PlaceMention, Sentence, TimeMention
from warta.pipeline.events import find_events
from warta.pipeline.segment import sentences

PUB = date(2025, 1, 5)


def place(text, name, *, precision="settlement", admin1="RU.41", country="RU", actor=False):
    return lambda t: PlaceMention(t.index(text), t.index(text) + len(text), text, name, 51.0, 36.0,
                                  country, precision, admin1=admin1, actor_use=actor)


def time(text, start, end, *, kind="point", precision="day"):
    return lambda t: TimeMention(t.index(text), t.index(text) + len(text), text, start, end, precision, kind)


def events(text, code, places=(), times=()):
    lang = load(code)
    return find_events(text, lang, sentences(text, lang), [f(text) for f in times],
                       [f(text) for f in places], [], PUB)


def test_events_type_place_date_and_sides():
    text = "Pasukan Ukraina melancarkan serangan balasan ke desa Berdin pada hari Minggu."
    (ev,) = events(text, "id", [place("Berdin", "Berdin")],
                   [time("pada hari Minggu", PUB, PUB)])
    assert (ev.type, ev.actor, ev.place.name, ev.date.start) == ("attack", "UA", "Berdin", PUB)
    assert ev.trigger.text == "melancarkan serangan"
    assert text[ev.evidence[0].start:ev.evidence[0].end] == ev.evidence[0].text


def test_events_strike_outranks_killing_and_target_follows_trigger():
    text = "Russian drones struck Ukraine's port of Izmail on Saturday, killing two people."
    (ev,) = events(text, "en", [place("Izmail", "Izmail", country="UA", admin1="UA.17")],
                   [time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert (ev.type, ev.actor, ev.target) == ("strike", "RU", "UA")


def test_events_need_a_date_outside_the_lead():
    text = ("First line about the war.\nSecond line.\nThird line.\n"
            "Troops attacked the village of Novaya.")
    assert events(text, "en", [place("Novaya", "Novaya")]) == []
    assert len(events("Troops attacked the village of Novaya.", "en", [place("Novaya", "Novaya")])) == 1


def test_events_skip_direct_speech():
    text = "“We attacked them near Novaya on Sunday,” the commander said."
    assert events(text, "en", [place("Novaya", "Novaya")],
                  [time("on Sunday", PUB, PUB)]) == []


def test_events_same_type_in_one_region_merge_with_both_evidence():
    text = ("Ukraine launched a counter-attack in the Kursk region on Sunday. "
            "The attack moved towards Berdin on Sunday.")
    evs = events(text, "en",
                 [place("Kursk", "Kursk Oblast", precision="admin1"), place("Berdin", "Berdin")],
                 [lambda t: TimeMention(t.index("on Sunday"), t.index("on Sunday") + 9, "on Sunday", PUB, PUB, "day"),
                  lambda t: TimeMention(t.rindex("on Sunday"), t.rindex("on Sunday") + 9, "on Sunday", PUB, PUB, "day")])
    assert len(evs) == 1
    assert evs[0].place.name == "Berdin" and len(evs[0].evidence) == 2


def test_events_actor_use_of_a_capital_is_not_a_location():
    text = "Moskow menjanjikan pembalasan pada hari Sabtu atas serangan di Belgorod."
    (ev,) = events(text, "id", [place("Moskow", "Moscow", actor=True), place("Belgorod", "Belgorod")],
                   [time("pada hari Sabtu", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.type == "threat" and ev.place.name == "Belgorod"


def test_events_a_side_after_an_indonesian_attack_noun_is_the_attacker():
    text = "Serangan rudal balistik Rusia menghantam kota Odesa pada hari Jumat."
    (ev,) = events(text, "id", [place("Odesa", "Odesa", country="UA", admin1="UA.17")],
                   [time("pada hari Jumat", date(2025, 1, 3), date(2025, 1, 3))])
    assert (ev.type, ev.actor, ev.target) == ("strike", "RU", "UA")


def test_events_a_side_after_by_acts_and_after_on_is_struck():
    text = "A drone attack by Russia on Ukraine's port of Izmail wounded two people on Friday."
    (ev,) = events(text, "en", [place("Izmail", "Izmail", country="UA", admin1="UA.17")],
                   [time("on Friday", date(2025, 1, 3), date(2025, 1, 3))])
    assert (ev.actor, ev.target) == ("RU", "UA")
