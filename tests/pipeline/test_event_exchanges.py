"""Two forces that fire at each other ("traded mortar fire", "saling menembakkan artileri") fought one
clash: an attack, whatever the weapon."""

from datetime import date

import warta


def test_an_exchange_of_heavy_fire_is_an_attack():
    for code, text in (
            ("en", "YEREVAN, Sept 3 (Reuters) - Armenian and Azerbaijani troops traded mortar fire near "
                   "Sotk on Tuesday, the defence ministry said."),
            ("id", "YEREVAN - Pasukan Armenia dan Azerbaijan saling menembakkan artileri di dekat Sotk pada "
                   "Selasa (2/9/2025), kata kementerian pertahanan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 9, 3)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 9, 2))], (text, evs)
