"""An assault an adjunct names 'in the town' / 'di kota itu' is the told event, and deaths in it its toll."""

from datetime import date

import warta


def test_deaths_in_clashes_in_the_town_are_the_told_capture():
    for code, text in (
            ("en", "KHARTOUM, June 3 (Reuters) - RSF fighters seized the town of Bara on Sunday, the army "
                   "said.\n"
                   "Five people were killed in clashes in the town, a doctor said."),
            ("id", "KHARTOUM - Pasukan RSF merebut kota Bara pada Minggu (1/6/2025), kata militer.\n"
                   "Lima orang tewas dalam baku tembak di kota itu, kata seorang dokter.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 3)).events
        assert [(e.type, e.date.start) for e in evs] == [("capture", date(2025, 6, 1))], (text, evs)


def test_attacks_by_a_side_that_another_repelled_are_that_sides():
    for code, text in (
            ("en", "KYIV, Oct 7 (Reuters) - Ukrainian troops repelled 14 attacks by Russian units near Lyman "
                   "on Monday, the general staff said."),
            ("id", "KYIV - Pasukan Ukraina menangkis 14 serangan oleh unit-unit Rusia di dekat Lyman "
                   "pada Senin (6/10/2025), kata staf umum.")):
        evs = warta.extract(text, lang=code, published=date(2025, 10, 7)).events
        assert [(e.type, e.actor, e.target) for e in evs] == [("attack", "RU", "UA")], (text, evs)
