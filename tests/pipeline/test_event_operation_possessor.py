"""An operation noun takes its possessor after it in Indonesian, past an adjective ("operasi militer
besar-besaran Israel"): that side acts, and its country is no place of the operation."""

from datetime import date

import warta


def test_the_possessor_of_an_operation_acts_and_is_not_its_place():
    for code, text in (
            ("id", "Operasi militer besar-besaran Etiopia di Somalia dimulai pada Desember 2006."),
            ("en", "Ethiopia's large-scale military operation in Somalia began in December 2006.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.actor, e.target, e.place.country if e.place else None, e.date.start)
                for e in evs] == [("attack", "ET", "SO", "SO", date(2006, 12, 1))], (text, evs)
