"""Who acted when the words do not say: the sides an article is about."""

from collections import Counter
from datetime import date

from warta.model import Event, Period, PlaceMention
from warta.pipeline.event_actors import imply_actors

WAR = {frozenset({"RU", "UA"})}


def event(actor, target, etype="strike"):
    place = PlaceMention(0, 5, "Odesa", "Odesa", 46.5, 30.7, target, "settlement")
    day = Period(date(2025, 1, 5), date(2025, 1, 5))
    return Event(type=etype, actor=actor, target=target, place=place, date=day, evidence=[])


def test_in_a_civil_war_the_side_acts_on_itself():
    ev = event(None, "SD")
    imply_actors([ev], Counter({"SD": 5}), WAR, set())
    assert ev.actor == "SD"


def test_in_a_war_of_two_enemies_the_other_acts_and_a_passing_mention_is_no_party():
    ev = event(None, "UA")
    imply_actors([ev], Counter({"UA": 9, "RU": 6, "US": 1}), WAR, set())
    assert ev.actor == "RU"


def test_two_countries_of_a_roundup_are_no_enemies():
    ev = event(None, "SD")
    imply_actors([ev], Counter({"SD": 4, "ML": 4}), WAR, set())
    assert ev.actor is None


def test_a_subject_striking_in_its_own_country_strikes_the_other_side():
    ev = event("UA", "UA", "attack")
    imply_actors([ev], Counter({"UA": 4, "RU": 4}), WAR, {id(ev)})
    assert (ev.actor, ev.target) == ("UA", "RU")
    ev = event("UA", "UA", "attack")  # not the subject: the words misread the actor
    imply_actors([ev], Counter({"UA": 4, "RU": 4}), WAR, set())
    assert (ev.actor, ev.target) == ("RU", "UA")


def test_talks_keep_no_actor():
    ev = event(None, "UA", "negotiation")
    imply_actors([ev], Counter({"UA": 4, "RU": 4}), WAR, set())
    assert ev.actor is None
