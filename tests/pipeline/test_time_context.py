"""Time expressions read in their context: the tense of their clause, the date the
article named last, words that make "May" a month (own sentences, both languages)."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times

ID = load("id")
EN = load("en")
SUN = date(2025, 1, 5)  # a Sunday


def _x(text: str, lang=EN, pub: date | None = SUN) -> list[tuple[str, str | None]]:
    """The TIMEX3s found: a range's two dates each."""
    return [(p.text, p.value) for t in find_times(text, lang, pub, sentences(text, lang)) for p in t.timexes]


@pytest.mark.parametrize("text, lang, expected", [
    # an expression that opens its sentence takes the verb after it
    ("On Tuesday, the council plans to vote on the budget.", EN, [("Tuesday", "2025-01-07")]),
    ("On Tuesday, the council voted on the budget.", EN, [("Tuesday", "2024-12-31")]),
    ("Tuesday's session will settle the matter.", EN, [("Tuesday", "2025-01-07")]),
    ("The March vote will decide who governs.", EN, [("March", "2025-03")]),
    ("In November, two weeks after the floods, a landslide killed nine people.", EN,
     [("November", "2024-11"), ("two weeks", "P2W")]),
    ("Pada hari Selasa, DPR akan menggelar rapat paripurna.", ID, [("hari Selasa", "2025-01-07")]),
    ("Pada hari Selasa, pasukan menarik diri dari perbatasan.", ID, [("hari Selasa", "2024-12-31")]),
    # ... unless the future cue belongs to a verb of saying after it
    ("Pada hari Selasa, juru bicara mengatakan pasukan akan mundur.", ID, [("hari Selasa", "2024-12-31")]),
    # a word that is a future cue and a past tense is past when it comes after
    ("On Friday, the ministry planned to reopen the crossing.", EN, [("Friday", "2025-01-03")]),
    # ... and no cue at all as an adjective
    ("On Friday, as the minister cut short a hastily planned tour, the ban was lifted.", EN,
     [("Friday", "2025-01-03")]),
])
def test_the_verb_after_an_opening_expression(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the main verb may come after a long apposition
    ("In January, a week after the anniversary of the founding of the republic and of its first free vote "
     "for a new parliament, a car bomb in the busiest market killed twelve people.", EN,
     [("January", "2025-01"), ("a week", "P1W")]),
    ("Pada hari Selasa, sepekan setelah peringatan berdirinya republik dan pelantikan parlemen pertama "
     "yang dipilih rakyat di ibu kota, DPR akan menggelar rapat paripurna.", ID,
     [("hari Selasa", "2025-10-28"), ("sepekan", "P1W")]),
])
def test_the_verb_after_an_opening_expression_and_a_long_apposition(text, lang, expected):
    assert _x(text, lang, pub=date(2025, 10, 25)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The talks will be held on Tuesday.", [("Tuesday", "2025-01-07")]),  # "held" after "be": no past
    ("The permit had been due to lapse on Friday.", [("Friday", "2025-01-03")]),
    # the nearer cue wins: "had" after "to be"
    ("The plants to be sold had sales of $9 million in the year ended June 30.",
     [("the year", "P1Y"), ("June 30", "2024-06-30")]),
    # an adjective in -ed is no past tense
    ("The bonus will be paid out on a still undecided day in February.", [("February", "2025-02")]),
])
def test_the_nearest_tense_cue_before_an_expression(text, expected):
    assert _x(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The treaty the two leaders signed last May still holds.", EN, [("last May", "2024-05")]),
    ("The March vote was close.", EN, [("March", "2024-03")]),
    ("Protesters may march on the capital.", EN, []),
    ("The envoy met them in the first week of March.", EN, [("March", "2024-03")]),
    ("The editorial appeared on Monday, Jan. 6: the vote matters.", EN, [("Monday, Jan. 6", "2025-01-06")]),
])
def test_month_names_that_are_common_words_and_dates_before_a_colon(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The flight took about 5 1/2 hours.", EN, [("about 5 1/2 hours", "PT5H30M")]),
    ("They lived in the camps for two and a half years.", EN, [("two and a half years", "P2Y6M")]),
    ("Ia dipenjara dua setengah tahun.", ID, [("dua setengah tahun", "P2Y6M")]),
    # half a unit after the unit
    ("The shelling lasted a minute and a half.", EN, [("a minute and a half", "PT1M30S")]),
    ("Rapat berlangsung dua jam setengah.", ID, [("dua jam setengah", "PT2H30M")]),
    ("The mission will stay for at least two more weeks.", EN, [("at least two more weeks", "P2W")]),
    ("The loan may be extended for an additional year.", EN, [("an additional year", "P1Y")]),
    ("Prices may rise over the next couple of years.", EN, [("the next couple of years", "P2Y")]),
])
def test_halves_and_more_of_a_unit(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("She fled in June 2019 and returned later that year.", EN, [("June 2019", "2019-06"),
                                                                 ("later that year", "2019")]),
    ("The dam opened on May 22, 2015, and the following year it failed.", EN,
     [("May 22, 2015", "2015-05-22"), ("the following year", "2016")]),
    ("The port closed in March 2021. The following month it reopened.", EN,
     [("March 2021", "2021-03"), ("The following month", "2021-04")]),
    ("He was detained on 3 March 2024 and freed the next day.", EN,
     [("3 March 2024", "2024-03-03"), ("the next day", "2024-03-04")]),
    ("Ia ditangkap pada 3 Maret 2024 dan dibebaskan keesokan harinya.", ID,
     [("3 Maret 2024", "2024-03-03"), ("keesokan harinya", "2024-03-04")]),
    ("Banjir melanda kota itu pada 2019. Tahun berikutnya tanggul dibangun.", ID,
     [("2019", "2019"), ("Tahun berikutnya", "2020")]),
    # a day counted from a month: that month's day, unknown (TIMEX3 "XX")
    ("The clinic was attacked in October 2023, and the site went offline that same day.", EN,
     [("October 2023", "2023-10"), ("that same day", "2023-10-XX")]),
    ("Klinik itu diserang pada Oktober 2023 dan situsnya ditutup hari itu juga.", ID,
     [("Oktober 2023", "2023-10"), ("hari itu", "2023-10-XX")]),
    # a week counted from the day named last: its week, the one before or after (TIMEX3 "2024-W10")
    ("The bridge fell on 6 March 2024. The previous week, engineers had warned of cracks.", EN,
     [("6 March 2024", "2024-03-06"), ("The previous week", "2024-W09")]),
    ("The rebels left on 6 March 2024, and the following week the road reopened.", EN,
     [("6 March 2024", "2024-03-06"), ("the following week", "2024-W11")]),
    ("Jembatan itu ambruk pada 6 Maret 2024. Pekan sebelumnya, insinyur sudah memperingatkan.", ID,
     [("6 Maret 2024", "2024-03-06"), ("Pekan sebelumnya", "2024-W09")]),
    ("Pemberontak pergi pada 6 Maret 2024, dan pada pekan itu jalan dibuka.", ID,
     [("6 Maret 2024", "2024-03-06"), ("pekan itu", "2024-W10")]),
    ("Partai itu menang pada 2019. Tahun sebelumnya, partai itu pecah.", ID,
     [("2019", "2019"), ("Tahun sebelumnya", "2018")]),
    # the day or a part of it before or after the day named last
    ("The convoy was ambushed on 6 March 2024. The previous evening, scouts had seen fighters.", EN,
     [("6 March 2024", "2024-03-06"), ("The previous evening", "2024-03-05TEV")]),
    ("The convoy was ambushed on 6 March 2024 and burned the following night.", EN,
     [("6 March 2024", "2024-03-06"), ("the following night", "2024-03-07TNI")]),
    ("Konvoi itu disergap pada 6 Maret 2024. Hari sebelumnya, pengintai melihat milisi.", ID,
     [("6 Maret 2024", "2024-03-06"), ("Hari sebelumnya", "2024-03-05")]),
    ("Konvoi itu disergap pada 6 Maret 2024. Sore itu jalan ditutup.", ID,
     [("6 Maret 2024", "2024-03-06"), ("Sore itu", "2024-03-06TAF")]),
    ("Konvoi itu disergap pada 6 Maret 2024 dan hari berikutnya jalan dibuka.", ID,
     [("6 Maret 2024", "2024-03-06"), ("hari berikutnya", "2024-03-07")]),
    # a day or a week "earlier" / "sebelumnya": counted back from the day named last ("ago": from publication)
    ("The bridge fell on 6 March 2024. Two days earlier, engineers had warned of cracks.", EN,
     [("6 March 2024", "2024-03-06"), ("Two days earlier", "2024-03-04")]),
    ("Jembatan itu ambruk pada 6 Maret 2024. Dua hari sebelumnya insinyur sudah memperingatkan.", ID,
     [("6 Maret 2024", "2024-03-06"), ("Dua hari sebelumnya", "2024-03-04")]),
    ("The bridge fell on 6 March 2024, two days ago.", EN,
     [("6 March 2024", "2024-03-06"), ("two days ago", "2025-01-03")]),
    # with no date named before, there is nothing to count from
    ("That year was hard for the farmers.", EN, []),
    ("Hari itu hujan turun deras.", ID, []),
])
def test_expressions_counted_from_the_date_named_last(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a clock time and its day are one clause, even where a sentence splitter cuts after "a.m."
    ("The convoy will leave at 4 a.m. EDT Thursday.", EN, [("4 a.m. EDT Thursday", "2025-01-09T04:00")]),
    ("Konvoi akan berangkat pukul 04.00 WIB hari Kamis.", ID,
     [("pukul 04.00 WIB hari Kamis", "2025-01-09T04:00")]),
    ("The rebels began to split in mid-1996 after a defection.", EN, [("mid-1996", "1996")]),
    ("Kelompok itu pecah pada pertengahan 1996.", ID, [("pertengahan 1996", "1996")]),
    # a year with a qualifier is this year, not a year's length
    ("The plant should be finished by the end of the year.", EN, [("the end of the year", "2025")]),
    ("Planting was delayed earlier in the year by floods.", EN, [("earlier in the year", "2025")]),
    ("The plant was idle throughout the year.", EN, [("the year", "P1Y")]),
    ("Profit for the year doubled.", EN, [("the year", "2025")]),
])
def test_clauses_of_clock_times_and_qualified_years(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The envoys may arrive as soon as Tuesday.", [("Tuesday", "2025-01-07")]),
    ("Return the hostages as soon as possible.", [("as soon as possible", "FUTURE_REF")]),
    ("He was freed soon after the raid.", []),
    ("Talks will resume soon.", [("soon", "FUTURE_REF")]),
    ("It would be a second betrayal.", []),
    ("A second later the roof fell.", [("A second", "PT1S")]),
    # ... nor before a name or a number ("a second Airbus", "a second 737")
    ("A second Airbus jet landed in Perth.", []),
    ("The airline bought a second 737 for the route.", []),
    # "soon" in a past-tense clause counts from the story's time, not the article's
    ("The mayor was soon released on bail.", []),
    ("A trickle of refugees soon became a flood.", []),
    ("The envoy said talks would resume soon.", [("soon", "FUTURE_REF")]),
    # "Now," opening a sentence is a discourse marker; "now" elsewhere is the present
    ("Now, the mayor argues, the city must rebuild.", []),
    ('"Now, look at the damage," she said.', []),
    ("The city now has two shelters.", [("now", "PRESENT_REF")]),
    ("Now the city has two shelters.", [("Now", "PRESENT_REF")]),
])
def test_words_that_are_no_time_of_their_own(text, expected):
    assert _x(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "soon" in Indonesian: before long from now; "tak lama kemudian" (soon after) is no reference
    ("Harga beras diperkirakan naik tak lama lagi.", ID, [("tak lama lagi", "FUTURE_REF")]),
    ("Tidak lama lagi, jembatan itu dibuka.", ID, [("Tidak lama lagi", "FUTURE_REF")]),
    ("Tak lama kemudian, polisi tiba di lokasi.", ID, []),
    ("Prices are expected to rise soon.", EN, [("soon", "FUTURE_REF")]),
])
def test_soon(text, lang, expected):
    assert _x(text, lang) == expected


