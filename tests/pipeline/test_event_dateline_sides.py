"""A dateline names where the story was filed and by whom ("Jakarta, CNN Indonesia --", "BEIJING,
March 10 (Xinhua) --"): the country of the filing town or of the outlet is no party of the events."""

from datetime import date

import warta


def test_the_datelines_country_is_no_actor():
    for code, text in (
            ("id", "Jakarta, CNBC Indonesia -- Empat tentara tewas ketika sebuah pos militer di dekat Gao, "
                   "Mali utara, diserang kelompok bersenjata pada Senin (9/3)."),
            ("en", "BEIJING, March 10 (Xinhua) -- Gunmen attacked a military post near Gao in northern "
                   "Mali on Monday, killing four soldiers, officials said.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 10)).events
        assert [(e.type, e.actor, e.target) for e in evs] == [("attack", "ML", "ML")], (text, evs)
