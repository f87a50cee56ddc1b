"""What a told event answers ("were retaliation for an ambush ... on Sept. 10", "membalas penyergapan ...
pada 10 September") is an earlier event of its own when its own day, before the told one, dates it; the
told event named again ("the strikes", "serangan itu") gives no second one."""

from datetime import date

import warta


def test_an_earlier_dated_event_a_strike_answers_is_an_event_of_its_own():
    for code, text in (
            ("en", "BAKU, Sept 13 (Reuters) - Azerbaijani drones struck positions near Lachin on Friday. "
                   "Baku said the strikes were retaliation for an ambush on a convoy near Tartar on "
                   "Sept. 10."),
            ("id", "BAKU - Drone Azerbaijan menghantam posisi di dekat Lachin pada Jumat (12/9/2025). Baku "
                   "menyatakan serangan itu membalas penyergapan terhadap konvoi di dekat Tartar pada 10 "
                   "September.")):
        evs = warta.extract(text, lang=code, published=date(2025, 9, 13)).events
        assert sorted((e.type, e.date.start) for e in evs) == [
            ("attack", date(2025, 9, 10)), ("strike", date(2025, 9, 12))], (text, evs)
