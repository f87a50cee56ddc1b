"""A ", when" clause after a "since" date reaches as far as one after a date of its own: the assault a death
verb's adjunct names there ("since Jan. 4, when 20 troops were killed in an assault on the X base") is that
date's event, an attack, not a bare killing."""

from datetime import date

import warta


def test_a_since_when_clause_reaches_the_assault_after_the_deaths():
    for code, text in (
            ("en", "Gunmen attacked an army base near Gao on Monday. Officials called it the worst loss for "
                   "the army since Jan. 4, when 20 troops were killed in an assault on the Tessit base."),
            ("id", "Orang bersenjata menyerang markas tentara di dekat Gao pada Senin. Pejabat menyebutnya "
                   "kerugian terburuk bagi tentara sejak 4 Januari, ketika 20 prajurit tewas dalam "
                   "penyerbuan ke markas Tessit.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start) for e in evs] == [
            ("attack", "Gao", date(2026, 3, 2)), ("attack", "Tessit", date(2026, 1, 4))], (text, evs)
