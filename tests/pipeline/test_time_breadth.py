"""Time expressions across the breadth TimeML covers, own sentences in both languages:
days named with their part, yearless dates just ahead, days of the month."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times

ID = load("id")
EN = load("en")


def _x(text: str, lang, pub: date) -> list[tuple[str, str | None]]:
    """The TIMEX3s found: a range's two dates each."""
    return [(p.text, p.value) for t in find_times(text, lang, pub, sentences(text, lang)) for p in t.timexes]


@pytest.mark.parametrize("text, lang, expected", [
    # a day named with its part of the day is the day "the next day" counts from
    ("Dua warga tewas dalam bentrokan Senin (7/4) sore. Situasi kembali tenang keesokan harinya.", ID,
     [("Senin (7/4) sore", "2025-04-07TAF"), ("keesokan harinya", "2025-04-08")]),
    ("Two villagers died in a clash on Monday evening. Calm returned the next day.", EN,
     [("Monday evening", "2025-04-07TEV"), ("the next day", "2025-04-08")]),
])
def test_a_day_with_its_part_anchors_day_anaphors(text, lang, expected):
    assert _x(text, lang, date(2025, 4, 9)) == expected


@pytest.mark.parametrize("text, lang, pub, expected", [
    # a yearless day a few days ahead is the coming one, not last year's
    ("Turnamen di Denmark digelar 14 Oktober.", ID, date(2025, 10, 6), [("14 Oktober", "2025-10-14")]),
    ("Kebakaran berlangsung hingga Oktober.", ID, date(2025, 9, 15), [("Oktober", "2025-10")]),
    ("The tournament in Denmark is on October 14.", EN, date(2025, 10, 6), [("October 14", "2025-10-14")]),
    # a holiday just after the turn of the year
    ("Kereta tambahan disiapkan untuk libur Tahun Baru.", ID, date(2025, 12, 15),
     [("Tahun Baru", "2026-01-01")]),
    ("Extra trains run on New Year's Day.", EN, date(2025, 12, 15), [("New Year's Day", "2026-01-01")]),
    # ... but far ahead in Indonesian it is still the latest past one (no tense to tell)
    ("Serangan itu terjadi pada 7 Oktober.", ID, date(2025, 7, 23), [("7 Oktober", "2024-10-07")]),
])
def test_yearless_dates_just_ahead_are_the_coming_ones(text, lang, pub, expected):
    assert _x(text, lang, pub) == expected


