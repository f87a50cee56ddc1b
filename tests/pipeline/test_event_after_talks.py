"""A violent "after" clause dated only by the main clause's earlier date is the event a later
sentence dates itself."""

from datetime import date

import warta


def test_an_offensive_talks_were_suspended_after_takes_its_own_day_told_later():
    for code, text in (
            ("en", "KHARTOUM, May 6 - The army broke off talks with the RSF on Monday after the paramilitary "
                   "group attacked the town of Bara.\n"
                   "RSF fighters stormed Bara at dawn on Sunday, residents said."),
            ("id", "KHARTOUM - Tentara menangguhkan perundingan dengan RSF pada Senin (5/5) setelah kelompok "
                   "paramiliter itu menyerang kota Bara.\n"
                   "Pasukan RSF menyerbu Bara pada Minggu (4/5) dini hari, kata warga.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 6)).events
        got = sorted((e.type, e.date.start) for e in evs)
        assert got == [("attack", date(2025, 5, 4)), ("negotiation", date(2025, 5, 5))], (text, evs)
