"""Forces that fought each other or with heavy arms ("fought each other", "fought with heavy machine
guns", "bertempur") clashed: an attack where they fought."""

from datetime import date

import warta


def test_forces_that_fought_clashed():
    for code, text in (
            ("en", "BAMAKO, Feb 6 (Reuters) - Two rival armed groups fought each other near Gao on "
                   "Wednesday, residents said."),
            ("en", "BAMAKO, Feb 6 (Reuters) - Rebels and soldiers fought with heavy machine guns near Gao "
                   "on Wednesday, residents said."),
            ("id", "BAMAKO - Dua kelompok bersenjata yang bersaing bertempur di dekat Gao pada Rabu "
                   "(5/2/2025), kata warga.")):
        evs = warta.extract(text, lang=code, published=date(2025, 2, 6)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 2, 5))], (text, evs)


def test_a_commander_who_once_fought_is_no_clash():
    for code, text in (
            ("en", "BAMAKO, Feb 6 (Reuters) - The colonel, who fought against the rebels in 2012, was "
                   "named governor on Wednesday."),
            ("id", "BAMAKO - Kolonel itu, yang pernah bertempur melawan pemberontak pada 2012, diangkat "
                   "menjadi gubernur pada Rabu (5/2/2025).")):
        evs = warta.extract(text, lang=code, published=date(2025, 2, 6)).events
        assert evs == [], (text, evs)
