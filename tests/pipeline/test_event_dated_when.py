"""A clause a month or year opens with ", when" / ", ketika" tells the event of that date: background
dated by it, not dropped as an undated mention of a month."""

from datetime import date

import warta


def test_a_when_clause_after_a_month_is_the_event_of_that_month():
    for code, text in (
            ("en", "KHARTOUM, March 4 (Reuters) - Paramilitary fighters shelled a market in El Obeid "
                   "on Monday. "
                   "The city saw worse in June 2023, when the paramilitaries stormed the nearby "
                   "town of Bara."),
            ("id", "KHARTUM - Pasukan paramiliter menembaki sebuah pasar di El Obeid pada Senin (3/3/2025). "
                   "Kota itu mengalami masa lebih buruk pada Juni 2023, ketika para milisi menyerbu "
                   "kota Bara.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 4)).events
        old = [(e.type, e.date.start, e.date.end, e.place.name[:1] if e.place else None) for e in evs
               if e.date.start.year == 2023]
        assert old == [("attack", date(2023, 6, 1), date(2023, 6, 30), "B")], (text, evs)


def test_artillery_duels_are_an_attack():
    for code, text in (
            ("en", "Soldiers of the two countries fought artillery duels near Zakho on Tuesday."),
            ("id", "Tentara kedua negara terlibat duel artileri di dekat Zakho pada Selasa (4/3/2025).")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 5)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 3, 4))], (text, evs)
