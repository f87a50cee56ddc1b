"""Soldiers who surrender near a place ("surrendered to Russian forces on the outskirts of X",
"menyerah kepada pasukan Rusia di pinggiran X") were taken there: a capture by the other side, the side that
surrendered its target; a refusal to surrender is none."""

from datetime import date

import warta


def test_a_surrender_near_a_place_is_the_other_sides_capture():
    for code, text in (
            ("id", "MOSKOW - Satu peleton marinir Ukraina menyerah kepada pasukan Rusia di pinggiran "
                   "Avdiivka pada 17 Mei 2024."),
            ("en", "MOSCOW - A platoon of Ukrainian marines surrendered to Russian forces on the outskirts "
                   "of Avdiivka on May 17, 2024.")):
        evs = warta.extract(text, lang=code, published=date(2024, 6, 1)).events
        assert [(e.type, e.actor, e.target, e.date.start) for e in evs] == [
            ("capture", "RU", "UA", date(2024, 5, 17))], (text, evs)
    text = "MOSCOW - The Ukrainian garrison refused to surrender near Avdiivka on Tuesday."
    assert warta.extract(text, lang="en", published=date(2024, 6, 1)).events == [], text
