"""A punitive step a side says it will take is a threat: the future word right before the step ("will pursue",
"would be hunted down", "akan memburu", "akan diburu") makes it one, as a vow word does."""
from datetime import date

import warta

LEADS = {"en": "Gunmen killed five farmers near Argungu in Kebbi state on Monday, police said. ",
         "id": "Orang bersenjata menewaskan lima petani di dekat Argungu, negara bagian Kebbi, pada Senin. "}


def _types(lang, rest):
    res = warta.extract(LEADS[lang] + rest, lang=lang, published=date(2026, 9, 3))
    return sorted(e.type for e in res.events)


def test_a_step_a_side_will_take_is_a_threat_en():
    assert _types("en", '"Our forces will pursue these bandits into the forest," the governor said.') \
        == ["attack", "threat"]
    assert _types("en", "The police chief said the gunmen would be hunted down.") == ["attack", "threat"]


def test_a_step_a_side_will_take_is_a_threat_id():
    assert _types("id", '"Pasukan kami akan memburu para bandit itu sampai ke hutan," kata gubernur.') \
        == ["attack", "threat"]
    assert _types("id", "Kapolda mengatakan para pelaku akan diburu.") == ["attack", "threat"]


def _threat_days(lang, rest):
    res = warta.extract(LEADS[lang] + "\n" + rest, lang=lang, published=date(2026, 9, 3))
    return [(e.date.start, e.date.end) for e in res.events if e.type == "threat"]


def test_a_threat_is_dated_when_it_is_made_not_by_the_deed_it_answers_en():
    assert _threat_days("en", "In Argungu, the governor of Kebbi vowed to hunt down the killers.") \
        == [(date(2026, 9, 2), date(2026, 9, 3))]


def test_a_threat_is_dated_when_it_is_made_not_by_the_deed_it_answers_id():
    assert _threat_days("id", "Di Argungu, Gubernur Kebbi berjanji akan memburu para pelaku.") \
        == [(date(2026, 9, 2), date(2026, 9, 3))]