@pytest.mark.parametrize("text, expected", [
    # a day of the month after a date word is a date, never a length ("tanggal 5 bulan" is no P5M)
    ("RUPS digelar tanggal 5 bulan ini.", [("tanggal 5 bulan ini", "2025-05-05")]),
    ("Sidang digelar pada tanggal 12 bulan lalu.", [("tanggal 12 bulan lalu", "2025-04-12")]),
    ("Rapat digelar tanggal 5.", [("tanggal 5", "2025-05-05")]),
    ("Rapat akan digelar tanggal 3.", [("tanggal 3", "2025-06-03")]),
    ("Ia ditahan selama 5 bulan.", [("5 bulan", "P5M")]),
])
def test_a_day_of_the_month_after_a_date_word(text, expected):
    assert _x(text, ID, date(2025, 5, 7)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a bare month joined to a month with its year takes that year
    ("Sepanjang Januari hingga akhir Desember 2023, polisi menyita 40 senjata.", ID,
     [("Januari", "2023-01"), ("akhir Desember 2023", "2023-12")]),
    ("Dari November hingga Februari 2022 hujan turun.", ID,
     [("November", "2021-11"), ("Februari 2022", "2022-02")]),
    ("From January to December 2023, police seized 40 rifles.", EN,
     [("January", "2023-01"), ("December 2023", "2023-12")]),
    ("Between March and May 2022 prices rose.", EN, [("March", "2022-03"), ("May 2022", "2022-05")]),
    ("Antara 8 Maret hingga 2 April 2022 harga naik.", ID,
     [("8 Maret", "2022-03-08"), ("2 April 2022", "2022-04-02")]),
    # a bare second date is never before the first
    ("Flights between December 20 and April 3 are cancelled.", EN,
     [("December 20", "2023-12-20"), ("April 3", "2024-04-03")]),
    ("Penerbangan antara 20 Desember dan 3 Februari dibatalkan.", ID,
     [("20 Desember", "2023-12-20"), ("3 Februari", "2024-02-03")]),
])
def test_a_bare_date_joined_to_another_takes_a_year_that_fits(text, lang, expected):
    assert _x(text, lang, date(2023, 12, 22)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "every" with a part of the day is a set of those parts
    ("Pasar takjil buka setiap sore.", ID, [("setiap sore", "XXXX-XX-XXTAF")]),
    ("Anak perlu tidur 10 jam tiap malam.", ID, [("10 jam", "PT10H"), ("tiap malam", "XXXX-XX-XXTNI")]),
    ("The market opens every morning.", EN, [("every morning", "XXXX-XX-XXTMO")]),
    ("Patrols leave each evening.", EN, [("each evening", "XXXX-XX-XXTEV")]),
    # ... but a price per night is none
    ("Kamar itu disewakan Rp 500.000 per malam.", ID, []),
])
def test_every_part_of_the_day_is_a_set(text, lang, expected):
    assert _x(text, lang, date(2025, 4, 23)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # lengths in falling units side by side are one length
    ("Ganda putra bertarung 1 jam 15 menit.", ID, [("1 jam 15 menit", "PT1H15M")]),
    ("Ia divonis dua tahun dan enam bulan penjara.", ID, [("dua tahun dan enam bulan", "P2Y6M")]),
    ("The final lasted two hours and 30 minutes.", EN, [("two hours and 30 minutes", "PT2H30M")]),
    ("He was jailed for 3 years 4 months.", EN, [("3 years 4 months", "P3Y4M")]),
    # ... not two lengths of the same unit, nor a length and a count of people
    ("The talks took three days and two days more.", EN, [("three days", "P3D"), ("two days", "P2D")]),
    ("Dalam 24 jam 3 orang tewas.", ID, [("24 jam", "PT24H")]),
])
def test_lengths_in_falling_units_are_one(text, lang, expected):
    assert _x(text, lang, date(2025, 4, 23)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Penggalian situs itu dahulu sering terhenti.", ID, [("dahulu", "PAST_REF")]),
    ("In the past, the excavation often stopped.", EN, [("the past", "PAST_REF")]),
    # "terlebih dahulu" is "first", no time
    ("Warga harus mendaftar terlebih dahulu.", ID, []),
])
def test_the_past_as_a_reference(text, lang, expected):
    assert _x(text, lang, date(2025, 4, 23)) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the day alone is on the latest day the story named
    ("Aksi dimulai Senin (3/11) siang dan berlangsung hingga sore hari.",
     [("Senin (3/11) siang", "2025-11-03TMI"), ("sore hari", "2025-11-03TAF")]),
    # ... and a night with no day named is the night just past
    ("Kejadian itu berlangsung pada malam hari.", [("malam hari", "2025-11-03TNI")]),
    ("Jalan ditutup setiap malam hari.", [("setiap malam hari", "XXXX-XX-XXTNI")]),
])
def test_a_part_of_the_day_alone(text, expected):
    assert _x(text, ID, date(2025, 11, 4)) == expected


def test_english_leaves_a_part_of_the_day_alone():
    # TimeBank tags "the morning" once in four: English lists no parts_alone
    assert _x("Rain fell in the afternoon.", EN, date(2025, 11, 4)) == []


