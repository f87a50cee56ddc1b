"""A count told for each of several places ('25 over the Belgorod region and 15 over the Voronezh region')
gives an event at each."""

from datetime import date

import warta


def test_counts_over_two_regions_give_two_events():
    for code, text in (
            ("en", "MOSCOW, Aug 12 (Reuters) - Russian air defences destroyed 40 Ukrainian drones overnight, "
                   "including 25 over the Belgorod region and 15 over the Voronezh region, the defence "
                   "ministry said."),
            ("id", "MOSKOW - Sistem pertahanan udara Rusia menembak jatuh 40 drone Ukraina dalam semalam, "
                   "termasuk 25 di atas wilayah Belgorod dan 15 di atas wilayah Voronezh, kata kementerian "
                   "pertahanan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 8, 12)).events
        assert sorted((e.type, e.place and e.place.name) for e in evs) == [
            ("strike", "Belgorod Oblast"), ("strike", "Voronezh Oblast")], (text, evs)
