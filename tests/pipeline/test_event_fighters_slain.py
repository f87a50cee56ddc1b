"""Troops who kill armed men fought them: an attack (a clash), not a killing of people who could not fight
back; deaths the sentence puts in an assault of its own stay that assault's toll."""
from datetime import date

import warta


def _types(text, lang):
    return [e.type for e in warta.extract(text, lang=lang, published=date(2026, 3, 12)).events]


def test_troops_killing_insurgents_is_an_attack_en():
    assert _types("MAPUTO, March 12 (Reuters) - Mozambican troops killed 15 insurgents near Mueda on "
                  "Tuesday, "
                  "the defence ministry said.", "en") == ["attack"]
    assert _types("MAPUTO, March 12 (Reuters) - Insurgents killed 15 villagers near Mueda on Tuesday, "
                  "the defence ministry said.", "en") == ["attack"]


def test_troops_killing_insurgents_is_an_attack_id():
    assert _types("Maputo (ANTARA) - Tentara Mozambik menewaskan 15 pemberontak di dekat Mueda pada Selasa, "
                  "kata kementerian pertahanan.", "id") == ["attack"]