@pytest.mark.parametrize("text, lang, expected", [
    # a quarter or half with a year said relative to publication is one date in that year
    ("Laba turun pada kuartal III tahun lalu.", ID, [("kuartal III tahun lalu", "2024-Q3")]),
    ("Ekonomi tumbuh pada triwulan pertama tahun ini.", ID, [("triwulan pertama tahun ini", "2025-Q1")]),
    ("Defisit melebar pada semester kedua tahun depan.", ID, [("semester kedua tahun depan", "2026-H2")]),
    ("Profit fell in the third quarter of last year.", EN, [("the third quarter of last year", "2024-Q3")]),
    ("The economy grew in the first quarter of this year.", EN,
     [("the first quarter of this year", "2025-Q1")]),
    # the month named before, in another year
    ("Tercatat 1.240 kasus sepanjang November, naik dibanding bulan yang sama tahun lalu.", ID,
     [("November", "2025-11"), ("bulan yang sama tahun lalu", "2024-11")]),
    ("Prices rose 7 percent in October from the same month last year.", EN,
     [("October", "2025-10"), ("the same month last year", "2024-10")]),
])
def test_periods_in_a_year_relative_to_publication(text, lang, expected):
    assert _x(text, lang, date(2025, 12, 1)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the decade with a qualifier is this decade; alone it is no time
    ("It plans to double output by the end of the decade.", EN, [("the end of the decade", "202")]),
    ("Produksi ditargetkan naik dua kali lipat pada akhir dekade.", ID, [("akhir dekade", "202")]),
    ("Prices doubled over the decade.", EN, []),
    ("Ia menjabat dua dekade.", ID, [("dua dekade", "P20Y")]),
])
def test_the_end_of_the_decade(text, lang, expected):
    assert _x(text, lang, date(2025, 8, 4)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the week with a qualifier is this week (all of it, as "awal minggu ini"); "since" runs it to
    # publication
    ("Bentrokan berlangsung sejak awal pekan di perbatasan.", ID,
     ("awal pekan", date(2025, 8, 4), date(2025, 8, 6))),
    ("Clashes have gone on since the start of the week.", EN,
     ("the start of the week", date(2025, 8, 4), date(2025, 8, 6))),
    ("Pasukan tiba di kota itu pada awal pekan.", ID, ("awal pekan", date(2025, 8, 4), date(2025, 8, 10))),
    ("Troops reached the town early in the week.", EN,
     ("early in the week", date(2025, 8, 4), date(2025, 8, 10))),
])
def test_the_start_of_the_week(text, lang, expected):
    found = [(t.text, t.start_date, t.end_date) for t in find_times(text, lang, date(2025, 8, 6),
                                                                    sentences(text, lang))]
    assert found == [expected]


@pytest.mark.parametrize("text, lang, pub, expected", [
    # a yearless date a day from publication is that date though the weekday named with it is
    # off by one (a slip), not the same date a year back on which the weekday falls
    ("Serangan terjadi pada Minggu (8/6) malam, kata polisi.", ID, date(2026, 6, 9), date(2026, 6, 8)),
    ("The attack came on Sunday, June 8, police said.", EN, date(2026, 6, 9), date(2026, 6, 8)),
    ("Serangan terjadi pada Selasa (7/1), kata polisi.", ID, date(2026, 1, 20), date(2025, 1, 7)),
])
def test_a_weekday_slip_near_publication(text, lang, pub, expected):
    assert find_times(text, lang, pub, sentences(text, lang))[0].start_date == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a month "of the same year" is in the latest year named, not the latest such month
    ("Rebels took the port in March 2021 and lost it in October of the same year.", EN,
     [("March 2021", "2021-03"), ("October of the same year", "2021-10")]),
    ("Pemberontak merebut pelabuhan itu pada Maret 2021 dan kehilangannya pada Oktober tahun yang sama.", ID,
     [("Maret 2021", "2021-03"), ("Oktober tahun yang sama", "2021-10")]),
])
def test_a_month_of_the_same_year(text, lang, expected):
    assert _x(text, lang, date(2025, 8, 4)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a bare year before a joiner and another year is a year, whatever word follows it
    ("Kerugian terjadi pada periode 2015 hingga 2022.", ID, [("2015", "2015"), ("2022", "2022")]),
    ("Losses grew in the period 2015 to 2022.", EN, [("2015", "2015"), ("2022", "2022")]),
])
def test_a_year_before_another_year(text, lang, expected):
    assert _x(text, lang, date(2025, 2, 18)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the same period in another year: the half, quarter or month named before
    ("Tercatat 2.300 kasus pada semester pertama 2025, dua kali lipat periode yang sama tahun lalu.", ID,
     [("semester pertama 2025", "2025-H1"), ("periode yang sama tahun lalu", "2024-H1")]),
    ("Profit rose in the second quarter from the same period last year.", EN,
     [("the second quarter", "2025-Q2"), ("the same period last year", "2024-Q2")]),
    # ... and nothing without a year
    ("In the same period, prices rose.", EN, []),
])
def test_the_same_period_last_year(text, lang, expected):
    assert _x(text, lang, date(2025, 7, 15)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a counted length and "once" is a set: once every so many units
    ("Pemilu digelar lima tahun sekali.", ID, [("lima tahun sekali", "P5Y")]),
    ("Pemeriksaan dilakukan 6 bulan sekali.", ID, [("6 bulan sekali", "P6M")]),
    ("Elections are held once every five years.", EN, [("every five years", "P5Y")]),
    # ... not "sekali lagi" (once more)
    ("Lima tahun kemudian, ia sekali lagi kalah.", ID, [("Lima tahun", "P5Y")]),
    ("Lima tahun sekali lagi ia kalah.", ID, [("Lima tahun", "P5Y")]),
])
def test_once_every_so_many_units(text, lang, expected):
    assert _x(text, lang, date(2025, 8, 20)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a repeated unit before a window word: some of those units
    ("Tantangan akan muncul pada tahun-tahun mendatang.", ID, [("tahun-tahun mendatang", "PXY")]),
    ("Harga naik pada hari-hari terakhir.", ID, [("hari-hari terakhir", "PXD")]),
    ("Challenges will grow in the coming years.", EN, [("the coming years", "PXY")]),
    # a set's unit with its suffix
    ("Pajak naik setiap tahunnya.", ID, [("setiap tahunnya", "P1Y")]),
    ("Warga antre tiap harinya.", ID, [("tiap harinya", "P1D")]),
])
def test_repeated_units_and_suffixed_sets(text, lang, expected):
    assert _x(text, lang, date(2025, 1, 6)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # hundreds before 1900 are a century (TIMEX3 "18"); "the 1990s" stays a decade
    ("The company was founded in the 1800s.", EN, [("the 1800s", "18")]),
    ("Kota ini berdiri pada tahun 1800-an.", ID, [("tahun 1800-an", "18")]),
    ("Growth peaked in the 1990s.", EN, [("the 1990s", "199")]),
    ("He sold 1800 shares.", EN, []),
    # a holiday named by its date
    ("Traffic peaks on the Fourth of July.", EN, [("Fourth of July", "2025-07-04")]),
])
def test_centuries_in_hundreds_and_dated_holidays(text, lang, expected):
    assert _x(text, lang, date(2025, 6, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    # "H-3 Lebaran": so many days before or after the holiday
    ("Puncak arus mudik diperkirakan terjadi pada H-3 Lebaran.", [("H-3 Lebaran", "2025-03-28")]),
    ("Arus balik memuncak H+2 Idul Fitri.", [("H+2 Idul Fitri", "2025-04-02")]),
    ("Lebaran jatuh pada 31 Maret.", [("Lebaran", "2025-03-31"), ("31 Maret", "2025-03-31")]),
])
def test_days_counted_from_a_holiday(text, expected):
    assert _x(text, ID, date(2025, 3, 20)) == expected


