"""Talks or a truce told beside violence in one sentence are an event of their own, with no sides."""

from datetime import date

import warta


def test_talks_broken_off_after_an_attack_are_an_event_beside_it():
    for code, text in (
            ("en", "BAMAKO, Feb 4 (Reuters) - Mali's government broke off talks with Tuareg rebels on Monday "
                   "after the rebels attacked an army camp in Kidal on Sunday, officials said."),
            ("id", "BAMAKO - Pemerintah Mali menangguhkan perundingan dengan pemberontak Tuareg pada Senin "
                   "(3/2) setelah pemberontak menyerang kamp militer di Kidal pada Minggu (2/2).")):
        evs = warta.extract(text, lang=code, published=date(2025, 2, 4)).events
        got = sorted((e.type, e.actor, e.target, e.date.start) for e in evs)
        assert got == [("attack", "ML", "ML", date(2025, 2, 2)),
                       ("negotiation", None, None, date(2025, 2, 3))], (text, evs)


def test_a_truce_announced_before_troops_entered_is_an_event_too():
    for code, text in (
            ("en", "DAMASCUS, March 7 - Government troops entered the city of Daraa on Thursday after the "
                   "defence ministry announced a ceasefire with local tribal leaders."),
            ("id", "DAMASKUS - Pasukan pemerintah memasuki kota Daraa pada Kamis (6/3) setelah kementerian "
                   "pertahanan mengumumkan gencatan senjata dengan para pemimpin suku setempat.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 7)).events
        assert sorted(e.type for e in evs) == ["advance", "negotiation"], (text, evs)


def test_a_ceasefire_a_condition_asks_for_is_no_talks():
    for code, text in (
            ("en", "LAGOS, May 2 - Nigeria said on Friday it would pull its troops out of the mission unless "
                   "the government agreed to a ceasefire with the rebels."),
            ("id", "LAGOS - Nigeria pada Jumat menyatakan akan menarik pasukannya dari misi itu kecuali jika "
                   "pemerintah menyetujui gencatan senjata dengan pemberontak.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 2)).events
        assert all(e.type != "negotiation" for e in evs), (text, evs)