MON = date(2025, 1, 6)


@pytest.mark.parametrize("text, expected", [
    ("The envoys meet this weekend.", [("this weekend", "2025-W02-WE")]),  # ahead, from a Monday
    ("The envoys met last weekend.", [("last weekend", "2025-W01-WE")]),
    ("Shelling went on over the weekend.", [("the weekend", "2025-W01-WE")]),
    ("The vote is next weekend.", [("next weekend", "2025-W03-WE")]),
])
def test_weekends_of_this_week_and_the_last(text, expected):
    assert _x(text, pub=MON) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Flights resume at 08:30 UTC.", EN, [("08:30 UTC", "2025-01-05T08:30Z")]),
    ("Penerbangan dibuka lagi pukul 08.30 GMT.", ID, [("pukul 08.30 GMT", "2025-01-05T08:30Z")]),
    ("Flights resume at 08:30 EST.", EN, [("08:30 EST", "2025-01-05T08:30")]),
])
def test_universal_time_is_written_z(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("It ended a decades-long feud.", [("decades-long", "PXY")]),
    ("After a day-long meeting the envoys left.", [("day-long", "P1D")]),
    ("The town was founded in 1898.", [("1898", "1898")]),
    ("About 1800 troops arrived.", []),
    ("In 1800 homes the power failed.", []),
    ("The index settled at 2082.1 points.", []),
    ("A hearing is set for the week of March 6.", [("the week of March 6", "2025-W10")]),
])
def test_unit_adjectives_old_years_and_weeks_of_a_day(text, expected):
    assert _x(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The goal is to send the troops by the end of the month.", EN, [("the end of the month", "2025-01")]),
    ("Sales for the month rose.", EN, [("the month", "2025-01")]),
    ("Proyek itu harus selesai pada akhir tahun.", ID, [("akhir tahun", "2025")]),
    ("Gaji dibayar awal bulan.", ID, [("awal bulan", "2025-01")]),
    ("Pengungsi menunggu tahun anggaran baru.", ID, []),
    ("Bantuan itu habis akhir tahun lalu.", ID, [("akhir tahun lalu", "2024")]),
])
def test_this_year_and_month_with_a_qualifier(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # four digits before a zone are hours and minutes, not a year; a clock time restated in
    # brackets before its day: both on that day (the restatement across midnight on the day before)
    ("The drone was downed at 11:50 pm (2050 GMT) on Wednesday.", EN,
     [("11:50 pm", "2025-01-01T23:50"), ("2050 GMT", "2025-01-01T20:50Z"), ("Wednesday", "2025-01-01")]),
    ("The raid began at 4 a.m. (2300 GMT) Thursday.", EN,
     [("4 a.m.", "2025-01-02T04:00"), ("2300 GMT", "2025-01-01T23:00Z"), ("Thursday", "2025-01-02")]),
    ("Drone itu ditembak jatuh pukul 23.50 WIB (16.50 GMT) Rabu.", ID,
     [("pukul 23.50 WIB", "2025-01-01T23:50"), ("16.50 GMT", "2025-01-01T16:50Z"), ("Rabu", "2025-01-01")]),
    ("At 10:00 Kyiv time (0800 GMT) the shelling stopped.", EN,
     [("10:00 Kyiv time", "2025-01-05T10:00"), ("0800 GMT", "2025-01-05T08:00Z")]),
    ("Serangan terjadi sekitar pukul 23.50 (2050 GMT).", ID,
     [("sekitar pukul 23.50", "2025-01-05T23:50"), ("2050 GMT", "2025-01-05T20:50Z")]),
    ("The plan runs until 2050.", EN, [("2050", "2050")]),
    # a time in brackets restates the one before it and shares its tense
    ("The envoy will fly out at 5 in the morning (5 a.m. EST Thursday).", EN,
     [("5 in the morning", "2025-01-05T05:00"), ("5 a.m. EST Thursday", "2025-01-09T05:00")]),
    ("Kesepakatan yang kini dibatalkan itu diteken 2019.", ID, [("kini", "PRESENT_REF"), ("2019", "2019")]),
    ("The now-cancelled deal was signed in 2019.", EN, [("2019", "2019")]),
])
def test_clock_digits_before_a_zone_brackets_and_compounds(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The envoy, aged 56\nOctober 6, 2011\nThe envoy died.", EN, [("October 6, 2011", "2011-10-06")]),
    ("Utusan itu berusia 56\n6 Oktober 2011\nUtusan itu meninggal.", ID, [("6 Oktober 2011", "2011-10-06")]),
    ("The rally was set for 7/8/07 on purpose.", EN, [("7/8/07", "2007-07-08")]),
    ("Unjuk rasa digelar 8/7/07 di alun-alun.", ID, [("8/7/07", "2007-07-08")]),
    ("Prices rose 3/4 of a point.", EN, []),
    ("Losses dented the firm's 1989 trading profit.", EN, [("1989", "1989")]),
])
def test_days_of_the_month_numeric_years_and_possessive_years(text, lang, expected):
    assert _x(text, lang) == expected


