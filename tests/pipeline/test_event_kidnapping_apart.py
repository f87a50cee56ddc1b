"""A kidnapping is an attack of its own: never merged with another assault told near it whose days
overlap ("abducted fishermen last week" beside "the raid on Sunday"); two tellings of one kidnapping still
join."""

from datetime import date

import warta


def test_a_kidnapping_stays_apart_from_an_assault_of_its_week():
    for code, text in (
            ("en", "MAIDUGURI, Nigeria, Sept 9 (Wire) - Jihadists killed 11 soldiers in an assault on an "
                   "army post near Monguno in Borno state on Sunday. Last week, gunmen abducted 16 fishermen "
                   "near Monguno, residents said."),
            ("id", "MAIDUGURI - Kelompok jihadis menewaskan 11 tentara dalam serangan terhadap pos militer "
                   "di dekat Monguno, negara bagian Borno, Nigeria, pada Minggu (6/9). Pekan lalu, "
                   "orang-orang bersenjata menculik 16 nelayan di dekat Monguno, kata warga.")):
        evs = warta.extract(text, lang=code, published=date(2026, 9, 9)).events
        assert sorted((e.type, e.date.start.isoformat()) for e in evs) == [
            ("attack", "2026-08-31"), ("attack", "2026-09-06")], (text, evs)
