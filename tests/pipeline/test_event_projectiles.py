"""Projectiles are fired from afar: what they do is a strike, as with shells, rockets and mortars."""
from datetime import date

import warta


def _types(text, lang):
    return [e.type for e in warta.extract(text, lang=lang, published=date(2026, 3, 12)).events]


def test_projectiles_that_kill_are_a_strike_en():
    assert _types("In June 2024, projectiles fired at Kidal killed two civilians and wounded four, "
                  "officials said.", "en") == ["strike"]


def test_projectiles_that_kill_are_a_strike_id():
    assert _types("Pada Juni 2024, proyektil yang ditembakkan ke kota Kidal menewaskan dua warga sipil, "
                  "kata pejabat.", "id") == ["strike"]
