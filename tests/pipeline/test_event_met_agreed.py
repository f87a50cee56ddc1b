"""Leaders who met and agreed to withdraw troops held talks, at the place they met."""

from datetime import date

import warta


def test_a_meeting_that_agreed_a_withdrawal_is_talks_where_they_met():
    for code, text in (
            ("en", "BISHKEK, Oct 3 (Reuters) - The two presidents met in Astana, Kazakhstan, on Thursday "
                   "on the sidelines of a regional summit and agreed to withdraw troops from the border."),
            ("id", "BISHKEK - Kedua presiden bertemu di Astana, Kazakhstan, pada Kamis (2/10/2025) "
                   "di sela-sela sebuah KTT regional dan sepakat menarik pasukan dari perbatasan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 10, 3)).events
        assert [(e.type, e.place and e.place.name, e.date.start) for e in evs] == [
            ("negotiation", "Astana", date(2025, 10, 2))], (text, evs)
