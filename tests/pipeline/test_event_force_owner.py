"""A country named right before a force noun ("U.S. troops", "pasukan AS") owns the force: it is a side, not
where an event of its sentence happened, whether or not it acts in it."""

from datetime import date

import warta


def test_a_force_owner_country_is_no_event_place():
    for code, text in (
            ("en", "CONAKRY - Troops clashed with protesters in Kankan on Monday. Guinea's junta took power "
                   "in a coup in September 2021 and later asked U.S. troops training its special forces "
                   "to go home."),
            ("id", "CONAKRY - Tentara bentrok dengan pengunjuk rasa di Kankan pada Senin. Para pemimpin "
                   "militer Guinea, yang merebut kekuasaan melalui kudeta pada September 2021, kemudian "
                   "meminta pasukan AS pergi.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.country if e.place else None, e.date.start) for e in evs] == [
            ("other", "GN", date(2021, 9, 1))], (text, evs)
