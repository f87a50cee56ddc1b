"""A toll whose report opens the next paragraph is the last violent event's, though talks came after it."""

from datetime import date

import warta


def test_a_reported_toll_after_an_attack_and_talks_is_no_killing_of_its_own():
    for code, text in (
            ("en", "GOMA, July 4 (Reuters) - Rebels attacked an army camp near Rutshuru on Thursday, and "
                   "the two sides agreed to hold talks in Goma on Friday.\nThe provincial health office said "
                   "nine people were killed and 20 wounded."),
            ("id", "GOMA - Pemberontak menyerang kamp tentara di dekat Rutshuru pada Kamis (3/7/2025), dan "
                   "kedua pihak sepakat menggelar perundingan di Goma pada Jumat (4/7/2025).\n"
                   "Dinas kesehatan provinsi menyatakan sembilan orang tewas dan 20 lainnya terluka.")):
        evs = warta.extract(text, lang=code, published=date(2025, 7, 4)).events
        assert sorted(e.type for e in evs) == ["attack", "negotiation"], (text, evs)
