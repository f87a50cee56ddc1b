"""A strike word of many senses ("struck", "menghantam") that ground doers do with no weapon named is an
attack ("the raiders struck Sofara shortly before dawn"), not a strike."""

from datetime import date

import warta


def test_doers_striking_villages_attack_them():
    for code, text in (
            ("en", "Gunmen raided a market in central Mali on Sunday. Residents said the raiders struck "
                   "Sofara shortly before dawn."),
            ("id", "Orang bersenjata menyerbu sebuah pasar di Mali tengah pada Minggu. Warga mengatakan para "
                   "penyerang menghantam Sofara menjelang fajar.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [e.type for e in evs] == ["attack"], (text, evs)
