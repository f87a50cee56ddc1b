"""An undated event right after a dated one at the same named place is of that day."""

from datetime import date

import warta


def test_a_capture_told_right_after_the_dated_attack_there_is_of_its_day():
    for code, text in (
            ("en", "PORT-AU-PRINCE, April 2 (AP) - Gangs attacked the hill town of Kenscoff on Monday, "
                   "police said.\nBy nightfall the gangs had taken control of Kenscoff, an official said."),
            ("id", "PORT-AU-PRINCE - Geng bersenjata menyerang kota Kenscoff pada Senin (31/3), kata "
                   "polisi.\nMenjelang malam geng itu menguasai Kenscoff, kata seorang pejabat setempat.")):
        evs = warta.extract(text, lang=code, published=date(2025, 4, 2)).events
        assert sorted((e.type, e.date.start) for e in evs) == [
            ("attack", date(2025, 3, 31)), ("capture", date(2025, 3, 31))], (text, evs)
