"""A participle after a comma goes on with the clause before it ("reached the town in May 2022, killing
40 traders in raids on the market"): the month of that clause dates the triggers of the participle's clause
too."""

from datetime import date

import warta


def test_a_participle_clause_shares_the_month_before_its_comma():
    for code, text in (
            ("en", "The militia reached Djibo in May 2022, killing 40 traders and herders in raids on the "
                   "cattle market."),
            ("id", "Milisi itu tiba di Djibo pada Mei 2022, menewaskan 40 pedagang dan penggembala dalam "
                   "penyerbuan ke pasar ternak.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start, e.date.end) for e in evs] == [
            ("attack", "Djibo", date(2022, 5, 1), date(2022, 5, 31))], (text, evs)
