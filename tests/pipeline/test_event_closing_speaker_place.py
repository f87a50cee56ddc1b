"""A closing attribution's place (", the governor told reporters in Damaturu.", ", kata gubernur kepada
wartawan di Damaturu.") is where the source spoke, not where the event it tells happened."""

from datetime import date

import warta


def test_the_place_a_closing_attribution_was_made_is_not_the_event_place():
    for code, text in (
            ("en", "LAGOS, May 5 (Reuters) - Gunmen raided a village in Kano state on Sunday, an official "
                   "told reporters in Damaturu."),
            ("id", "LAGOS - Orang-orang bersenjata menyerbu sebuah desa di negara bagian Kano pada Minggu "
                   "(4/5/2025), kata seorang pejabat kepada wartawan di Damaturu.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 5)).events
        assert [(e.type, e.place.name if e.place else None) for e in evs] == [("attack", "Kano")], (text, evs)
