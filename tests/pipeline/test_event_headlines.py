"""A headline's event dated only by the breaking-news window is the body's event, whatever its date."""

from datetime import date

import warta

BODY_EN = ("NIAMEY, May 9 (Reuters) - Gunmen attacked an army post near Tera in western Niger on Tuesday, "
           "killing 14 soldiers, the defence ministry said.")


def test_a_headline_toll_joins_the_body_event_days_before_publication():
    for code, text in (
            ("en", "Fourteen soldiers killed near Tera in western Niger\n" + BODY_EN),
            ("en", "Gunmen attack army post in Niger's Tillaberi, 14 soldiers killed\n" + BODY_EN),
            ("id", "Pria Bersenjata Serang Pos Militer di Niger, 14 Tentara Tewas\n"
                   "NIAMEY - Sekelompok pria bersenjata menyerang sebuah pos militer di dekat Tera, Niger "
                   "barat, pada Selasa (6/5/2025), menewaskan 14 tentara, kata kementerian pertahanan.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 9)).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("attack", date(2025, 5, 6), date(2025, 5, 6))], (text, evs)


def test_a_headline_toll_joins_the_told_capture_past_talks_of_its_day():
    for code, text in (
            ("en", "Rebels seize Kalehe, five killed\n"
                   "BUKAVU, Oct 9 (Reuters) - M23 rebels seized the town of Kalehe on Monday, officials "
                   "said.\n"
                   "The governor flew to Kinshasa on Wednesday for talks with the government."),
            ("id", "Pemberontak Rebut Kalehe, Lima Orang Tewas\n"
                   "BUKAVU - Pemberontak M23 merebut kota Kalehe pada Senin (6/10/2025), kata pejabat "
                   "setempat.\n"
                   "Gubernur terbang ke Kinshasa pada Rabu (8/10/2025) untuk berunding dengan pemerintah.")):
        evs = warta.extract(text, lang=code, published=date(2025, 10, 9)).events
        assert sorted(e.type for e in evs) == ["capture", "negotiation"], (text, evs)
