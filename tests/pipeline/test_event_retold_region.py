"""The people of a told attack told again, with a place of their own in its region, are that attack."""

from datetime import date

import warta

PUB = date(2024, 6, 12)


def test_the_victims_told_again_at_a_village_of_the_region_are_the_told_attack():
    for code, text in (
            ("en", "Gunmen attacked two soldiers in Sugapa district, Intan Jaya, on Monday, the army said.\n"
                   "The two soldiers were attacked while guarding a bridge in Bilogai village."),
            ("id", "Kelompok bersenjata menyerang dua prajurit TNI di Distrik Sugapa, Intan Jaya, "
                   "pada Senin, kata militer.\n"
                   "Kedua prajurit diserang saat mengamankan pembangunan jembatan di Kampung Bilogai.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2024, 6, 10))], (text, evs)
        assert len(evs[0].evidence) == 2
