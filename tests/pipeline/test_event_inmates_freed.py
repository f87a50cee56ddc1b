"""Inmates freed from a prison are released prisoners ("freed more than 300 inmates", "membebaskan lebih dari
300 narapidana"): a release beside the raid that freed them."""

from datetime import date

import warta


def test_inmates_freed_in_a_raid_are_a_release():
    for code, text in (
            ("en", "PORT-AU-PRINCE - Gang members stormed the prison in Jacmel on Saturday and freed more "
                   "than 300 inmates, officials said."),
            ("id", "PORT-AU-PRINCE - Anggota geng menyerbu penjara di Jacmel pada Sabtu dan membebaskan "
                   "lebih dari 300 narapidana, kata pejabat.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 7)).events
        assert sorted(e.type for e in evs) == ["attack", "other"], (text, evs)
