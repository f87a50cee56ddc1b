"""What a "since <date>, when ..." clause tells is the event that began the span, on its first day."""

from datetime import date

import warta


def test_the_event_a_since_date_opens_with_when_is_dated_at_its_start():
    for code, text in (
            ("en", "BAMAKO, Jan 20 (Reuters) - The army has been shelling rebel positions around the town "
                   "since early November, when the rebels overran the garrison in Kidal."),
            ("id", "BAMAKO - Tentara terus menggempur posisi pemberontak di sekitar kota itu sejak awal "
                   "November, ketika para pemberontak merebut garnisun di Kidal.")):
        evs = warta.extract(text, lang=code, published=date(2025, 1, 20)).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("capture", date(2024, 11, 1), date(2024, 11, 1))], (text, evs)
