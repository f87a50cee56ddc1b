"""Hostage-taking is a kidnapping ("took hostage", "hostage-taking", "menyandera"): an attack on the people
taken; and a place after "asal" is where people come from, no event's place."""

from datetime import date

import warta


def test_hostage_taking_is_a_kidnapping_at_its_place():
    for code, text in (
            ("id", "JAYAPURA - Dua guru asal Sulawesi Selatan disandera kelompok bersenjata di Distrik Beoga "
                   "pada Minggu (1/3/2026)."),
            ("en", "JAYAPURA - Rebels took hostage two teachers from South Sulawesi in Beoga district on "
                   "Sunday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None) for e in evs] == [("attack", "Beoga")], \
            (text, evs)
