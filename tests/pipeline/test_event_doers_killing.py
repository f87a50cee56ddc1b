"""Ground doers who kill with no weapon named ("Armed bandits killed 14 worshippers at a mosque")
raided: an attack, not a bare killing; a side's claim for its own fighters ("said its fighters killed 14
soldiers") stays the killing it reports."""

from datetime import date

import warta


def test_doers_who_kill_attack():
    for code, text in (
            ("en", "NIAMEY - Armed bandits killed 14 worshippers at a mosque near Tillaberi on Friday."),
            ("id", "NIAMEY - Bandit bersenjata menewaskan 14 jemaah di sebuah masjid di dekat Tillaberi pada "
                   "Jumat.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2026, 2, 27))], (text, evs)
    text = "NIAMEY - The militant group said its fighters killed 14 soldiers near Tillaberi on Friday."
    evs = warta.extract(text, lang="en", published=date(2026, 3, 2)).events
    assert [(e.type, e.date.start) for e in evs] == [("killing", date(2026, 2, 27))], (text, evs)
