""""Tanpa awak" in a drone's name cancels nothing; a plain negation still does."""

from datetime import date

import warta


def test_an_unmanned_aircraft_strike_is_an_event():
    for code, text in (
            ("id", "GOMA - Pesawat tanpa awak tentara Kongo menyerang posisi pemberontak di dekat Sake pada "
                   "Rabu (19/3), kata juru bicara militer."),
            ("id", "KYIV - Pesawat tak berawak Rusia menghantam gudang di Kharkiv pada Rabu (19/3)."),
            ("en", "GOMA, March 21 - Unmanned Congolese army aircraft struck rebel positions near Sake on "
                   "Wednesday, a military spokesman said.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 21)).events
        assert [(e.type, e.date.start) for e in evs] == [("strike", date(2025, 3, 19))], (text, evs)


def test_a_strike_denied_is_still_none():
    text = "KYIV - Rusia tidak menyerang Kharkiv pada Rabu (19/3), kata kementerian."
    assert warta.extract(text, lang="id", published=date(2025, 3, 21)).events == []
