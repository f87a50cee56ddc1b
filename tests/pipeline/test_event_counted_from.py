"""A trigger before a "since" clause that tells an event of its own on a day ("attacks have killed 100 people
since the ceasefire began on Nov. 27") is a running tally counted from that event: the clause's day dates
no event of the trigger's."""

from datetime import date

import warta


def test_a_tally_since_a_dated_event_is_no_event_of_that_day():
    for code, text, day in (
            ("en", "TYRE, May 14 (Reuters) - Shelling hit Tyre on Tuesday, residents said. The ministry says "
                   "air raids have killed more than 100 people in the south since the ceasefire began on "
                   "Nov. 27.", date(2024, 11, 27)),
            ("en", "KHARTOUM, May 14 (Reuters) - Shelling hit Omdurman on Tuesday. Overall, the paramilitary "
                   "offensive has killed more than 5,000 people in the west since the war began on "
                   "April 15, 2023, the ministry said.", date(2023, 4, 15)),
            ("id", "KYIV - Penembakan menghantam Kharkiv pada Selasa (13/5). Serangan udara Rusia telah "
                   "menewaskan 12.000 warga sipil sejak gencatan senjata lokal berakhir pada 3 Maret 2024.",
             date(2024, 3, 3))):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 14)).events
        assert [e.type for e in evs if e.date is not None and e.date.start == day
                and e.type in ("attack", "strike")] == [], (text, evs)
        assert [(e.type, e.date.start) for e in evs if e.type == "strike"] == [
            ("strike", date(2025, 5, 13))], (text, evs)
