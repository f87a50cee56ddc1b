"""Words that name a conflict event only with an explicit past date of their own ("descended into war in
January 1991", "an accord reached in 2012", "perang pada Januari 1991", "kesepakatan yang dicapai pada 2012")
make the background event of that date; undated, or after "since" with no place of their own, they are none.
A capture of a country-wide place in a written year is that year's event ("seized much of southern Somalia in
2008", "merebut sebagian besar Somalia selatan pada 2008")."""

from datetime import date

import warta

PUBLISHED = date(2026, 5, 4)
LEADS = {
    "en": "MOGADISHU, May 4 (Reuters) - Militants attacked an army base near Jowhar on Sunday, killing four "
          "soldiers. ",
    "id": "MOGADISHU - Militan menyerang pangkalan militer di dekat Jowhar pada Minggu (3/5/2026), "
          "menewaskan empat tentara. ",
}


def background(code: str, rest: str) -> list[tuple[str, date, date]]:
    evs = warta.extract(LEADS[code] + rest, lang=code, published=PUBLISHED).events
    return sorted((e.type, e.date.start, e.date.end) for e in evs if e.date.start.year < 2026)


def test_a_war_and_an_accord_with_dates_of_their_own_are_events_undated_or_counted_from_none():
    for code, rest in (
            ("en", "The country descended into war in January 1991. A power-sharing accord reached in 2012 "
                   "created the federal government. The war has displaced two million people, and the "
                   "accord remains fragile. Some 900 people have died since the conflict flared again in "
                   "June 2025."),
            ("id", "Negara itu terjerumus ke dalam perang pada Januari 1991. Kesepakatan pembagian kekuasaan "
                   "yang dicapai pada 2012 membentuk pemerintahan federal. Perang itu membuat dua juta "
                   "orang mengungsi, dan kesepakatan itu masih rapuh. Sekitar 900 orang tewas sejak konflik "
                   "kembali berkobar pada Juni 2025.")):
        assert background(code, rest) == [("attack", date(1991, 1, 1), date(1991, 1, 31)),
                                           ("negotiation", date(2012, 1, 1), date(2012, 12, 31))], rest


def test_a_country_wide_capture_in_a_written_year_is_an_event():
    for code, rest in (
            ("en", "Al Shabaab seized much of southern Somalia in 2008 before African Union troops pushed it "
                   "out of the capital."),
            ("id", "Al Shabaab merebut sebagian besar Somalia selatan pada 2008 sebelum pasukan Uni Afrika "
                   "mengusirnya dari ibu kota.")):
        assert background(code, rest) == [("capture", date(2008, 1, 1), date(2008, 12, 31))], rest


def test_after_since_a_dated_word_counting_nothing_is_the_event_unless_a_when_clause_tells_it():
    for code, rest in (
            ("en", "Two clans in the area have feuded since a land dispute turned into open conflict in "
                   "March 2024. Attacks grew after an uprising in the valley in August 2025, when gunmen "
                   "torched a market near Dadaab."),
            ("id", "Dua klan di daerah itu berseteru sejak sengketa lahan berubah menjadi konflik terbuka "
                   "pada Maret 2024. Serangan meningkat setelah pemberontakan di lembah itu pada Agustus "
                   "2025, ketika orang bersenjata membakar pasar di dekat Dadaab.")):
        assert background(code, rest) == [("attack", date(2024, 3, 1), date(2024, 3, 31)),
                                           ("destruction", date(2025, 8, 1), date(2025, 8, 31))], rest
