"""Full control claimed over a place ("claimed full control of X on <date>", "mengklaim kendali penuh atas X
pada <date>") is a capture; forces in full control of a place tell a state, no event."""

from datetime import date

import warta


def test_full_control_claimed_is_a_capture():
    for code, text in (
            ("id", "MOSKOW - Rusia mengklaim kendali penuh atas Bakhmut pada 20 Mei 2024, klaim yang "
                   "dibantah Kyiv."),
            ("en", "MOSCOW - Russia claimed full control of Bakhmut on May 20, 2024, a claim Kyiv denied.")):
        evs = warta.extract(text, lang=code, published=date(2024, 6, 1)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start) for e in evs] == [
            ("capture", "Bakhmut", date(2024, 5, 20))], (text, evs)
    text = "MOSCOW - Russian forces were in full control of Bakhmut on Monday, the governor said."
    assert warta.extract(text, lang="en", published=date(2024, 6, 1)).events == [], text