WED = date(2025, 1, 15)


@pytest.mark.parametrize("text, lang, expected", [
    # a qualifier that opens a fixed phrase of its own ("akhir pekan": the weekend)
    ("Bentrok terjadi pada akhir pekan lalu.", ID, [("akhir pekan lalu", "2025-W02-WE")]),
    ("Mereka bertemu akhir pekan ini.", ID, [("akhir pekan ini", "2025-W03-WE")]),
    ("Proyek itu selesai akhir Januari.", ID, [("akhir Januari", "2025-01")]),
    ("The talks broke down late last week.", EN, [("late last week", "2025-W02")]),
])
def test_qualifiers_that_open_a_phrase_of_their_own(text, lang, expected):
    assert _x(text, lang, pub=WED) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The 90-day truce expires soon.", EN, [("90-day", "P90D"), ("soon", "FUTURE_REF")]),
    ("In the coming days, aid will arrive.", EN, [("the coming days", "PXD")]),
    ("Prices fell over the past weeks.", EN, [("the past weeks", "PXW")]),
    ("Bantuan tiba dalam beberapa hari ke depan.", ID, [("beberapa hari ke depan", "PXD")]),
])
def test_article_before_a_hyphenated_duration_and_windows_with_no_count(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The merger should close by year-end.", [("year-end", "2025")]),
    ("Profit doubled in the last quarter.", [("the last quarter", "2024-Q4")]),
    ("Sales in the latest period rose.", [("the latest period", "2024-Q4")]),
    ("Losses mounted over the last month.", [("the last month", "P1M")]),
])
def test_year_end_and_the_latest_quarter(text, expected):
    assert _x(text, pub=WED) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("She called herself a 20th century democrat.", EN, [("20th century", "19")]),
    ("The temple dates from the 11th century.", EN, [("the 11th century", "10")]),
    ("Candi itu dibangun pada abad ke-11.", ID, [("abad ke-11", "10")]),
    ("Marchers parade each July.", EN, [("each July", "XXXX-07")]),
    ("Warga berunjuk rasa setiap Juli.", ID, [("setiap Juli", "XXXX-07")]),
])
def test_centuries_by_ordinal_and_months_as_sets(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # this, last, next decade or century: the calendar one (TIMEX3 "202", "20")
    ("It was the deadliest famine of this century.", EN, [("this century", "20")]),
    ("Floods of that size hit the delta last century.", EN, [("last century", "19")]),
    ("The dam must be finished by the end of this decade.", EN, [("the end of this decade", "202")]),
    ("Kelaparan itu yang terburuk abad ini.", ID, [("abad ini", "20")]),
    ("Banjir sebesar itu melanda delta abad lalu.", ID, [("abad lalu", "19")]),
    ("Bendungan itu rampung dekade depan.", ID, [("dekade depan", "203")]),
    # with "the last", the hundred years up to publication: a length
    ("It was the deadliest famine of the last century.", EN, [("the last century", "P100Y")]),
])
def test_this_or_last_decade_or_century(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nanti malam rapat digelar.", [("Nanti malam", "2025-01-15TNI")]),
    ("Pada kuartal I/2024 ekspor turun.", [("kuartal I/2024", "2024-Q1")]),
    # a word in the expression that says it is ahead: strictly the next one
    ("Pada 10 Januari mendatang ia dilantik.", [("10 Januari mendatang", "2026-01-10")]),
    ("Pemilu digelar Maret mendatang.", [("Maret mendatang", "2025-03")]),
    ("Ia ditangkap pada 17 Mei lalu.", [("17 Mei lalu", "2024-05-17")]),
])
def test_indonesian_times_ahead_and_quarters_with_a_slash(text, expected):
    assert _x(text, ID, pub=WED) == expected


