"""An assault a named year dates that names its town right after it ("the siege of Jolo in 2019",
"pengepungan kota Jolo pada 2019") is background of that year; a year alone with no town is none."""

from datetime import date

import warta


def test_an_assault_on_a_town_in_a_named_year_is_an_event_of_that_year():
    for code, text in (
            ("en", "MANILA, Oct 8 (Reuters) - Soldiers clashed with gunmen in Sulu province on Tuesday. The "
                   "gunmen had joined the siege of Jolo in 2019, which lasted three weeks."),
            ("id", "MANILA - Tentara bentrok dengan kelompok bersenjata di provinsi Sulu pada Selasa "
                   "(7/10/2025). Kelompok itu ikut dalam pengepungan kota Jolo pada 2019 yang berlangsung "
                   "tiga pekan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 10, 8)).events
        old = [(e.type, e.date.start, e.date.end) for e in evs if e.date.start.year == 2019]
        assert old == [("attack", date(2019, 1, 1), date(2019, 12, 31))], (text, evs)


def test_a_year_with_no_town_dates_no_event():
    for code, text in (
            ("en", "MANILA, Oct 8 (Reuters) - Soldiers clashed with gunmen in Sulu province on Tuesday. The "
                   "group has staged attacks since it split from the movement in 2019."),
            ("id", "MANILA - Tentara bentrok dengan kelompok bersenjata di provinsi Sulu pada Selasa "
                   "(7/10/2025). Kelompok itu melancarkan serangan pada 2019 setelah memisahkan diri.")):
        evs = warta.extract(text, lang=code, published=date(2025, 10, 8)).events
        assert [e.date.start.year for e in evs] == [2025], (text, evs)
