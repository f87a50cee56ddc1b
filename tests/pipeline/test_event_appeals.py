"""An appeal cancels what it asks for, past whom it is made to ('called on both sides to keep the fighting
away from villages', 'mendesak kedua pihak untuk menghentikan pertempuran')."""

from datetime import date

import warta


def test_an_appeal_to_both_sides_tells_no_fighting():
    for code, text in (
            ("en", "ERBIL, Aug 22 (AP) - The regional government called on both sides to keep the fighting "
                   "away from villages near Zakho."),
            ("id", "ERBIL - Pemerintah daerah mendesak kedua belah pihak untuk menjauhkan pertempuran dari "
                   "desa-desa di dekat Zakho.")):
        assert warta.extract(text, lang=code, published=date(2025, 8, 22)).events == [], text
