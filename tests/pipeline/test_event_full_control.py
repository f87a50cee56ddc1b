"""Full control announced over a place ("announced full control of X on <date>", "mengumumkan kendali penuh
atas X pada <date>") is a capture; forces in full control of a place tell a state, no event."""

from datetime import date

import warta


def test_full_control_announced_is_a_capture():
    for code, text in (
            ("id", "MOSKOW - Kementerian Pertahanan Rusia telah mengumumkan kendali penuh atas Bakhmut pada "
                   "2 Oktober 2024. Kyiv membantahnya."),
            ("en", "MOSCOW - The Russian defence ministry announced full control of Bakhmut on Oct. 2, 2024. "
                   "Kyiv denied it.")):
        evs = warta.extract(text, lang=code, published=date(2024, 10, 20)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start) for e in evs] == [
            ("capture", "Bakhmut", date(2024, 10, 2))], (text, evs)
    text = "MOSCOW - Russian forces were in full control of Bakhmut on Monday, the governor said."
    assert warta.extract(text, lang="en", published=date(2024, 10, 20)).events == [], text
