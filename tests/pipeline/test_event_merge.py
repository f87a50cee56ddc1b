from datetime import date

import warta
from warta.model import Event, Period, PlaceMention, Span
from warta.pipeline.event_merge import merge_events


def at(name, *, precision="settlement", admin1="UA.07", country="UA", lat=50.0, lon=36.2):
    return PlaceMention(0, len(name), name, name, lat, lon, country, precision, admin1=admin1)


def event(etype, place, start, end=None, sentence=1):
    return Event(type=etype, actor=None, target=None, place=place,
                 date=Period(start, end or start), evidence=[Span(sentence * 10, sentence * 10 + 5, "x")],
                 sentence=sentence)


def test_same_type_same_place_and_day_merge_keeping_the_finer_place():
    a = event("strike", at("Kharkiv Oblast", precision="admin1"), date(2025, 1, 4), sentence=1)
    b = event("strike", at("Kharkiv"), date(2025, 1, 4), sentence=2)
    (ev,) = merge_events([a, b], None, set())
    assert ev.place.name == "Kharkiv" and len(ev.evidence) == 2


def test_far_towns_of_one_region_stay_apart_and_close_ones_merge():
    far = [event("strike", at("Kharkiv", lat=49.98, lon=36.25), date(2025, 1, 4), sentence=1),
           event("strike", at("Kupiansk", lat=49.71, lon=37.61), date(2025, 1, 4), sentence=2)]
    assert len(merge_events(far, None, set())) == 2
    close = [event("strike", at("Kharkiv", lat=49.98, lon=36.25), date(2025, 1, 4), sentence=1),
             event("strike", at("Pisochyn", lat=49.96, lon=36.10), date(2025, 1, 4), sentence=2)]
    assert len(merge_events(close, None, set())) == 1


def test_a_headline_event_joins_the_body_event_of_its_date_whatever_its_type():
    head = event("attack", at("Goma", country="CD", admin1="CD.11"), date(2025, 1, 4), date(2025, 1, 5), 0)
    body = event("killing", at("Goma", country="CD", admin1="CD.11"), date(2025, 1, 4), sentence=1)
    (ev,) = merge_events([head, body], 0, set())
    assert ev.type == "killing" and [s.start for s in ev.evidence] == [0, 10]


def test_a_breaking_window_date_gives_way_to_the_articles_date_a_few_days_before():
    lambera = at("Lambera", country="ID", admin1="ID.40")
    guess = event("attack", lambera, date(2025, 1, 4), date(2025, 1, 5), 1)
    dated = event("attack", lambera, date(2025, 1, 1), sentence=2)
    (ev,) = merge_events([guess, dated], None, {id(guess)})
    assert ev.date == Period(date(2025, 1, 1), date(2025, 1, 1))
    old = event("attack", lambera, date(2024, 12, 1), sentence=2)
    assert len(merge_events([guess, old], None, {id(guess)})) == 2


def test_a_country_wide_event_folds_into_a_finer_one_of_its_country():
    wide = event("strike", at("Ukraine", precision="country", admin1=None), date(2025, 1, 4), sentence=1)
    fine = event("strike", at("Odesa", admin1="UA.17"), date(2025, 1, 4), sentence=2)
    (ev,) = merge_events([wide, fine], None, set())
    assert ev.place.name == "Odesa" and len(ev.evidence) == 2


def test_a_district_merges_with_the_first_level_region_it_lies_in():
    strip = event("other", at("Gaza Strip", precision="admin1", admin1="PS.GZ", country="PS",
                              lat=31.30, lon=34.32), date(2025, 1, 4), sentence=1)
    district = event("other", at("Rafah", precision="admin1", admin1="PS.GZ.7870260", country="PS",
                                 lat=31.28, lon=34.28), date(2025, 1, 4), sentence=2)
    assert len(merge_events([strip, district], None, set())) == 1


def test_two_sides_releasing_in_one_sentence_stay_two_events():
    a = event("other", at("Novaya"), date(2025, 1, 4))
    b = event("other", at("Novaya"), date(2025, 1, 4))
    a.actor, a.target, b.actor, b.target = "RU", "UA", "UA", "RU"
    assert len(merge_events([a, b], None, set())) == 2
    b.sentence = 2  # told apart in two sentences: likely one event whose sides were misread
    assert len(merge_events([a, b], None, set())) == 1


