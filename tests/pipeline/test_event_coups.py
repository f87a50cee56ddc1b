"""A seizure of power is an event of its country's own forces, even in a "since" clause with a month."""

from datetime import date

import warta


def test_a_seizure_of_power_with_its_month_is_an_event_after_since():
    for code, text, cc, month in (
            ("en", "NIAMEY, March 3 (Reuters) - Niger has been run by a military council since soldiers "
                   "seized power in July 2023, and aid has dwindled.", "NE", date(2023, 7, 1)),
            ("id", "CONAKRY - Guinea diperintah junta sejak tentara merebut kekuasaan pada September 2021, "
                   "kata para diplomat.", "GN", date(2021, 9, 1))):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 3)).events
        assert [(e.type, e.actor, e.target, e.date.start) for e in evs] == [
            ("other", cc, cc, month)], (text, evs)


def test_a_coup_on_a_day_is_the_countrys_own():
    for code, text in (
            ("en", "BISSAU, Nov 27 (AP) - Army officers seized power in Guinea-Bissau on Wednesday, "
                   "state radio said."),
            ("id", "BISSAU - Sejumlah perwira militer merebut kekuasaan di Guinea-Bissau pada Rabu (26/11), "
                   "kata radio pemerintah.")):
        evs = warta.extract(text, lang=code, published=date(2025, 11, 27)).events
        assert [(e.type, e.actor, e.target, e.date.start) for e in evs] == [
            ("other", "GW", "GW", date(2025, 11, 26))], (text, evs)


def test_a_seizure_of_power_far_from_its_month_is_an_event_after_since():
    for code, text in (
            ("en", "YANGON, May 14 (Reuters) - Some 2 million people have fled their homes in Myanmar since "
                   "the generals seized power from the civilian cabinet led by the prime minister in "
                   "February 2021."),
            ("id", "YANGON - Sekitar 2 juta orang telah meninggalkan rumah mereka di Myanmar sejak para "
                   "jenderal merebut kekuasaan dari kabinet sipil pimpinan perdana menteri terpilih pada "
                   "Februari 2021.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 14)).events
        assert [(e.type, e.actor, e.target, e.date.start) for e in evs if e.type == "other"] == [
            ("other", "MM", "MM", date(2021, 2, 1))], (text, evs)
