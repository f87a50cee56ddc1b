"""An assault told as habitual by words after it ("clashes still occur almost daily", "bentrokan masih kerap
terjadi", "melancarkan serangan hampir setiap hari") is the pattern of the place, no event of its own."""
from datetime import date

import warta

PUB = date(2026, 10, 14)
LEADS = {"en": "Gunmen ambushed a police patrol near Kenge on Monday, killing three officers.\n",
         "id": "Orang bersenjata menyergap patroli polisi di dekat Kenge pada Senin, menewaskan tiga "
               "polisi.\n"}


def _count(lang, rest):
    return len(warta.extract(LEADS[lang] + rest, lang=lang, published=PUB).events)


def test_a_habitual_assault_is_no_event_en():
    assert _count("en", "Rebels in the hills west of Bunia launch raids almost daily.") == 1


def test_a_habitual_assault_is_no_event_id():
    assert _count("id", "Bentrokan kecil masih kerap terjadi di perbukitan sebelah barat Bunia.") == 1