def test_an_event_told_again_without_a_date_is_the_dated_one_told_first():
    sugapa = at("Sugapa", country="ID", admin1="ID.43")
    dated = event("attack", sugapa, date(2025, 1, 3), sentence=1)
    again = event("attack", sugapa, date(2025, 1, 4), date(2025, 1, 5), 2)
    (ev,) = merge_events([dated, again], None, {id(again)})
    assert ev.date == Period(date(2025, 1, 3), date(2025, 1, 3)) and len(ev.evidence) == 2
    old = event("attack", sugapa, date(2024, 12, 1), sentence=1)
    assert len(merge_events([old, again], None, {id(again)})) == 2


def test_explosions_heard_where_and_when_a_strike_hit_are_that_strike():
    rostov = at("Rostov", admin1="RU.61", country="RU")
    strike = event("strike", rostov, date(2025, 1, 4), sentence=1)
    heard = event("attack", rostov, date(2025, 1, 4), date(2025, 1, 5), 2)
    heard.trigger = Span(0, 10, "explosions")
    (ev,) = merge_events([strike, heard], None, set(), frozenset({"explosions", "ledakan"}))
    assert ev.type == "strike" and len(ev.evidence) == 2
    raid = event("attack", rostov, date(2025, 1, 4), sentence=2)
    raid.trigger = Span(0, 7, "stormed")
    assert len(merge_events([strike, raid], None, set(), frozenset({"explosions"}))) == 2


def test_a_sentence_pointing_back_to_the_event_gives_it_a_finer_place_within_its_own():
    from tests.pipeline.test_events import PUB, events, place, time
    sagaing = place("Sagaing", "Sagaing", precision="admin1", country="MM", admin1="MM.10")
    kanbalu = place("Kanbalu", "Kanbalu", country="MM", admin1="MM.10")
    text = ("Militer Myanmar mengebom sebuah desa di Sagaing pada hari Minggu. "
            "Serangan itu terjadi di Kanbalu.")
    (ev,) = events(text, "id", [sagaing, kanbalu], [time("pada hari Minggu", PUB, PUB)])
    assert ev.place.name == "Kanbalu" and len(ev.evidence) == 2
    text = "The military bombed a village in Sagaing on Sunday. This attack hit Kanbalu."
    (ev,) = events(text, "en", [sagaing, kanbalu], [time("on Sunday", PUB, PUB)])
    assert ev.place.name == "Kanbalu"
    yangon = place("Yangon", "Yangon", country="MM", admin1="MM.17")
    text = "The military bombed a village in Sagaing on Sunday. This attack was condemned in Yangon."
    (ev,) = events(text, "en", [sagaing, yangon], [time("on Sunday", PUB, PUB)])
    assert ev.place.name == "Sagaing"  # another region: not where it happened


def test_a_place_its_sentence_names_replaces_one_an_unplaced_event_was_put_at():
    goma = event("attack", at("Goma", country="CD", admin1="CD.11", lat=-1.67, lon=29.23), date(2025, 1, 4))
    sake = event("attack", at("Sake", country="CD", admin1="CD.11", lat=-1.57, lon=29.04), date(2025, 1, 4),
                 sentence=2)
    (ev,) = merge_events([goma, sake], None, set(), unplaced=frozenset({id(goma)}))
    assert ev.place.name == "Sake"
    goma.place = at("Goma", country="CD", admin1="CD.11", lat=-1.67, lon=29.23)
    (ev,) = merge_events([goma, sake], None, set())
    assert ev.place.name == "Goma"


def test_an_overnight_barrage_on_the_country_is_no_single_strike_of_its_day():
    text = ("A Russian missile struck an apartment block in Dnipro on Tuesday evening, killing seven people. "
            "Russia also launched 58 drones and three missiles at Ukraine overnight, the air force said.")
    evs = warta.extract(text, lang="en", published=date(2025, 6, 18)).events
    assert sorted((e.type, e.place.precision if e.place else "") for e in evs) \
        == [("strike", "country"), ("strike", "settlement")]
    text = ("Sebuah rudal Rusia menghantam gedung apartemen di Dnipro pada Selasa malam, menewaskan tujuh "
            "orang. Rusia juga meluncurkan 58 drone dan tiga rudal ke Ukraina dalam semalam, kata angkatan "
            "udara.")
    evs = warta.extract(text, lang="id", published=date(2025, 6, 18)).events
    assert sorted((e.type, e.place.precision if e.place else "") for e in evs) \
        == [("strike", "country"), ("strike", "settlement")]
