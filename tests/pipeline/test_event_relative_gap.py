"""A relative clause set off by commas between a trigger and its month is no clause break ('Peace talks
..., which collapsed in 2017, resumed in Oslo in November 2023')."""

from datetime import date

import warta


def test_talks_resumed_in_a_month_past_a_relative_clause_are_an_event():
    for code, text in (
            ("en", "BOGOTA, May 2 (Reuters) - Talks with the guerrillas, which broke down in 2019, resumed "
                   "in Havana in March 2024."),
            ("id", "BOGOTA - Perundingan dengan gerilyawan, yang terhenti pada 2019, dilanjutkan kembali di "
                   "Havana pada Maret 2024.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 2)).events
        assert [(e.type, e.place and e.place.name, e.date.start) for e in evs] == [
            ("negotiation", "Havana", date(2024, 3, 1))], (text, evs)
