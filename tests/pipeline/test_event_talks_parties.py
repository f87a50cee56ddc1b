"""The parties named before a talks word ("Israel and Hezbollah agreed to a ceasefire", "Israel dan Hizbullah
menyepakati gencatan senjata") are its sides, not its venue: with no venue named the talks are at the story's
main place."""

from datetime import date

import warta


def test_the_parties_of_a_truce_are_not_its_place():
    for code, text in (
            ("en", "TYRE - An Israeli drone struck a car in Tyre on Tuesday, killing two people. Israel and "
                   "Hezbollah agreed to a ceasefire in November 2024."),
            ("id", "TYRE - Drone Israel menghantam sebuah mobil di Tyre pada Selasa dan menewaskan dua "
                   "orang. Israel dan Hizbullah menyepakati gencatan senjata pada November 2024.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 7)).events
        assert [(e.type, e.place.name if e.place else None) for e in evs] == [
            ("strike", "Tyre"), ("negotiation", "Tyre")], (text, evs)
