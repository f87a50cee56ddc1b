"""An assault is placed where it was aimed ("a Hamas attack on Israel", "serangan kelompok Hamas ke
Israel"), even a country, rather than at a finer place named earlier in the sentence for something else."""

from datetime import date

import warta


def test_an_assault_on_a_country_is_placed_in_that_country():
    for code, text, country, day in (
            ("en", "GAZA, May 14 (AP) - Strikes went on Tuesday. The war in Gaza City followed a Hamas "
                   "attack on Israel on Oct. 7, 2023, that killed 1,200 people.", "IL", date(2023, 10, 7)),
            ("en", "KYIV, May 14 (Reuters) - Shelling went on in Kherson on Tuesday. Residents of Kherson "
                   "recall the Russian assault on Ukraine on Feb. 24, 2022.", "UA", date(2022, 2, 24)),
            ("id", "GAZA - Serangan berlanjut pada Selasa. Perang di Kota Gaza dipicu oleh serangan kelompok "
                   "Hamas ke Israel pada 7 Oktober 2023.", "IL", date(2023, 10, 7)),
            ("id", "KYIV - Penembakan berlanjut di Kherson pada Selasa (13/5). Warga Kherson mengenang "
                   "serangan Rusia terhadap Ukraina pada 24 Februari 2022.", "UA", date(2022, 2, 24))):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 14)).events
        (ev,) = [e for e in evs if e.date is not None and e.date.start == day]
        assert ev.place is not None and (ev.place.precision, ev.place.country) == ("country", country), \
            (text, evs)


def test_a_finer_place_after_the_aimed_country_is_still_where_it_happened():
    for code, text in (
            ("en", "KYIV, May 14 (Reuters) - A Russian missile attack on Ukraine's city of Kharkiv on "
                   "Tuesday killed three people."),
            ("id", "KYIV - Serangan rudal Rusia ke Ukraina di kota Kharkiv pada Selasa (13/5) menewaskan "
                   "tiga orang.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 14)).events
        assert [e.place.name for e in evs if e.place is not None] == ["Kharkiv"], (text, evs)


def test_a_finer_place_of_another_country_later_in_the_clause_does_not_take_the_aimed_assault():
    for code, text in (
            ("en", "JENIN, May 14 (AP) - Raids went on Tuesday. Unrest in the territory grew after the "
                   "militants' assault on Israel on Oct. 7, 2023, which began the fighting in Gaza."),
            ("id", "JENIN - Penggerebekan berlanjut pada Selasa. Kerusuhan di wilayah itu meningkat setelah "
                   "serangan kelompok militan ke Israel pada 7 Oktober 2023 memicu perang di Gaza.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 14)).events
        (ev,) = [e for e in evs if e.date is not None and e.date.start == date(2023, 10, 7)]
        assert ev.place is not None and (ev.place.precision, ev.place.country) == ("country", "IL"), \
            (text, evs)
