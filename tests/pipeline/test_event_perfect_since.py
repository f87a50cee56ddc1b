"""An attack or strike a perfect tells since a date ("has been besieged since June 2024", "telah
menembakkan 40 roket ... sejak Maret") is one event over that window, apart from the day's incident."""

from datetime import date

import warta

PUBLISHED = date(2025, 5, 14)


def _events(code: str, text: str) -> list[tuple[str, date, date]]:
    evs = warta.extract(text, lang=code, published=PUBLISHED).events
    return sorted((e.type, e.date.start, e.date.end) for e in evs if e.date is not None)


def test_a_siege_told_in_the_perfect_since_a_month_is_an_event_over_the_window():
    for code, text in (
            ("en", "DORI, May 14 (Reuters) - Jihadists attacked an army post near Dori on Tuesday, "
                   "killing 12 soldiers. The town has been besieged by the militants since June 2024, "
                   "residents said."),
            ("id", "DORI - Militan menyerang pos tentara di dekat Dori pada Selasa (13/5), "
                   "menewaskan 12 prajurit. Kota itu telah dikepung oleh militan sejak Juni 2024, "
                   "kata warga.")):
        assert _events(code, text) == [
            ("attack", date(2024, 6, 1), PUBLISHED),
            ("attack", date(2025, 5, 13), date(2025, 5, 13))], text


def test_rockets_fired_in_the_perfect_since_a_month_are_a_strike_over_the_window():
    for code, text in (
            ("en", "GOMA, May 14 (Reuters) - A rocket hit a market in Sake on Tuesday, killing four people. "
                   "Rebel gunners have fired more than 40 rockets at Minova since March, officials said."),
            ("id", "GOMA - Sebuah roket menghantam pasar di Sake pada Selasa (13/5), menewaskan empat orang. "
                   "Pemberontak telah menembakkan lebih dari 40 roket ke kota itu sejak Maret, "
                   "kata pejabat.")):
        assert _events(code, text) == [
            ("strike", date(2025, 3, 1), PUBLISHED),
            ("strike", date(2025, 5, 13), date(2025, 5, 13))], text


def test_attacks_a_place_has_seen_since_a_year_are_no_event():
    for code, text in (
            ("en", "DORI, May 14 (Reuters) - Jihadists attacked an army post near Dori on Tuesday. "
                   "The region has seen repeated attacks since 2022."),
            ("id", "DORI - Militan menyerang pos tentara di dekat Dori pada Selasa (13/5). "
                   "Wilayah itu telah mengalami serangan berulang sejak 2022.")):
        assert _events(code, text) == [("attack", date(2025, 5, 13), date(2025, 5, 13))], text
