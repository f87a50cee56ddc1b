"""A span written from one year or month to another ("a civil war in 1989-2003", "from March 1996 to June
1998", "perang saudara pada 1989-2003", "dari Maret 1996 hingga Juni 1998") dates the war, conflict or clashes
tied to it: the background event of that span, an attack (also when the clause counts its dead). A span that
runs to the story ("since 2019") dates none."""

from datetime import date

import warta

PUBLISHED = date(2026, 9, 9)
LEADS = {
    "en": "MONROVIA, Sept 9 (AP) - Gunmen attacked a police station in Ganta on Tuesday, wounding two "
          "officers. ",
    "id": "MONROVIA - Orang-orang bersenjata menyerang kantor polisi di Ganta pada Selasa (8/9/2026), "
          "melukai dua polisi. ",
}


def background(code: str, rest: str) -> list[tuple[str, date, date]]:
    evs = warta.extract(LEADS[code] + rest, lang=code, published=PUBLISHED).events
    return sorted((e.type, e.date.start, e.date.end) for e in evs if e.date.start.year < 2026)


def test_a_war_over_a_span_of_written_years_is_an_attack_of_that_span():
    for code, rest in (
            ("en", "Liberia was ravaged by a civil war in 1989-2003 that killed about 250,000 people."),
            ("id", "Liberia porak-poranda akibat perang saudara pada 1989-2003 yang menewaskan sekitar "
                   "250.000 orang.")):
        assert background(code, rest) == [("attack", date(1989, 1, 1), date(2003, 12, 31))], rest


def test_clashes_from_one_written_month_to_another_are_an_attack_of_that_span():
    for code, rest in (
            ("en", "Rival factions fought a conflict in Lofa from March 1996 to June 1998."),
            ("id", "Faksi-faksi yang bersaing terlibat bentrokan di Lofa dari Maret 1996 hingga Juni 1998.")):
        assert background(code, rest) == [("attack", date(1996, 3, 1), date(1998, 6, 30))], rest


def test_a_span_running_to_the_story_dates_no_war():
    for code, rest in (
            ("en", "The war has displaced 40,000 people since 2019."),
            ("id", "Perang itu membuat 40.000 orang mengungsi sejak 2019.")):
        assert background(code, rest) == [], rest
