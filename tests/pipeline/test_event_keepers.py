"""A side in a clause that describes the victims ("hostages held by Hamas", "sandera yang
ditahan Hamas") says who holds them, not who acts in the event."""

import warta


def _events(text, code):
    return warta.extract(text, lang=code, published="2025-01-27").events


def test_the_holder_of_the_people_freed_is_not_the_raids_actor():
    for code, text in (
            ("en", "Special forces raided two houses in Rafah on Saturday and freed three hostages held "
                   "by Hamas."),
            ("id", "Pasukan khusus menggerebek dua rumah di Rafah pada hari Sabtu dan membebaskan tiga "
                   "sandera yang ditahan oleh Hamas."),
            ("id", "Pasukan khusus menggerebek dua rumah di Rafah pada hari Sabtu untuk membebaskan tiga "
                   "sandera yang ditahan Hamas.")):
        found = _events(text, code)
        assert found and all(ev.actor != "PS" for ev in found), (code, found)


def test_an_operation_to_free_people_held_by_a_side_is_not_that_sides():
    for code, text in (
            ("en", "A military operation to free three hostages held by Hamas in Rafah killed 50 people "
                   "on Saturday."),
            ("id", "Operasi militer untuk membebaskan tiga sandera yang ditahan Hamas di Rafah menewaskan "
                   "50 orang pada hari Sabtu.")):
        found = _events(text, code)
        assert found and all(ev.actor != "PS" for ev in found), (code, found)


def test_the_side_that_acts_is_still_read_around_the_clause():
    for code, text in (
            ("en", "Israeli special forces raided two houses in Rafah on Saturday and freed three hostages "
                   "held by Hamas."),
            ("id", "Pasukan khusus Israel menggerebek dua rumah di Rafah pada hari Sabtu dan membebaskan "
                   "tiga sandera yang ditahan Hamas.")):
        found = _events(text, code)
        assert found and {ev.actor for ev in found} == {"IL"}, (code, found)
    for code, text in (
            ("en", "Three hostages were killed by Hamas in Rafah on Saturday."),
            ("id", "Tiga sandera dibunuh oleh Hamas di Rafah pada hari Sabtu.")):
        (ev,) = _events(text, code)
        assert ev.actor == "PS", (code, ev)


def test_people_captured_by_a_side_are_no_capture_of_the_place():
    for code, text in (
            ("en", "Ukraine said on Sunday that 40 soldiers captured by Russia in Kursk had been shot."),
            ("id", "Ukraina mengatakan pada hari Minggu bahwa 40 tentara yang ditangkap oleh Rusia di Kursk "
                   "telah ditembak.")):
        assert all(ev.type != "capture" for ev in _events(text, code)), code