@pytest.mark.parametrize("text, expected", [
    # spoken English (broadcast transcripts); Indonesian news writes years in digits
    ("In nineteen ninety-one he was convicted.", [("nineteen ninety-one", "1991")]),
    ("Many feared the coming of the year two thousand.", [("the year two thousand", "2000")]),
    ("Twenty five people died.", []),
    ("January nineteen ninety-seven. A bomb went off.", [("January nineteen ninety-seven", "1997-01")]),
    ("Prices fell back to where they stood in the winter of nineteen eighty-seven.",
     [("winter of nineteen eighty-seven", "1987-WI")]),
    ("Nineteen people died.", []),
])
def test_years_in_words(text, expected):
    assert _x(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("He was detained on March 3, 2024, and that night he escaped.", EN,
     [("March 3, 2024", "2024-03-03"), ("that night", "2024-03-03TNI")]),
    ("Ia ditangkap pada 3 Maret 2024 dan malam harinya dibebaskan.", ID,
     [("3 Maret 2024", "2024-03-03"), ("malam harinya", "2024-03-03TNI")]),
    ("Rapat digelar Senin (13/1). Keesokan paginya massa berkumpul.", ID,
     [("Senin (13/1)", "2025-01-13"), ("Keesokan paginya", "2025-01-14TMO")]),
    ("That night was cold.", EN, []),
])
def test_parts_of_the_day_named_last(text, lang, expected):
    assert _x(text, lang, pub=WED) == expected



