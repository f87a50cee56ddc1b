"""An undated sentence goes on with the event told before it, not with the day its report was given."""
from datetime import date

import warta

EN = "KHARTOUM, May 10 (Reuters) - A drone strike on a fuel depot in Kosti killed three workers on Friday, " \
     "the army said on Saturday. A second strike hit a market in Sennar, killing two traders."
ID = "Khartoum (ANTARA) - Serangan drone terhadap depot bahan bakar di Kosti menewaskan tiga pekerja pada " \
     "Jumat, kata militer pada Sabtu. Serangan kedua menghantam pasar di Sennar dan menewaskan dua pedagang."


def _days(text, lang):
    res = warta.extract(text, lang=lang, published=date(2026, 5, 10))
    return {e.place.name: e.date.start for e in res.events if e.place is not None}


def test_a_report_day_does_not_date_the_next_sentence_en():
    assert _days(EN, "en") == {"Kosti": date(2026, 5, 8), "Sennar": date(2026, 5, 8)}


def test_a_report_day_does_not_date_the_next_sentence_id():
    assert _days(ID, "id") == {"Kosti": date(2026, 5, 8), "Sennar": date(2026, 5, 8)}
