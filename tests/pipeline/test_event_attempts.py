"""A capture tried or failed is an attack on the place ('tried to seize Bangui', 'gagal merebut Bouar')."""

from datetime import date

import warta


def test_a_failed_capture_is_an_attack_and_a_try_at_weapons_none():
    for code, text in (
            ("en", "BANGUI, June 12 (Reuters) - Rebels failed to capture the town of Bouar on Monday, the "
                   "army said. Another group joined a coalition that tried to seize Bangui in January 2021."),
            ("id", "BANGUI - Pemberontak gagal merebut kota Bouar pada Senin (9/6/2025), kata militer. "
                   "Kelompok lain bergabung dengan koalisi yang mencoba merebut Bangui pada Januari 2021.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 12)).events
        assert sorted((e.type, e.place and e.place.name, e.date.start) for e in evs) == [
            ("attack", "Bangui", date(2021, 1, 1)), ("attack", "Bouar", date(2025, 6, 9))], (text, evs)
    for code, text in (
            ("en", "BANGUI, June 12 (Reuters) - Rebels tried to seize weapons at a depot in Bouar."),
            ("id", "BANGUI - Pemberontak mencoba merampas senjata di gudang di Bouar.")):
        assert warta.extract(text, lang=code, published=date(2025, 6, 12)).events == [], text
