"""Deaths a report dates in the sentence of a dated clash are that clash's toll, no killing beside it."""

from datetime import date

import warta


def test_deaths_dated_by_the_report_are_the_clash_told_in_their_sentence():
    for code, text in (
            ("en", "MANILA, May 7 (Reuters) - Troops clashed with rebels near Catarman on Sunday, leaving "
                   "three rebels and a soldier dead, the army said on Monday."),
            ("id", "MANILA - Tentara bentrok dengan pemberontak di dekat Catarman pada Minggu (4/5/2025), "
                   "menyebabkan tiga pemberontak dan seorang prajurit tewas, kata militer pada Senin.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 7)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 5, 4))], (text, evs)
