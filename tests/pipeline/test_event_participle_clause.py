"""A participle after a comma goes on with the clause before it ("pushed into the town in May 2022, killing
dozens in a string of raids"): the month of that clause dates the triggers of the participle's clause too."""

from datetime import date

import warta


def test_a_participle_clause_shares_the_month_before_its_comma():
    for code, text in (
            ("en", "The militia first pushed into the town of Djibo in May 2022, killing dozens of residents "
                   "in a string of raids."),
            ("id", "Milisi itu pertama kali masuk ke kota Djibo pada Mei 2022, menewaskan puluhan warga "
                   "dalam serangkaian penyerbuan ke pasar dan sekolah.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start, e.date.end) for e in evs] == [
            ("attack", "Djibo", date(2022, 5, 1), date(2022, 5, 31))], (text, evs)
