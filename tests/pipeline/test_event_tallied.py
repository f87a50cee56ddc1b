"""A toll counted up to a date ('recovered by Wednesday evening', 'hingga Rabu malam') is the told event's."""

from datetime import date

import warta


def test_houses_burned_by_a_date_are_the_told_raid():
    for code, text in (
            ("en", "BENI, Congo, May 8 (AP) - Rebels raided the village of Eringeti on Monday night, killing "
                   "at least 20 people, officials said.\nA local leader said 22 bodies had been recovered by "
                   "Wednesday evening and that a dozen houses had been burned."),
            ("id", "BENI - Pemberontak menyerbu desa Eringeti pada Senin (5/5/2025) malam dan menewaskan "
                   "sedikitnya 20 orang, kata pejabat.\nSeorang tokoh setempat mengatakan belasan rumah "
                   "telah dibakar hingga Rabu (7/5/2025) malam.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 8)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 5, 5))], (text, evs)