@pytest.mark.parametrize("text, lang, expected", [
    # the day the report gives after the story's own day is not the day the story goes on to
    ("Gunmen raided a village on Monday, the governor said on Wednesday. Later that night they left.", EN,
     [("Monday", "2025-01-13"), ("Wednesday", "2025-01-15"), ("Later that night", "2025-01-13TNI")]),
    ("Rebels shelled the town on Monday, officials told reporters on Wednesday. That evening the shelling "
     "stopped.", EN,
     [("Monday", "2025-01-13"), ("Wednesday", "2025-01-15"), ("That evening", "2025-01-13TEV")]),
    ("Kelompok bersenjata menyerang desa itu pada Senin, kata gubernur pada Rabu. Malam itu mereka pergi.",
     ID, [("Senin", "2025-01-13"), ("Rabu", "2025-01-15"), ("Malam itu", "2025-01-13TNI")]),
    # a report's day alone in its sentence is the day named last
    ("The governor said on Wednesday that gunmen had left. Later that night the army arrived.", EN,
     [("Wednesday", "2025-01-15"), ("Later that night", "2025-01-15TNI")]),
    ("Gubernur mengatakan pada Rabu bahwa kelompok itu sudah pergi. Malam itu tentara tiba.", ID,
     [("Rabu", "2025-01-15"), ("Malam itu", "2025-01-15TNI")]),
])
def test_a_part_of_the_day_counts_from_the_storys_day_not_its_reports(text, lang, expected):
    assert _x(text, lang, pub=WED) == expected

