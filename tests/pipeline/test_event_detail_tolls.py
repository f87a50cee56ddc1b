"""A death told with no date or place of its own in the paragraph after the lead's event is a detail
of that event (its toll), not breaking news of its own; a death right after a headline's event is
still the body's lead."""

from datetime import date

import warta

PUB = date(2025, 2, 26)


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.date.start.isoformat() if e.date else "") for e in evs]


def test_a_death_in_the_next_paragraph_is_the_told_events_detail():
    assert _events("Gunmen stormed a school in Kaduna on Tuesday and kidnapped 30 pupils.\n"
                   "The attackers came on motorcycles. A guard was shot dead as he tried to close the gate.",
                   "en") == [("attack", "2025-02-25")]
    assert _events("Orang bersenjata menyerbu sebuah sekolah di Kaduna pada Selasa dan menculik 30 murid.\n"
                   "Para penyerang datang dengan sepeda motor. Seorang penjaga sekolah tewas saat mencoba "
                   "menutup gerbang.", "id") == [("attack", "2025-02-25")]


def test_a_death_two_paragraphs_on_is_news_of_its_own():
    assert _events("Gunmen stormed a school in Kaduna on Tuesday and kidnapped 30 pupils.\n"
                   "The attackers came on motorcycles.\nThe governor closed all schools.\n"
                   "A guard was shot dead in Zaria.", "en") \
        == [("attack", "2025-02-25"), ("killing", "2025-02-25")]


def test_an_assault_named_before_or_as_a_cause_is_the_one_told():
    assert _events("Jets bombed a monastery in Hsipaw on Wednesday, killing 12 people. Two jets circled the "
                   "village for 20 minutes before the attack, a rescuer said.", "en") \
        == [("strike", "2025-02-26")]
    assert _events("Jet tempur mengebom sebuah biara di Hsipaw pada Rabu. Seorang penyelamat mengatakan "
                   "dua biksu tewas akibat serangan terhadap biara.", "id") == [("strike", "2025-02-26")]


def test_an_assault_named_before_another_with_its_own_date_is_news():
    assert _events("Jets bombed a monastery in Hsipaw on Wednesday. Troops had shelled the town on Monday "
                   "before the attack.", "en") == [("strike", "2025-02-26"), ("strike", "2025-02-24")]
