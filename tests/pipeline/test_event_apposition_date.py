"""A phrase set off by commas right after a place ("El Geneina, the capital of West Darfur,", "Kadugli,
ibu kota Kordofan Selatan,") is an apposition: the date after it still dates the trigger before it."""

from datetime import date

import warta


def test_a_date_after_an_apposition_to_the_place_dates_the_event():
    for code, text in (
            ("en", "PORT SUDAN, May 12 (Wire) - Paramilitary fighters attacked Babanusa on Saturday. The RSF "
                   "had seized El Geneina, the capital of West Darfur, in June 2023."),
            ("id", "PORT SUDAN - Pasukan paramiliter menyerang Babanusa pada Sabtu (9/5). RSF merebut "
                   "Kadugli, ibu kota Kordofan Selatan, pada Juni 2023.")):
        evs = warta.extract(text, lang=code, published=date(2026, 5, 12)).events
        assert [(e.type, e.date.start.isoformat()) for e in evs] == [
            ("attack", "2026-05-09"), ("capture", "2023-06-01")], (text, evs)
