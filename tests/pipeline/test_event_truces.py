"""A truce that names no venue is the story's country's; the violence a truce ends is background."""

from datetime import date

import warta


def test_a_truce_that_names_no_venue_is_in_the_storys_country():
    for code, text in (
            ("en", "KHARTOUM, Jan 20 (Reuters) - The army and the RSF agreed to a 72-hour truce on Sunday, "
                   "mediators said."),
            ("id", "KHARTOUM, Antara - Tentara dan RSF menyepakati gencatan senjata 72 jam pada Minggu, "
                   "kata mediator.")):
        evs = warta.extract(text, lang=code, published=date(2025, 1, 20)).events
        assert [(e.type, e.place.country, e.date.start) for e in evs] == [
            ("negotiation", "SD", date(2025, 1, 19))], (text, evs)


def test_the_fighting_a_truce_ends_is_no_event_of_its_own():
    for code, text in (
            ("en", "BEIRUT, Nov 28 (Reuters) - Israeli strikes hit Tyre on Tuesday.\n"
                   "A ceasefire took effect on Wednesday, ending more than a year of fighting."),
            ("id", "BEIRUT, Antara - Serangan Israel menghantam Tyre pada Selasa.\n"
                   "Gencatan senjata mulai berlaku pada Rabu (27/11), mengakhiri lebih dari setahun "
                   "pertempuran.")):
        evs = warta.extract(text, lang=code, published=date(2024, 11, 28)).events
        assert [(e.type, e.date.start) for e in evs] == [
            ("strike", date(2024, 11, 26)), ("negotiation", date(2024, 11, 27))], (text, evs)
