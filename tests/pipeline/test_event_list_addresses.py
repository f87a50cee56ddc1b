"""A list of villages each with its own region ("Robotyne in the Zaporizhzhia region and Pisky in the Donetsk
region", "Robotyne di wilayah Zaporizhzhia dan Pisky di wilayah Donetsk") is a list of events, one at each
village; the regions are addresses, no items of it."""

from datetime import date

import warta


def test_villages_listed_with_their_regions_are_each_an_event():
    for code, text in (
            ("id", "MOSKOW - Rusia mengklaim pasukannya merebut Robotyne di wilayah Zaporizhzhia dan Pisky "
                   "di wilayah Donetsk, kata Kementerian Pertahanan Rusia pada hari Kamis."),
            ("en", "MOSCOW - Russia claimed its troops had seized Robotyne in the Zaporizhzhia region and "
                   "Pisky in the Donetsk region, the defence ministry said on Thursday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.place.name if e.place else None) for e in evs] == [
            ("capture", "Robotyne"), ("capture", "Pisky")], (text, evs)


def test_a_village_with_its_own_address_after_the_joiner_is_listed_whatever_its_level():
    # the geocoder may put the second village at its region's level; its own address still makes it an item
    for code, text in (
            ("id", "MOSKOW - Rusia mengklaim pasukannya merebut Kupiansk di wilayah Kharkiv dan Pisky di "
                   "Republik Rakyat Donetsk, kata juru bicara militer Rusia pada Kamis."),
            ("id", "MOSKOW - Rusia mengklaim pasukannya merebut Avdiivka di wilayah Donetsk dan Synkivka di "
                   "wilayah Kharkiv, kata Kementerian Pertahanan Rusia pada hari Kamis.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [e.type for e in evs] == ["capture", "capture"], (text, evs)