@pytest.mark.parametrize("text, expected", [
    ('The deal must close "as soon as possible," the firm said.', [("as soon as possible", "FUTURE_REF")]),
    ('He spoke on ABC\'s "This Week," the talk show.', []),  # a quoted title
    ("She told ``60 Minutes'' she would stay.", []),
    ('"Last week," he said, "was hard."', [("Last week", "2025-W02")]),
])
def test_expressions_inside_quotes_and_quoted_titles(text, expected):
    assert _x(text, pub=WED) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the expression is one of the capitalised words of a quoted title
    ('The poster showed a still from the western "High Noon."', EN, []),
    ('They watched "The Day After Tomorrow" again.', EN, []),
    ('Ia menonton film "Malam Minggu Miko" di bioskop.', ID, []),
    # a quoted statement is no title
    ('"We will meet on Monday," he said.', EN, [("Monday", "2025-01-20")]),
    ('"Kami bertemu hari Senin," katanya.', ID, [("hari Senin", "2025-01-13")]),
])
def test_expressions_inside_longer_quoted_titles(text, lang, expected):
    assert _x(text, lang, pub=WED) == expected


OCT = date(2024, 10, 20)


@pytest.mark.parametrize("text, lang, expected", [
    ("Campaigning goes on from now to Election Day.", EN,
     [("now", "PRESENT_REF"), ("Election Day", "2024-11-05")]),
    ("Sales fell at Christmas.", EN, [("Christmas", "2023-12-25")]),  # a past tense: last year's
    ("Shops close on Christmas Day.", EN, [("Christmas Day", "2024-12-25")]),  # near ahead
    ("Toko-toko akan tutup saat Natal.", ID, [("Natal", "2024-12-25")]),
])
def test_holidays_near_ahead_or_past_by_tense(text, lang, expected):
    assert _x(text, lang, pub=OCT) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a cue that ends in the preposition before the date
    ("The vote was postponed until Friday.", EN, [("Friday", "2025-01-17")]),
    ("The summit is set for Friday.", EN, [("Friday", "2025-01-17")]),
    ("Sidang itu ditunda hingga Selasa.", ID, [("Selasa", "2025-01-21")]),
    ("The vote took place on Friday.", EN, [("Friday", "2025-01-10")]),
])
def test_cues_ending_in_the_preposition(text, lang, expected):
    assert _x(text, lang, pub=WED) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a deadline word with no tense cue in the clause: the next one
    ("The agency has given the families until 9 a.m. Tuesday to leave.", EN,
     [("9 a.m. Tuesday", "2025-01-07T09:00")]),
    ("The families must leave by Thursday.", EN, [("Thursday", "2025-01-09")]),
    ("Warga harus mengosongkan rumah paling lambat Jumat.", ID, [("Jumat", "2025-01-10")]),
    ("Berkas diserahkan selambat-lambatnya hari Kamis.", ID, [("hari Kamis", "2025-01-09")]),
    # ... or the day a rule takes effect
    ("The ministry created a new border office, effective June 1.", EN, [("June 1", "2025-06-01")]),
    ("Tarif baru itu berlaku efektif 1 Februari.", ID, [("1 Februari", "2025-02-01")]),
    ("The curfew became effective Jan. 2.", EN, [("Jan. 2", "2025-01-02")]),
    # a past cue before it, or after it when it opens the sentence, still wins
    ("The families had left by Thursday.", EN, [("Thursday", "2025-01-02")]),
    ("Until Thursday, the agency had not named a suspect.", EN, [("Thursday", "2025-01-02")]),
    ("Sejak gencatan senjata mulai berlaku pada 27 November, tiga warga tewas.", ID,
     [("27 November", "2024-11-27")]),
    ("Since the truce took effect on November 27, three residents have died.", EN,
     [("November 27", "2024-11-27")]),
    ("Tarif itu telah berlaku efektif 1 Januari.", ID, [("1 Januari", "2025-01-01")]),
    # "hingga" is no deadline of its own: a span that may be over
    ("Warga mengungsi hingga Jumat.", ID, [("Jumat", "2025-01-03")]),
])
def test_deadline_words_look_ahead(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # counted from what follows it: a length, "before" left out of the span
    ("The rebels seized the bridge ten days before the vote.", EN, [("ten days", "DURATION", "P10D")]),
    ("Pemberontak merebut jembatan itu sepuluh hari sebelum pemungutan suara.", ID,
     [("sepuluh hari", "DURATION", "P10D")]),
    # with nothing after it, counted back from publication
    ("The bridge fell two days before.", EN, [("two days before", "DATE", "2025-01-03")]),
    ("Jembatan itu runtuh dua hari sebelumnya.", ID, [("dua hari sebelumnya", "DATE", "2025-01-03")]),
    # "recent weeks", "beberapa pekan terakhir": a vague length
    ("Aid deliveries have slowed in recent weeks.", EN, [("recent weeks", "DURATION", "PXW")]),
    ("Pengiriman bantuan melambat dalam beberapa pekan terakhir.", ID,
     [("beberapa pekan terakhir", "DURATION", "PXW")]),
])
def test_lengths_before_what_they_count_from_and_recent_units(text, lang, expected):
    assert [(t.text, t.type, t.value) for t in find_times(text, lang, SUN, sentences(text, lang))] == expected