def test_english_counts_no_days_from_a_holiday():
    # the counted shift is Indonesian data; English has no such form
    assert _x("Traffic peaks on H-3 Christmas.", EN, date(2025, 12, 10)) == [("Christmas", "2025-12-25")]


@pytest.mark.parametrize("text, lang, expected", [
    # the quarter before or after the one (or the month's) the article named last
    ("Ekonomi tumbuh pada triwulan I 2025, melambat dari triwulan sebelumnya.", ID,
     [("triwulan I 2025", "2025-Q1"), ("triwulan sebelumnya", "2024-Q4")]),
    ("Inflasi Maret naik, dan kuartal berikutnya turun.", ID,
     [("Maret", "2025-03"), ("kuartal berikutnya", "2025-Q2")]),
    ("Profit rose in the first quarter from the previous quarter.", EN,
     [("the first quarter", "2025-Q1"), ("the previous quarter", "2024-Q4")]),
    # ... and none with nothing named before
    ("Kuartal sebelumnya laba turun.", ID, []),
])
def test_the_previous_quarter(text, lang, expected):
    assert _x(text, lang, date(2025, 5, 12)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "the same period" is the period the text gave, not one it counted from it
    ("Ekonomi tumbuh pada triwulan I 2025, melambat dari triwulan sebelumnya. Konsumsi tumbuh lebih "
     "lambat dibanding periode yang sama tahun lalu.", ID,
     [("triwulan I 2025", "2025-Q1"), ("triwulan sebelumnya", "2024-Q4"),
      ("periode yang sama tahun lalu", "2024-Q1")]),
    ("The economy grew in the first quarter, slowing from the previous quarter. Spending grew more "
     "slowly than in the same period last year.", EN,
     [("the first quarter", "2025-Q1"), ("the previous quarter", "2024-Q4"),
      ("the same period last year", "2024-Q1")]),
])
def test_the_same_period_is_the_one_given(text, lang, expected):
    assert _x(text, lang, date(2025, 5, 12)) == expected
