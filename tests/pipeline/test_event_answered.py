"""After an assault the article told, a state's forces who then fight or kill its doers answer it: an event of
its own, never merged with the assault, even at the same place and day; not what they were sent to do."""
from datetime import date

import warta

PUB = date(2026, 4, 21)
EN = "Gunmen stormed a police post in Kenge on Sunday, killing two officers, the governor said.\n" \
     "Troops later killed six gunmen in a firefight near Kenge on Sunday, the army said."
ID = "Orang bersenjata menyerbu sebuah pos polisi di Kenge pada Minggu (19/4), menewaskan dua polisi.\n" \
     "Tentara kemudian menewaskan enam orang bersenjata dalam baku tembak di dekat Kenge pada Minggu."
SENT_EN = "Gunmen stormed a police post in Kenge on Sunday, killing two officers, the governor said.\n" \
          "Troops were sent to Kenge in order to pursue the gunmen on Sunday."
SENT_ID = "Orang bersenjata menyerbu sebuah pos polisi di Kenge pada Minggu (19/4), menewaskan dua " \
          "polisi.\nTentara dikerahkan ke Kenge untuk mengejar para pelaku pada Minggu."


def _attacks(text, lang):
    return sum(e.type == "attack" for e in warta.extract(text, lang=lang, published=PUB).events)


def test_forces_who_kill_the_doers_answer_the_assault_en():
    assert _attacks(EN, "en") == 2
    assert _attacks(SENT_EN, "en") == 1


def test_forces_who_kill_the_doers_answer_the_assault_id():
    assert _attacks(ID, "id") == 2
    assert _attacks(SENT_ID, "id") == 1