MAR = date(2025, 3, 1)  # Easter 2025 is 20 April; in 2024 it was 31 March


@pytest.mark.parametrize("text, lang, pub, expected", [
    # days counted from Easter, by tense like other holidays
    ("Pilgrims will gather in Jerusalem at Easter.", EN, MAR, [("Easter", "2025-04-20")]),
    ("Fighting paused on Good Friday.", EN, MAR, [("Good Friday", "2024-03-29")]),
    ("Umat Kristen akan merayakan Paskah di gereja itu.", ID, MAR, [("Paskah", "2025-04-20")]),
    ("Misa akan digelar pada Jumat Agung.", ID, MAR, [("Jumat Agung", "2025-04-18")]),
    ("Kantor pemerintah akan tutup saat Kenaikan Isa Almasih.", ID, MAR,
     [("Kenaikan Isa Almasih", "2025-05-29")]),
    # a holiday's week; the week of publication whatever the tense
    ("The truce held through Easter week.", EN, MAR, [("Easter week", "2024-W13")]),
    ("Crowds marched as Easter week began.", EN, date(2025, 4, 14), [("Easter week", "2025-W16")]),
    # a name, not a day
    ("Ships sailed to Easter Island.", EN, MAR, []),
    ("The Good Friday Agreement ended the conflict.", EN, MAR, []),
    ("Kapal itu berlayar ke Pulau Natal.", ID, MAR, []),
])
def test_easter_holiday_weeks_and_holiday_names(text, lang, pub, expected):
    assert _x(text, lang, pub=pub) == expected


