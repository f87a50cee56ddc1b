"""Delegates who met to discuss something ("met in Nairobi on Monday to discuss a prisoner exchange",
"bertemu di Nairobi pada Senin untuk membahas") held talks, though no talks word is said."""

from datetime import date

import warta


def test_a_meeting_to_discuss_is_talks_at_its_venue():
    for code, text in (
            ("en", "JUBA, June 4 (Reuters) - Army officers and rebel commanders met in Nairobi on Monday to "
                   "discuss the return of displaced families to Yei."),
            ("id", "JUBA - Perwira militer dan komandan pemberontak bertemu di Nairobi pada Senin (2/6/2025) "
                   "untuk membahas pemulangan keluarga pengungsi ke Yei.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 4)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start) for e in evs] == [
            ("negotiation", "Nairobi", date(2025, 6, 2))], (text, evs)


def test_discussing_with_no_meeting_is_no_event():
    for code, text in (
            ("en", "JUBA, June 4 (Reuters) - Lawmakers in Juba discussed the budget on Monday."),
            ("id", "JUBA - Anggota parlemen di Juba membahas anggaran pada Senin (2/6/2025).")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 4)).events
        assert evs == [], (text, evs)


def test_a_meeting_asked_for_is_no_talks():
    for code, text in (
            ("en", "JUBA, June 4 (Reuters) - The rebels on Monday demanded a meeting of regional leaders to "
                   "discuss the return of displaced families to Yei."),
            ("id", "JUBA - Pemberontak pada Senin (2/6/2025) menuntut pertemuan para pemimpin kawasan untuk "
                   "membahas pemulangan keluarga pengungsi ke Yei.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 4)).events
        assert evs == [], (text, evs)
