"""Talks a delegate travelled to are held: 'terbang ke Doha untuk berunding', 'flew to Doha to negotiate'."""

from datetime import date

import warta


def test_a_delegate_flying_in_to_negotiate_holds_talks():
    for code, text in (
            ("en", "JEDDAH, June 6 (Reuters) - A Sudanese army delegation flew to Jeddah on Thursday to "
                   "negotiate with the paramilitary RSF, a government spokesman said."),
            ("id", "JEDDAH - Delegasi militer Sudan terbang ke Jeddah pada Kamis (5/6/2025) untuk berunding "
                   "dengan RSF, kata juru bicara pemerintah."),
            ("id", "JEDDAH - Delegasi militer Sudan tiba di Jeddah pada Kamis (5/6/2025) untuk perundingan "
                   "gencatan senjata dengan RSF.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 6)).events
        assert [(e.type, e.place and e.place.name, e.date.start) for e in evs] == [
            ("negotiation", "Jeddah", date(2025, 6, 5))], (text, evs)