def test_an_opening_now_with_a_comma_is_still_a_time_in_indonesian():
    # Indonesian news opens with "Kini," for the present itself: no discourse words there
    assert _x("Kini, warga kembali ke rumah mereka.", ID) == [("Kini", "PRESENT_REF")]
    assert _x("Now, the mayor argues, the city must rebuild.", EN) == []


@pytest.mark.parametrize("text, lang, expected", [
    # a bare day joined to a date is a date of its own in that month
    ("The summit will be held on April 24 and 25.", EN, [("April 24", "2025-04-24"), ("25", "2025-04-25")]),
    ("KTT akan digelar pada 24 dan 25 April.", ID, [("24", "2025-04-24"), ("25 April", "2025-04-25")]),
    # ... and by a range word: the last day of the range ("April 24 to 26", "24 hingga 26 April")
    ("The summit will run from April 24 to 26.", EN, [("April 24", "2025-04-24"), ("26", "2025-04-26")]),
    ("Talks will go on April 24 through 26.", EN, [("April 24", "2025-04-24"), ("26", "2025-04-26")]),
    ("KTT akan digelar 24 hingga 26 April.", ID, [("24", "2025-04-24"), ("26 April", "2025-04-26")]),
    ("Prices will rise 24 to 26 percent in April.", EN, [("April", "2025-04")]),
    # ... but not a count after it, nor a day with a month of its own
    ("On April 24 and 25 delegates met.", EN, [("April 24", "2024-04-24")]),
    ("Aid flights will run between March 8 and March 27.", EN,
     [("March 8", "2025-03-08"), ("March 27", "2025-03-27")]),
    ("Ribuan warga mengungsi antara 8 Maret dan 27 Maret.", ID,
     [("8 Maret", "2024-03-08"), ("27 Maret", "2024-03-27")]),
])
def test_bare_days_joined_to_a_date(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # two days off publication, in both languages
    ("The talks resume the day after tomorrow.", EN, [("the day after tomorrow", "2025-01-07")]),
    ("They met the day before yesterday.", EN, [("the day before yesterday", "2025-01-03")]),
    ("Rapat digelar lusa.", ID, [("lusa", "2025-01-07")]),
    ("Mereka bertemu kemarin lusa.", ID, [("kemarin lusa", "2025-01-03")]),
    # an approximation after the unit stays in the span ("sekitar" before it in Indonesian)
    ("The deal was signed a week or so ago.", EN, [("a week or so ago", "2024-W52")]),
    ("The talks may take a year or so.", EN, [("a year or so", "P1Y")]),
    ("Kesepakatan diteken sekitar seminggu lalu.", ID, [("sekitar seminggu lalu", "2024-W52")]),
])
def test_two_days_off_and_approximate_amounts(text, lang, expected):
    assert _x(text, lang) == expected
