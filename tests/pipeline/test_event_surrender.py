"""Soldiers who surrender near a place ("surrendered to Russian forces near X", "menyerah kepada pasukan
Rusia di dekat X") were taken there: a capture by the other side, the side that surrendered its target; a
refusal to surrender is none."""

from datetime import date

import warta


def test_a_surrender_near_a_place_is_the_other_sides_capture():
    for code, text in (
            ("id", "MOSKOW - Sekitar 30 tentara Ukraina menyerah kepada pasukan Rusia di dekat Avdiivka pada "
                   "Selasa malam."),
            ("en", "MOSCOW - About 30 Ukrainian soldiers surrendered to Russian forces near Avdiivka on "
                   "Tuesday night.")):
        evs = warta.extract(text, lang=code, published=date(2024, 2, 15)).events
        assert [(e.type, e.actor, e.target, e.date.start) for e in evs] == [
            ("capture", "RU", "UA", date(2024, 2, 13))], (text, evs)
    text = "MOSCOW - The Ukrainian garrison refused to surrender near Avdiivka on Tuesday."
    assert warta.extract(text, lang="en", published=date(2024, 2, 15)).events == [], text
