"""Towns a clause lists are events of their own, however close; quarters of one town are one."""

from datetime import date

import warta


def test_each_town_a_clause_lists_is_an_event_of_its_own():
    for code, text in (
            ("en", "KYIV, May 9 (Reuters) - Russian missiles struck the cities of Kramatorsk and Druzhkivka "
                   "on Thursday, killing four people, regional officials said."),
            ("id", "RAMALLAH - Pasukan Israel menyerbu kota Nablus dan Tubas pada Kamis (8/5/2025), "
                   "menangkap belasan warga, kata saksi mata.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 9)).events
        assert len({e.place.name for e in evs}) == 2 and len(evs) == 2, (text, evs)
        assert {e.date.start for e in evs} == {date(2025, 5, 8)}, (text, evs)
