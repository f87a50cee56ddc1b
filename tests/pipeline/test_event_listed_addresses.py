"""A coarser unit a listed place lies in ("Bama district of Borno state", "distrik Bama, Borno,") is its
address, no item of the list: the place after it ("and at a bus station in Damaturu", "dan di terminal
bus kota Damaturu") is an event's place of its own."""

from datetime import date

import warta


def test_a_place_listed_after_an_address_is_an_event_of_its_own():
    for code, text in (
            ("en", "ABUJA, May 3 (Reuters) - Two bombs exploded in Bama district of Borno state and at a bus "
                   "station in Damaturu on Friday, police said."),
            ("id", "ABUJA - Dua bom meledak di distrik Bama, Borno, dan di terminal bus kota Damaturu pada "
                   "Jumat (2/5/2025), kata polisi.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 3)).events
        assert sorted(e.place.name for e in evs if e.place) == ["Bama", "Damaturu"], (text, evs)
