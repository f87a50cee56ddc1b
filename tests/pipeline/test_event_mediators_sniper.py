"""Mediators and negotiators from a place ("facilitated by negotiators from Muscat and Doha", "difasilitasi
juru runding dari Muscat dan Doha") are no side and their towns no place of the talks; sniper fire ("Sniper
fire killed a policeman", "Tembakan penembak jitu menewaskan") is an attack, not a bare killing."""

from datetime import date

import warta


def test_mediators_towns_are_no_place_of_the_talks():
    for code, text in (
            ("id", "ADEN - Perundingan yang difasilitasi juru runding dari Muscat dan Doha digelar di Aden "
                   "pada Senin."),
            ("en", "ADEN - Talks facilitated by negotiators from Muscat and Doha were held in Aden on "
                   "Monday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 7)).events
        assert [(e.type, e.place.name if e.place else None, e.target) for e in evs] == [
            ("negotiation", "Aden", None)], (text, evs)


def test_sniper_fire_is_an_attack():
    for code, text in (
            ("id", "KIDAL - Tembakan penembak jitu menewaskan seorang polisi di Kidal pada Kamis (5/3)."),
            ("en", "KIDAL - Sniper fire killed a policeman in Kidal on Thursday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 7)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2026, 3, 5))], (text, evs)
