"""A strike word of many senses ("struck", "menghantam") that ground doers do with no weapon named is an
attack ("The attackers struck Sofara and the nearby village of Kouakourou"), not a strike."""

from datetime import date

import warta


def test_doers_striking_villages_attack_them():
    for code, text in (
            ("en", "Gunmen raided a market in central Mali on Sunday. The attackers struck Sofara and the "
                   "nearby village of Kouakourou shortly after dawn, residents said."),
            ("id", "Orang bersenjata menyerbu sebuah pasar di Mali tengah pada Minggu. Para penyerang "
                   "menghantam Sofara dan desa Kouakourou di dekatnya tak lama setelah fajar, kata warga.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert {e.type for e in evs} == {"attack"} and "Sofara" in {e.place.name for e in evs if e.place}, \
            (text, evs)
