"""A kidnapping is an attack of its own: never merged with another assault told near it whose days
overlap ("kidnapped traders last week" beside "the assault on Sunday"); two tellings of one kidnapping still
join."""

from datetime import date

import warta


def test_a_kidnapping_stays_apart_from_an_assault_of_its_week():
    for code, text in (
            ("en", "MAIDUGURI, Nigeria, Sept 9 (Wire) - Jihadists killed 11 soldiers in an assault on an "
                   "army post near Monguno in Borno state on Sunday. A local official said gunmen had "
                   "kidnapped 16 traders from a market outside Monguno last week."),
            ("id", "MAIDUGURI - Kelompok jihadis menewaskan 11 tentara dalam serangan terhadap pos militer "
                   "di dekat Monguno, negara bagian Borno, Nigeria, pada Minggu (6/9). Seorang pejabat "
                   "setempat mengatakan orang bersenjata menculik 16 pedagang dari pasar di luar Monguno "
                   "pekan lalu.")):
        evs = warta.extract(text, lang=code, published=date(2026, 9, 9)).events
        assert sorted((e.type, e.date.start.isoformat()) for e in evs) == [
            ("attack", "2026-08-31"), ("attack", "2026-09-06")], (text, evs)
