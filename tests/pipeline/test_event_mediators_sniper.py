"""Mediators and elders from a place ("brokered by tribal elders from Marib and Shabwa", "dimediasi oleh para
tetua dari Marib") are no side and their towns no place of the truce; sniper fire ("wounded by sniper fire",
"akibat tembakan penembak jitu") is an attack."""

from datetime import date

import warta


def test_mediators_towns_are_no_place_of_the_truce():
    for code, text in (
            ("id", "ADEN - Gencatan senjata yang dimediasi oleh para tetua dari Marib dan Shabwa mulai "
                   "berlaku di Aden pada Selasa sore."),
            ("en", "ADEN - A truce brokered by tribal elders from Marib and Shabwa took effect in Aden on "
                   "Tuesday evening.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None) for e in evs] == [("negotiation", "Aden")], \
            (text, evs)


def test_sniper_fire_is_an_attack():
    for code, text in (
            ("id", "GAZA - Seorang tentara Israel terluka akibat tembakan penembak jitu di Khan Younis pada "
                   "Kamis (26/2)."),
            ("en", "GAZA - An Israeli soldier was wounded by sniper fire in Khan Younis on Thursday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2026, 2, 26))], (text, evs)
