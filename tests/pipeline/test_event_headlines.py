"""A headline's event dated only by the breaking-news window is the body's event, whatever its date."""

from datetime import date

import warta

BODY_EN = ("NIAMEY, May 9 (Reuters) - Gunmen attacked an army post near Tera in western Niger on Tuesday, "
           "killing 14 soldiers, the defence ministry said.")


def test_a_headline_toll_joins_the_body_event_days_before_publication():
    for code, text in (
            ("en", "Fourteen soldiers killed near Tera in western Niger\n" + BODY_EN),
            ("en", "Gunmen attack army post in Niger's Tillaberi, 14 soldiers killed\n" + BODY_EN),
            ("id", "Pria Bersenjata Serang Pos Militer di Niger, 14 Tentara Tewas\n"
                   "NIAMEY - Sekelompok pria bersenjata menyerang sebuah pos militer di dekat Tera, Niger "
                   "barat, pada Selasa (6/5/2025), menewaskan 14 tentara, kata kementerian pertahanan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 9)).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("attack", date(2025, 5, 6), date(2025, 5, 6))], (text, evs)
