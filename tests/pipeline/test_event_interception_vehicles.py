"""Air defence destroying unmanned aerial vehicles ("kendaraan udara tak berawak", "unmanned aerial vehicles")
stops a strike: the strike is the event, the destroyed vehicles no destruction of their own."""

from datetime import date

import warta


def test_unmanned_aerial_vehicles_destroyed_by_air_defence_are_the_strike():
    for code, text in (
            ("id", "MOSKOW - Sistem pertahanan udara Rusia telah mencegat dan menghancurkan 64 kendaraan "
                   "udara tak berawak tipe pesawat milik Ukraina selama malam di atas wilayah Bryansk, "
                   "kata Kementerian Pertahanan Rusia."),
            ("en", "MOSCOW, Oct 8 (Wire) - Russian air defences intercepted and destroyed 64 Ukrainian "
                   "unmanned aerial vehicles overnight over the Bryansk region, the Defence Ministry said.")):
        evs = warta.extract(text, lang=code, published=date(2026, 10, 8)).events
        assert [e.type for e in evs] == ["strike"], (text, evs)
