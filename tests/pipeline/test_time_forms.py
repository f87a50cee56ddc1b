"""Decades in two digits and in words, parts of the day with a modifier, weekdays in the
plural as sets, and plans written as participles, in both languages (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.pipeline.test_timex import EN, ID, SUN, _x
from warta.pipeline.times import find_times


@pytest.mark.parametrize("text, lang, expected", [
    ("The militia was formed in the '80s.", EN, [("the '80s", "DATE", "198")]),
    ("Prices doubled in the nineties.", EN, [("the nineties", "DATE", "199")]),
    ("Milisi itu dibentuk pada era 90-an.", ID, [("era 90-an", "DATE", "199")]),
    ("Harga naik pada tahun delapan puluhan.", ID, [("tahun delapan puluhan", "DATE", "198")]),
])
def test_decades_in_two_digits_and_in_words(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("The commander is in his sixties.", EN),
    ("Temperatures stayed in the 80s.", EN),
    ("Korban berusia 20-an.", ID),
    ("Komandan itu berumur enam puluhan.", ID),
])
def test_ages_and_temperatures_are_no_decades(text, lang):
    assert _x(text, lang) == []


def test_a_two_digit_decade_is_the_latest_that_began_by_publication():
    assert _x("in the ’20s", EN, date(2025, 1, 5)) == [("the ’20s", "DATE", "202")]
    assert _x("in the ’20s", EN, date(1999, 1, 5)) == [("the ’20s", "DATE", "192")]
    assert _x("pada era 20-an", ID, date(1999, 1, 5)) == [("era 20-an", "DATE", "192")]
    t = find_times("the '70s", EN, SUN)[0]
    assert (str(t.start_date), str(t.end_date)) == ("1970-01-01", "1979-12-31")


def test_a_part_of_the_day_with_a_modifier_is_a_time():
    t = find_times("The shelling stopped at mid-afternoon yesterday.", EN, SUN)[0]
    assert (t.text, t.type, t.value, t.mod) == ("mid-afternoon yesterday", "TIME", "2025-01-04TAF", "MID")
    # with no day of its own, on the latest day the text named
    assert _x("On Friday, troops moved in. By late afternoon the town had fallen.", EN) == [
        ("Friday", "DATE", "2025-01-03"), ("late afternoon", "TIME", "2025-01-03TAF")]
    assert _x("Warga mengungsi pada Jumat. Menjelang sore, kota itu jatuh.", ID)[0] == (
        "Jumat", "DATE", "2025-01-03")


@pytest.mark.parametrize("text, lang, expected", [
    ("The border opens on Tuesdays.", EN, [("Tuesdays", "SET", "XXXX-WXX-2")]),
    ("Convoys leave Friday nights.", EN, [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    ("Patrols go out every Friday night.", EN, [("every Friday night", "SET", "XXXX-WXX-5TNI")]),
    ("Patroli keluar setiap Jumat malam.", ID, [("setiap Jumat malam", "SET", "XXXX-WXX-5TNI")]),
    ("Pasar ditutup tiap hari Minggu.", ID, [("tiap hari Minggu", "SET", "XXXX-WXX-7")]),
])
def test_weekdays_in_the_plural_or_after_every_are_sets(text, lang, expected):
    assert _x(text, lang) == expected


def test_a_weekday_in_the_possessive_stays_a_day():
    assert _x("Friday night's attack killed two.", EN) == [("Friday night", "TIME", "2025-01-03TNI")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The talks, set to resume on Tuesday in Geneva, were welcomed.", EN,
     [("Tuesday", "DATE", "2025-01-07")]),
    ("The talks resumed on Tuesday in Geneva.", EN, [("Tuesday", "DATE", "2024-12-31")]),
    ("Perundingan, yang dijadwalkan dilanjutkan pada Selasa di Jenewa, disambut baik.", ID,
     [("Selasa", "DATE", "2025-01-07")]),
    ("Perundingan dilanjutkan pada Selasa di Jenewa.", ID, [("Selasa", "DATE", "2024-12-31")]),
])
def test_a_plan_written_as_a_participle_looks_forward(text, lang, expected):
    assert _x(text, lang) == expected


def test_a_later_date_is_the_future():
    assert _x("The vote was put off to a later date.", EN) == [("a later date", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Shares fell on Friday, 4% below the previous Friday.", EN,
     [("Friday", "DATE", "2025-01-03"), ("the previous Friday", "DATE", "2024-12-27")]),
    ("The siege began on December 3 and ended the following Monday.", EN,
     [("December 3", "DATE", "2024-12-03"), ("the following Monday", "DATE", "2024-12-09")]),
    ("Saham turun pada Jumat, 4 persen di bawah Jumat sebelumnya.", ID,
     [("Jumat", "DATE", "2025-01-03"), ("Jumat sebelumnya", "DATE", "2024-12-27")]),
    ("Pengepungan dimulai 3 Desember dan berakhir Senin berikutnya.", ID,
     [("3 Desember", "DATE", "2024-12-03"), ("Senin berikutnya", "DATE", "2024-12-09")]),
])
def test_the_previous_or_following_weekday_counts_from_the_latest_day_named(text, lang, expected):
    assert _x(text, lang) == expected


def test_the_previous_weekday_with_no_day_named_counts_from_publication():
    assert _x("Prices were lower than the previous Friday.", EN) == [
        ("the previous Friday", "DATE", "2025-01-03")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bantuan datang setahun sekali.", ID, [("setahun sekali", "SET", "P1Y")]),
    ("Rapat digelar sebulan sekali.", ID, [("sebulan sekali", "SET", "P1M")]),
    ("Aid comes once a year.", EN, [("once a year", "SET", "P1Y")]),
    ("Rapat berlangsung sebulan.", ID, [("sebulan", "DURATION", "P1M")]),
])
def test_once_a_unit_is_a_set(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Milisi menyerang Sabtu subuh.", ID, [("Sabtu subuh", "TIME", "2025-01-04TMO")]),
    ("Pos itu belum lama ini diserang.", ID, [("belum lama ini", "DATE", "PAST_REF")]),
    ("Pesta digelar pada malam tahun baru.", ID, [("malam tahun baru", "DATE", "2024-12-31")]),
    ("Ribuan buruh berdemo pada Hari Buruh.", ID, [("Hari Buruh", "DATE", "2024-05-01")]),
    ("Thousands marched on Labor Day.", EN, [("Labor Day", "DATE", "2024-09-02")]),
])
def test_more_named_days_and_parts(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The truce could one day hold.", EN, [("one day", "DATE", "FUTURE_REF")]),
    ("The strike lasted one day.", EN, [("one day", "DURATION", "P1D")]),
    ("Suatu saat nanti perbatasan akan dibuka.", ID, [("Suatu saat nanti", "DATE", "FUTURE_REF")]),
    ("Suatu hari nanti perang berakhir.", ID, [("Suatu hari nanti", "DATE", "FUTURE_REF")]),
])
def test_some_day_ahead_is_the_future(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The ban takes effect Jan. 1.", EN, [("Jan. 1", "DATE", "2014-01-01")]),
    ("The ban took effect Jan. 1.", EN, [("Jan. 1", "DATE", "2013-01-01")]),
    ("Larangan itu akan mulai berlaku 1 Januari.", ID, [("1 Januari", "DATE", "2014-01-01")]),
    ("Larangan itu mulai berlaku 1 Januari lalu.", ID, [("1 Januari lalu", "DATE", "2013-01-01")]),
])
def test_a_date_something_takes_effect_on_is_ahead(text, lang, expected):
    assert _x(text, lang, date(2013, 3, 7)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("India Today reported that troops left today.", EN, [("today", "DATE", "2025-01-05")]),
    ("Troops left. Today they came back.", EN, [("Today", "DATE", "2025-01-05")]),
    ("Menurut Kompas Kini, pasukan mundur hari ini.", ID, [("hari ini", "DATE", "2025-01-05")]),
    ("Kini pasukan mundur.", ID, [("Kini", "DATE", "PRESENT_REF")]),
])
def test_today_or_now_ending_a_name_is_no_time(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The drone flies at 200 kilometres per hour.", EN, []),
    ("Guards are paid per hour.", EN, [("per hour", "SET", "PT1H")]),
    ("Drone itu terbang 200 kilometer per jam.", ID, []),
    ("Penjaga dibayar per jam.", ID, [("per jam", "SET", "PT1H")]),
    ("Patroli lewat dua kali per hari.", ID, [("dua kali per hari", "SET", "P1D")]),
])
def test_per_unit_after_a_quantity_is_a_rate(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Tersangka ditahan 1x24 jam.", ID, [("1x24 jam", "DURATION", "PT24H")]),
    ("Polisi memberi waktu 2 x 24 jam.", ID, [("2 x 24 jam", "DURATION", "PT48H")]),
    ("Kantor itu dibuka 24 jam.", ID, [("24 jam", "DURATION", "PT24H")]),
])
def test_a_multiplied_count_of_hours(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Gencatan senjata dimulai 17-08-2024.", ID, [("17-08-2024", "DATE", "2024-08-17")]),
    ("The truce began on 08-17-2024.", EN, [("08-17-2024", "DATE", "2024-08-17")]),
])
def test_numeric_dates_with_hyphens_in_the_language_order(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The shelling stopped for half an hour.", EN, [("half an hour", "DURATION", "PT30M")]),
    ("Jalan ditutup setengah hari.", ID, [("setengah hari", "DURATION", "PT12H")]),
    ("Blokade berlangsung dua setengah tahun.", ID, [("dua setengah tahun", "DURATION", "P2Y6M")]),
    ("Harga naik dalam lima tahun ke belakang.", ID, [("lima tahun ke belakang", "DURATION", "P5Y")]),
    ("Ekspor turun pada kuartal I-2024.", ID, [("kuartal I-2024", "DATE", "2024-Q1")]),
])
def test_halves_windows_and_quarters_with_their_year(text, lang, expected):
    assert _x(text, lang) == expected


def test_a_bare_day_before_a_range_word_is_a_date_of_that_month():
    assert _x("Pameran digelar 1 hingga 5 Januari.", ID, date(2025, 1, 8)) == [
        ("1", "DATE", "2025-01-01"), ("5 Januari", "DATE", "2025-01-05")]
    assert _x("Harga naik 1 hingga 5 persen pada Januari.", ID, date(2025, 1, 8)) == [
        ("Januari", "DATE", "2025-01")]


@pytest.mark.parametrize("text, expected", [
    ("The truce expires on Friday.", "2025-01-10"),
    ("The summit, which opens Monday, is closed to the press.", "2025-01-06"),
    ("The truce expired on Friday.", "2025-01-03"),
    ("The aid programme ends in September.", "2025-09"),
    ("The aid programme ended in September.", "2024-09"),
    ("The summit, which opened Monday, was closed to the press.", "2024-12-30"),
])
def test_a_timetabled_present_looks_forward(text, expected):
    assert [v for _, _, v in _x(text, EN)] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("He was last seen the day before last Tuesday.", EN,
     [("the day before last Tuesday", "DATE", "2024-12-30")]),
    ("They met a day after Christmas.", EN, [("a day after Christmas", "DATE", "2024-12-26")]),
    ("A day after the vote, he left.", EN, [("A day", "DURATION", "P1D")]),
    ("Ia tiba sehari sebelum 17 Agustus.", ID, [("sehari sebelum 17 Agustus", "DATE", "2024-08-16")]),
    ("Mereka pulang sehari setelah Natal.", ID, [("sehari setelah Natal", "DATE", "2024-12-26")]),
])
def test_a_day_shifted_from_a_date(text, lang, expected):
    assert _x(text, lang) == expected


def test_the_first_months_of_a_year_are_a_length_dated_from_its_start():
    for text, lang, span, year in [("In the first three months of 2024, 1,500 people died.", EN,
                                    "the first three months", "2024"),
                                   ("Dalam tiga bulan pertama tahun 2024, 1.500 orang tewas.", ID,
                                    "tiga bulan pertama", "tahun 2024")]:
        t, y = find_times(text, lang, SUN)
        assert (t.text, t.type, t.value, str(t.start_date), str(t.end_date)) == (
            span, "DURATION", "P3M", "2024-01-01", "2024-03-31")
        assert (y.text, y.value) == (year, "2024")  # the year stays an expression of its own
    assert _x("Profits rose in the first nine months.", EN) == [("the first nine months", "DURATION", "P9M")]
    assert _x("Sales rose in the first half.", EN, date(2025, 8, 1)) == [
        ("the first half", "DATE", "2025-H1")]


def test_a_window_the_language_lists_as_a_reference_is_one():
    assert _x("Prices were lower in past years.", EN) == [("past years", "DATE", "PAST_REF")]
    assert _x("Prices fell over the past three years.", EN) == [("the past three years", "DURATION", "P3Y")]


def test_a_month_before_a_thousands_count_is_no_date_of_the_month():
    assert _x("In January 1,200 people died in Sudan.", EN, date(2024, 11, 15)) == [
        ("January", "DATE", "2024-01")]
    assert _x("Pada Januari 1.200 orang tewas di Sudan.", ID, date(2024, 11, 15)) == [
        ("Januari", "DATE", "2024-01")]
    assert _x("On January 1, 2025, talks began.", EN) == [("January 1, 2025", "DATE", "2025-01-01")]


def test_a_range_between_two_months_of_a_past_toll_lies_before_publication():
    assert _x("Between January and October, 1,200 people died.", EN, date(2024, 11, 15)) == [
        ("January", "DATE", "2024-01"), ("October", "DATE", "2024-10")]
    assert _x("Antara Januari dan Oktober, 1.200 orang tewas.", ID, date(2024, 11, 15)) == [
        ("Januari", "DATE", "2024-01"), ("Oktober", "DATE", "2024-10")]


def test_the_same_night_is_the_night_of_the_latest_day_named():
    text = "Drones hit Kyiv on Tuesday. Russia launched 85 drones on the same night."
    assert _x(text, EN, date(2025, 3, 12)) == [
        ("Tuesday", "DATE", "2025-03-11"), ("the same night", "TIME", "2025-03-11TNI")]
    text = "Drone menghantam Kyiv pada Selasa. Rusia meluncurkan 85 drone pada malam yang sama."
    assert _x(text, ID, date(2025, 3, 12)) == [
        ("Selasa", "DATE", "2025-03-11"), ("malam yang sama", "TIME", "2025-03-11TNI")]


@pytest.mark.parametrize("text, expected", [
    # Indonesian has no tense: with no other cue, the start is the day nearer publication (a Sunday)
    ("Gencatan senjata itu mulai berlaku pada Jumat, kata pejabat.", [("Jumat", "DATE", "2025-01-03")]),
    ("Gencatan senjata itu mulai berlaku pada Selasa, kata pejabat.", [("Selasa", "DATE", "2025-01-07")]),
    ("Gencatan senjata itu akan mulai berlaku pada Jumat.", [("Jumat", "DATE", "2025-01-10")]),
    ("Larangan itu mulai berlaku 20 Desember.", [("20 Desember", "DATE", "2024-12-20")]),
])
def test_a_start_of_no_tense_is_the_nearer_day(text, expected):
    assert _x(text, ID) == expected

