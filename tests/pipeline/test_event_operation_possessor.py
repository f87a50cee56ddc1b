"""An operation noun takes its possessor after it in Indonesian, past an adjective ("operasi darat
Etiopia"): that side acts, and its country is no place of the operation."""

from datetime import date

import warta


def test_the_possessor_of_an_operation_acts_and_is_not_its_place():
    for code, text in (
            ("id", "MOGADISHU - Pada Desember 2006, operasi darat Etiopia di Somalia menewaskan ratusan "
                   "milisi."),
            ("en", "MOGADISHU - In December 2006, Ethiopia's ground operation in Somalia killed hundreds of "
                   "militiamen.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.actor, e.target, e.place.country if e.place else None, e.date.start)
                for e in evs] == [("attack", "ET", "SO", "SO", date(2006, 12, 1))], (text, evs)
