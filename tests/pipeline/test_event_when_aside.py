"""A ", when" clause after a date names that date's event even past an aside set off by commas
("when rebel columns, helped by Islamist units, overran X and Y"): a capture of each town,
not the background word before the date."""

from datetime import date

import warta


def test_a_when_clause_past_an_aside_is_the_dated_event():
    for code, text in (
            ("en", "BAMAKO - Mali's army lost the north in March 2012, when rebel columns, helped by "
                   "Islamist units, overran Kidal and Tessalit."),
            ("id", "BAMAKO - Tentara Mali kehilangan wilayah utara pada Maret 2012, ketika kolom "
                   "pemberontak, dibantu unit-unit Islamis, merebut Kidal dan Tessalit.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start) for e in evs] == [
            ("capture", "Kidal", date(2012, 3, 1)), ("capture", "Tessalit", date(2012, 3, 1))], (text, evs)
