"""Where a source told reporters is not where the told event took place ('The attack took place in Tame
municipality, a colonel told reporters in Yopal')."""

from datetime import date

import warta


def test_the_told_event_takes_its_place_not_the_briefings():
    for code, text in (
            ("en", "BOGOTA, June 3 (Reuters) - Rebels attacked an army patrol in the eastern province of "
                   "Arauca on Monday, the army said.\nThe attack took place in a rural area of Tame "
                   "municipality, a colonel told reporters in Yopal."),
            ("id", "BOGOTA - Pemberontak menyerang patroli tentara di provinsi Arauca pada Senin (2/6/2025), "
                   "kata militer.\nSerangan itu terjadi di daerah pedesaan di munisipalitas Tame, kata "
                   "seorang kolonel kepada wartawan di Yopal.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 3)).events
        assert [(e.type, e.place and e.place.name) for e in evs] == [("attack", "Tame")], (text, evs)
