"""Ground doers who shoot people dead ("gunmen shot dead a teacher") carry out an attack, as when they
kill them ("Bandits killed 14 worshippers"); the dead shot by a side's forces, or shot dead with no doer
named, stay a killing."""

from datetime import date

import warta


def types(text: str, code: str = "en") -> list[str]:
    return [e.type for e in warta.extract(text, lang=code, published=date(2026, 2, 11)).events]


def test_gunmen_shooting_a_teacher_dead_is_an_attack_troops_doing_so_a_killing():
    assert types("MAIDUGURI, Feb 11 - Suspected insurgents shot dead a schoolteacher in the town of Bama on "
                 "Tuesday evening, police said.") == ["attack"]
    assert types("MAIDUGURI, Feb 11 - Soldiers shot dead a schoolteacher in the town of Bama on Tuesday "
                 "evening, residents said.") == ["killing"]
    assert types("MAIDUGURI - Terduga pemberontak menembak mati seorang guru di kota Bama pada Selasa (10/2) "
                 "malam, kata polisi.", "id") == ["attack"]
