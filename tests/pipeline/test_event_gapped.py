"""One verb's gapped clauses ("took A in October and B in January") give an event at each place,
each with its own date."""

from datetime import date

import warta


def test_each_gapped_clause_is_an_event_at_its_own_place_and_month():
    for code, text in (
            ("en", "KYIV, Feb 20 (Reuters) - Russian troops captured Vuhledar in October and Kurakhove in "
                   "January, Ukraine's general staff said."),
            ("id", "KYIV - Pasukan Rusia merebut Vuhledar pada Oktober dan Kurakhove pada Januari, kata staf "
                   "umum Ukraina.")):
        evs = warta.extract(text, lang=code, published=date(2025, 2, 20)).events
        got = sorted((e.date.start, e.type, e.place.name) for e in evs)
        assert [(d, t) for d, t, _ in got] == [(date(2024, 10, 1), "capture"), (date(2025, 1, 1), "capture")]
        assert len({p for _, _, p in got}) == 2, (text, evs)
