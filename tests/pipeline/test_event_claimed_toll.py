"""What a claim of a told assault says its fighters did is that assault, no killing of its own."""
from datetime import date

import warta

EN = "BAMAKO, June 9 (Reuters) - Gunmen attacked an army post near Menaka on Sunday, killing six soldiers, " \
     "the army said. The Islamic State Sahel Province claimed responsibility in a statement on Monday, " \
     "saying its fighters had killed 20 soldiers."
ID = "Bamako (ANTARA) - Orang-orang bersenjata menyerang pos militer di dekat Menaka pada Minggu dan " \
     "menewaskan enam tentara, kata militer. Kelompok Negara Islam Provinsi Sahel mengaku " \
     "bertanggung jawab dalam pernyataan pada Senin dan menyebut para pejuangnya menewaskan 20 tentara."


def _types(text, lang):
    return [e.type for e in warta.extract(text, lang=lang, published=date(2026, 6, 9)).events]


def test_a_claimed_toll_is_the_told_assault_en():
    assert _types(EN, "en") == ["attack"]


def test_a_claimed_toll_is_the_told_assault_id():
    assert _types(ID, "id") == ["attack"]
