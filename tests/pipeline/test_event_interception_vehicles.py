"""Air defence destroying unmanned aerial vehicles ("kendaraan udara tak berawak", "unmanned aerial vehicles")
stops a strike: the strike is the event, the destroyed vehicles no destruction of their own."""

from datetime import date

import warta


def test_unmanned_aerial_vehicles_destroyed_by_air_defence_are_the_strike():
    for code, text in (
            ("id", "BRYANSK - Gubernur Bryansk mengatakan unit-unit penangkis serangan udara menghancurkan "
                   "64 kendaraan udara tak berawak Ukraina di atas wilayahnya pada Selasa malam."),
            ("en", "BRYANSK, Oct 8 (Wire) - The Bryansk governor said anti-aircraft units destroyed 64 "
                   "Ukrainian unmanned aerial vehicles above his region late on Tuesday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 10, 8)).events
        assert [e.type for e in evs] == ["strike"], (text, evs)
