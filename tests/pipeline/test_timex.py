"""TIMEX3 types and values of time expressions, in both languages (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times

ID = load("id")
EN = load("en")
SUN = date(2025, 1, 5)  # a Sunday


def _x(text: str, lang=EN, pub: date | None = SUN) -> list[tuple[str, str, str | None]]:
    out = [p for t in find_times(text, lang, pub, sentences(text, lang)) for p in t.timexes]  # TIMEX3s
    for t in out:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.type, t.value) for t in out]


@pytest.mark.parametrize("text, lang, expected", [
    ("Both sides agreed to a 48-hour ceasefire.", EN, [("48-hour", "DURATION", "PT48H")]),
    ("The siege lasted three weeks.", EN, [("three weeks", "DURATION", "P3W")]),
    ("The talks went on for several days.", EN, [("several days", "DURATION", "PXD")]),
    ("Pengepungan berlangsung selama tiga hari.", ID, [("tiga hari", "DURATION", "P3D")]),
    ("Blokade itu sudah dua pekan.", ID, [("dua pekan", "DURATION", "P2W")]),
    ("Warga bertahan setahun di pengungsian.", ID, [("setahun", "DURATION", "P1Y")]),
    ("Perundingan berlangsung bertahun-tahun.", ID, [("bertahun-tahun", "DURATION", "PXY")]),
    # days of trade or work are days
    ("The index fell for eight trading days.", EN, [("eight trading days", "DURATION", "P8D")]),
    ("Refunds take five business days.", EN, [("five business days", "DURATION", "P5D")]),
    ("Izin terbit dalam 14 hari kerja.", ID, [("14 hari kerja", "DURATION", "P14D")]),
])
def test_durations(text, lang, expected):
    assert _x(text, lang) == expected


def test_durations_have_no_dates_but_windows_do():
    t = find_times("selama dua puluh hari", ID, SUN)[0]
    assert (t.value, t.start_date, t.kind) == ("P20D", None, "duration")
    w = find_times("dalam dua hari ke depan", ID, SUN)[0]
    assert (w.text, w.value, str(w.start_date), str(w.end_date)) == (
        "dua hari ke depan", "P2D", "2025-01-05", "2025-01-07")
    w = find_times("over the past two months", EN, SUN)[0]
    assert (w.text, w.value, str(w.start_date)) == ("the past two months", "P2M", "2024-11-05")


@pytest.mark.parametrize("text, lang, expected", [
    ("Sirens sounded at 7:15 p.m. local time.", EN,
     [("7:15 p.m. local time", "TIME", "2025-01-05T19:15")]),
    ("The truce will start at 10:00 GMT Friday.", EN, [("10:00 GMT Friday", "TIME", "2025-01-10T10:00Z")]),
    ("Drones struck at 9:00 Moscow time.", EN, [("9:00 Moscow time", "TIME", "2025-01-05T09:00")]),
    ("The market closed at 4 p.m. ET.", EN, [("4 p.m. ET", "TIME", "2025-01-05T16:00")]),
    ("Pidato presiden AS dimulai pukul 21.00 ET.", ID, [("pukul 21.00 ET", "TIME", "2025-01-05T21:00")]),
    ("Ledakan terdengar pukul 07.30 WIB.", ID, [("pukul 07.30 WIB", "TIME", "2025-01-05T07:30")]),
    ("Kontak tembak terjadi pukul 14.00 WIT.", ID, [("pukul 14.00 WIT", "TIME", "2025-01-05T14:00")]),
    ("Serangan dimulai jam 3 sore waktu setempat.", ID,
     [("jam 3 sore waktu setempat", "TIME", "2025-01-05T15:00")]),
    ("Pos diserang Sabtu (4/1) pukul 05.00 WITA.", ID,
     [("Sabtu (4/1) pukul 05.00 WITA", "TIME", "2025-01-04T05:00")]),
])
def test_clock_times_with_zones_and_days(text, lang, expected):
    assert _x(text, lang) == expected


def test_a_clock_time_takes_its_day_dates_only_with_the_day():
    alone = find_times("pukul 07.30 WIB", ID, SUN)[0]
    with_day = find_times("Sabtu pukul 07.30 WIB", ID, SUN)[0]
    assert alone.start_date is None
    assert str(with_day.start_date) == "2025-01-04"
    assert _x("a figure of 3.15 million", EN) == []
    assert _x("sebanyak 1.500 orang", ID) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Patrols run every day.", EN, [("every day", "SET", "P1D")]),
    ("Reports come out weekly.", EN, [("weekly", "SET", "P1W")]),
    ("Aid arrives twice a month.", EN, [("twice a month", "SET", "P1M")]),
    ("Patroli dilakukan setiap hari.", ID, [("setiap hari", "SET", "P1D")]),
    ("Konvoi datang tiap minggu.", ID, [("tiap minggu", "SET", "P1W")]),
    ("Obat dibagikan dua kali sehari.", ID, [("dua kali sehari", "SET", "P1D")]),
    ("Pasar buka setiap hari Senin.", ID, [("setiap hari Senin", "SET", "XXXX-WXX-1")]),
])
def test_sets(text, lang, expected):
    assert _x(text, lang) == expected
    assert find_times(text, lang, SUN)[0].quant in ("EVERY", None)


@pytest.mark.parametrize("text, lang, expected", [
    ("Fighting is now spreading.", EN, [("now", "DATE", "PRESENT_REF")]),
    ("The town is currently cut off.", EN, [("currently", "DATE", "PRESENT_REF")]),
    ("Aid will arrive soon.", EN, [("soon", "DATE", "FUTURE_REF")]),
    ("Saat ini warga mengungsi.", ID, [("Saat ini", "DATE", "PRESENT_REF")]),
    ("Kota itu kini dikuasai pemberontak.", ID, [("kini", "DATE", "PRESENT_REF")]),
    ("Desa itu baru-baru ini diserang.", ID, [("baru-baru ini", "DATE", "PAST_REF")]),
])
def test_now_and_other_references(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The talks will be held on Tuesday.", EN, [("Tuesday", "DATE", "2025-01-07")]),
    ("The talks were held on Tuesday.", EN, [("Tuesday", "DATE", "2024-12-31")]),
    ("Delegates will meet on 9 May.", EN, [("9 May", "DATE", "2025-05-09")]),
    ("The vote is scheduled for March 3.", EN, [("March 3", "DATE", "2025-03-03")]),
    ("Pertemuan akan digelar pada 7 April.", ID, [("7 April", "DATE", "2025-04-07")]),
    ("Pertemuan digelar pada 7 April.", ID, [("7 April", "DATE", "2024-04-07")]),
    ("Pemilu dijadwalkan pada hari Kamis.", ID, [("hari Kamis", "DATE", "2025-01-09")]),
    ("Kremlin mengancam akan membalas pada hari Sabtu.", ID, [("hari Sabtu", "DATE", "2025-01-04")]),
    # a verb of saying before a reported clause with its own subject: the date is the clause's
    ("Gubernur mengatakan sebuah pertemuan akan digelar di Kohat pada Senin.", ID,
     [("Senin", "DATE", "2025-01-06")]),
    ("Menteri mengatakan pihaknya akan membalas pada hari Sabtu.", ID,
     [("hari Sabtu", "DATE", "2025-01-04")]),
])
def test_future_sentences_resolve_forward(text, lang, expected):
    assert _x(text, lang) == expected


def test_a_past_verb_before_to_and_a_noun_keeps_its_date():
    # "to" before a noun phrase is no infinitive that takes the date from the past verb ...
    assert _x("Twelve bodies were brought to the clinic by Friday evening.", EN) == \
        [("Friday evening", "TIME", "2025-01-03TEV")]
    # ... one before a verb is, and a deadline with no past verb lies ahead, in both languages
    assert _x("The talks are due to resume by Friday.", EN) == [("Friday", "DATE", "2025-01-10")]
    assert _x("Dua belas jenazah dibawa ke klinik paling lambat Jumat sore.", ID) == \
        [("Jumat sore", "TIME", "2025-01-10TAF")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Profits fell in the third quarter of 2024.", EN, [("the third quarter of 2024", "DATE", "2024-Q3")]),
    ("Output rose in the fourth quarter.", EN, [("the fourth quarter", "DATE", "2024-Q4")]),
    ("Exports grew in Q2 2023.", EN, [("Q2 2023", "DATE", "2023-Q2")]),
    ("Produksi naik pada kuartal III 2024.", ID, [("kuartal III 2024", "DATE", "2024-Q3")]),
    ("Impor turun pada triwulan kedua.", ID, [("triwulan kedua", "DATE", "2024-Q2")]),
    ("The offensive stalled last winter.", EN, [("last winter", "DATE", "2024-WI")]),
    ("Fighting resumed this summer.", EN, [("this summer", "DATE", "2025-SU")]),
    ("Serangan meningkat pada musim dingin lalu.", ID, [("musim dingin lalu", "DATE", "2024-WI")]),
    ("Pasukan mundur musim panas 2023.", ID, [("musim panas 2023", "DATE", "2023-SU")]),
])
def test_quarters_and_seasons(text, lang, expected):
    assert _x(text, lang) == expected


def test_quarter_dates():
    t = find_times("kuartal kedua 2024", ID, SUN)[0]
    assert (str(t.start_date), str(t.end_date)) == ("2024-04-01", "2024-06-30")


@pytest.mark.parametrize("text, lang, expected", [
    ("The town fell three years ago.", EN, [("three years ago", "DATE", "2022")]),
    ("The bridge was hit two days ago.", EN, [("two days ago", "DATE", "2025-01-03")]),
    ("A month earlier the port closed.", EN, [("A month earlier", "DATE", "2024-12")]),
    ("Kota itu jatuh tiga tahun lalu.", ID, [("tiga tahun lalu", "DATE", "2022")]),
    ("Dua pekan lalu jembatan dibom.", ID, [("Dua pekan lalu", "DATE", "2024-W51")]),
    ("Desa itu diserang lima hari silam.", ID, [("lima hari silam", "DATE", "2024-12-31")]),
])
def test_ago(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected, dates", [
    ("The army pulled back in early June.", EN, ("early June", "DATE", "2024-06"),
     ("2024-06-01", "2024-06-10")),
    ("Shelling grew in late March.", EN, ("late March", "DATE", "2024-03"), ("2024-03-21", "2024-03-31")),
    ("It happened early last month.", EN, ("early last month", "DATE", "2024-12"),
     ("2024-12-01", "2024-12-10")),
    ("Pasukan masuk pada awal Oktober.", ID, ("awal Oktober", "DATE", "2024-10"),
     ("2024-10-01", "2024-10-10")),
    ("Serangan terjadi pertengahan Agustus.", ID, ("pertengahan Agustus", "DATE", "2024-08"),
     ("2024-08-11", "2024-08-20")),
])
def test_modifiers_kept_in_span(text, lang, expected, dates):
    t = find_times(text, lang, SUN)[0]
    assert (t.text, t.type, t.value) == expected
    assert (str(t.start_date), str(t.end_date)) == dates
    assert t.mod in ("START", "MID", "END")


@pytest.mark.parametrize("text, lang, expected", [
    ("The rebels regrouped in early 2019.", EN, ("early 2019", "2019", "START")),
    ("The camp was built in the late 1970s.", EN, ("late 1970s", "197", "END")),
    ("Kota itu jatuh pada pertengahan 2017.", ID, ("pertengahan 2017", "2017", "MID")),
    ("Desa-desa itu dikosongkan pada awal 1990-an.", ID, ("awal 1990-an", "199", "START")),
    ("Pasukan dijadwalkan pulang akhir tahun ini.", ID, ("akhir tahun ini", "2025", "END")),
])
def test_a_part_of_a_year_or_more_is_vague(text, lang, expected):
    """"early 2019", "the late 1970s": no dates that would read as the whole year or decade, only the
    TIMEX3 value and mod; a month's part is bounded (above) and "since early 2019" stays a range."""
    t = find_times(text, lang, SUN)[0]
    assert (t.text, t.value, t.mod) == expected
    assert (t.start_date, t.end_date, t.type) == (None, None, "DATE")


@pytest.mark.parametrize("text, lang, dates", [
    ("Fighting has gone on since early 2019.", EN, ("2019-01-01", "2025-01-05")),
    ("Sejak akhir 2022 kelompok itu menguasai jalan.", ID, ("2022-01-01", "2025-01-05")),
])
def test_since_a_part_of_a_year_keeps_its_range(text, lang, dates):
    t = find_times(text, lang, SUN)[0]
    assert (t.kind, str(t.start_date), str(t.end_date)) == ("since", *dates)


@pytest.mark.parametrize("text, dates", [
    ("It was the worst shelling since last year's offensive.", ("2024-01-01", "2024-12-31")),
    ("The border has been quiet since 2019’s truce.", ("2019-01-01", "2019-12-31")),
])
def test_since_a_date_of_a_thing_is_that_date(text, dates):
    """"since last year's offensive": "since" counts from the offensive, so the year is its date, no
    range to publication (Indonesian puts the date after the thing: "sejak serangan tahun lalu")."""
    t = find_times(text, EN, SUN)[0]
    assert (t.kind, str(t.start_date), str(t.end_date)) == ("point", *dates)


@pytest.mark.parametrize("text, lang, span", [
    ("The strike came on Thursday.", EN, "Thursday"),
    ("Deaths rose since August.", EN, "August"),
    ("Serangan terjadi pada hari Minggu.", ID, "hari Minggu"),
    ("Korban bertambah sejak Agustus.", ID, "Agustus"),
])
def test_spans_leave_out_the_preposition(text, lang, span):
    assert _x(text, lang)[0][0] == span


def test_since_keeps_the_range():
    t = find_times("Korban bertambah sejak Agustus.", ID, SUN)[0]
    assert (t.text, t.kind, str(t.start_date), str(t.end_date), t.value) == (
        "Agustus", "since", "2024-08-01", "2025-01-05", "2024-08")


def test_a_day_and_month_keeps_the_year_the_article_gave():
    text = "Serangan 7 Oktober 2023 memicu perang. Sejak 7 Oktober, ribuan tewas."
    assert [t.value for t in find_times(text, ID, date(2024, 11, 22))] == ["2023-10-07", "2023-10-07"]
    text = "The attack of October 7, 2023 began the war. Since October 7, thousands died."
    assert [t.value for t in find_times(text, EN, date(2024, 11, 22))] == ["2023-10-07", "2023-10-07"]


def test_day_ranges():
    t = find_times("Bentrokan pada 26-28 Oktober.", ID, date(2025, 10, 30))[0]
    assert (t.text, str(t.start_date), str(t.end_date), t.precision) == (
        "26-28 Oktober", "2025-10-26", "2025-10-28", "range")
    t = find_times("Clashes on March 8-10 killed many.", EN, date(2025, 4, 1))[0]
    assert (t.text, str(t.start_date), str(t.end_date)) == ("March 8-10", "2025-03-08", "2025-03-10")


def test_weekday_name_after_since_is_a_day_not_a_week():
    t = find_times("Pengungsi bertambah sejak Minggu lalu.", ID, date(2025, 10, 28))[0]
    assert (t.text, str(t.start_date), t.kind) == ("Minggu lalu", "2025-10-26", "since")


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday with the week it falls in: that day of that week (SUN is 2025-01-05)
    ("Jalan itu ditutup Senin pekan lalu.", ID, [("Senin pekan lalu", "DATE", "2024-12-23")]),
    ("Hasilnya diumumkan Kamis pekan depan.", ID, [("Kamis pekan depan", "DATE", "2025-01-09")]),
    ("The road closed on Monday of last week.", EN, [("Monday of last week", "DATE", "2024-12-23")]),
    ("Results come out Thursday next week.", EN, [("Thursday next week", "DATE", "2025-01-09")]),
])
def test_a_weekday_of_a_named_week(text, lang, expected):
    assert _x(text, lang) == expected


def test_json_carries_type_and_value():
    j = find_times("selama tiga hari", ID, SUN)[0].to_json()
    assert (j["type"], j["value"], j["start_date"]) == ("DURATION", "P3D", None)
    j = find_times("setiap hari", ID, SUN)[0].to_json()
    assert (j["type"], j["value"], j["quant"]) == ("SET", "P1D", "EVERY")


@pytest.mark.parametrize("text, lang", [
    ("A 6-year-old boy was hurt.", EN),
    ("The 44-year-old commander died.", EN),
    ("Seorang warga berusia 20 tahun terluka.", ID),
    ("About three-quarters of the town burned.", EN),
    # a speed or a throughput: a rate per hour or second is no time
    ("The convoy moved at 40 kilometres per hour.", EN),
    ("Radar itu memindai 30 sasaran per detik.", ID),
])
def test_ages_fractions_and_speeds_are_not_durations(text, lang):
    assert _x(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # a calendar unit right after an amount is a rate: a set of times, one each unit, no length
    ("The army spends $500 million a year on fuel.", EN, [("a year", "SET", "P1Y")]),
    ("Four convoys a week reach the city.", EN, [("a week", "SET", "P1W")]),
    ("Each displaced family gets $3 a day in cash.", EN, [("a day", "SET", "P1D")]),
    ("Para perantau mengirim Rp1 triliun setahun ke kampung halaman.", ID, [("setahun", "SET", "P1Y")]),
    ("Harga beras naik 5 persen setahun.", ID, [("setahun", "SET", "P1Y")]),
    ("Setiap pengungsi menerima Rp 50 ribu sehari.", ID, [("sehari", "SET", "P1D")]),
    ("Relawan itu dibayar Rp 2 juta per bulan.", ID, [("per bulan", "SET", "P1M")]),
])
def test_a_rate_after_an_amount_is_a_set(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a day of the month before the unit is no amount: the unit is a length of its own
    ("On May 5 a day before the vote, police were deployed.", EN,
     [("May 5", "DATE", "2024-05-05"), ("a day", "DURATION", "P1D")]),
    ("Pada 5 Mei sehari sebelum pemilu, polisi berjaga.", ID,
     [("5 Mei", "DATE", "2024-05-05"), ("sehari", "DURATION", "P1D")]),
    ("Ia ditahan setahun di Nusakambangan.", ID, [("setahun", "DURATION", "P1Y")]),
    ("Pasukan menyerang pada Kamis (2/1/2025) tepat sehari setelah ultimatum berakhir.", ID,
     [("Kamis (2/1/2025)", "DATE", "2025-01-02"), ("sehari", "DURATION", "P1D")]),
])
def test_a_unit_after_a_date_is_no_rate(text, lang, expected):
    assert _x(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("They broke the 1991 agreement.", EN, [("1991", "DATE", "1991")]),
    ("Raids rose between 1994 and 1997 in the north.", EN,
     [("1994", "DATE", "1994"), ("1997", "DATE", "1997")]),
    ("It sent 2000 troops.", EN, []),
    ("Serangan meningkat antara 1994 dan 1997 di utara.", ID,
     [("1994", "DATE", "1994"), ("1997", "DATE", "1997")]),
    ("Sebanyak 2000 tentara dikirim.", ID, []),
    # a year after "pre-"/"post-", "pra-"/"pasca": a year before its noun
    ("The post-1975 exodus emptied the town.", EN, [("1975", "DATE", "1975")]),
    ("Its pre-2008 debt was small.", EN, [("2008", "DATE", "2008")]),
    ("Politik pasca-1998 mengubah peta partai.", ID, [("1998", "DATE", "1998")]),
    ("Situasi pasca 1965 penuh ketakutan.", ID, [("1965", "DATE", "1965")]),
])
def test_bare_years(text, lang, expected):
    assert _x(text, lang) == expected


def test_yearless_english_dates_take_the_nearest_year_unless_the_clause_is_past():
    pub = date(2000, 1, 6)
    assert _x("The boy must return by Jan. 14.", EN, pub) == [("Jan. 14", "DATE", "2000-01-14")]
    assert _x("Talks are planned in February.", EN, pub) == [("February", "DATE", "2000-02")]
    assert _x("Shelling grew in February.", EN, pub) == [("February", "DATE", "1999-02")]
    assert _x("The fighting stopped last April.", EN, date(1989, 10, 27)) == [
        ("last April", "DATE", "1989-04")]
    # Indonesian, whose verbs carry no tense, takes the coming one only within a month
    assert _x("Perundingan digelar pada 14 Januari.", ID, pub) == [("14 Januari", "DATE", "2000-01-14")]
    assert _x("Perundingan digelar pada 14 Maret.", ID, pub) == [("14 Maret", "DATE", "1999-03-14")]
    assert _x("Perundingan digelar pada bulan Februari.", ID, pub) == [("bulan Februari", "DATE", "2000-02")]
    assert _x("Perundingan digelar pada bulan April.", ID, pub) == [("bulan April", "DATE", "1999-04")]


@pytest.mark.parametrize("text, lang, pub, expected", [
    ("The siege began on Christmas Day.", EN, SUN, [("Christmas Day", "DATE", "2024-12-25")]),
    ("Aid arrived last Thanksgiving.", EN, SUN, [("last Thanksgiving", "DATE", "2024-11-28")]),
    ("Gencatan senjata berlaku saat Natal.", ID, SUN, [("Natal", "DATE", "2024-12-25")]),
    ("Upacara digelar pada Hari Kemerdekaan.", ID, date(2025, 9, 1),
     [("Hari Kemerdekaan", "DATE", "2025-08-17")]),
    # a day of the Islamic calendar, by its tabular form or the day kept where that is a day off
    ("Jalan tol padat saat Lebaran.", ID, date(2024, 5, 1), [("Lebaran", "DATE", "2024-04-10")]),
    ("Harga sapi naik sebelum Idul Adha.", ID, date(2025, 7, 1), [("Idul Adha", "DATE", "2025-06-06")]),
    ("Airstrikes hit the city on Eid al-Fitr.", EN, date(2022, 5, 20),
     [("Eid al-Fitr", "DATE", "2022-05-02")]),
    # with its year
    ("Arus mudik Lebaran 2023 lancar.", ID, SUN, [("Lebaran 2023", "DATE", "2023-04-22")]),
    ("Shelling stopped on Christmas 2023.", EN, SUN, [("Christmas 2023", "DATE", "2023-12-25")]),
    # ahead of a holiday or a day, with no tense cue: the next one
    ("Menjelang Lebaran, harga daging naik.", ID, date(2024, 3, 25),
     [("Lebaran", "DATE", "2024-04-10")]),
    ("Prices rise ahead of Eid al-Adha.", EN, date(2024, 6, 1), [("Eid al-Adha", "DATE", "2024-06-17")]),
    # ... but one a few days past is that one
    ("Harga daging naik menjelang Natal.", ID, date(2024, 12, 27), [("Natal", "DATE", "2024-12-25")]),
    ("Prices climbed ahead of Christmas.", EN, date(2024, 12, 27), [("Christmas", "DATE", "2024-12-25")]),
])
def test_holidays(text, lang, pub, expected):
    assert _x(text, lang, pub) == expected


def test_a_week_after_a_preposition_is_a_duration():
    assert _x("The siege lasted for a week.") == [("a week", "DURATION", "P1W")]


def test_bare_plural_units_after_a_preposition():
    assert _x("The town has been under siege for years.") == [("years", "DURATION", "PXY")]
    assert _x("Years passed.") == []


@pytest.mark.parametrize("text, lang, expected", [
    # a bare plural unit before "later", "after", "ago" ... is some of that unit when it opens its
    # clause, has a modifier or follows a past-tense verb
    ("Hours later, a second shell hit the market.", EN, [("Hours", "DURATION", "PTXH")]),
    ("The mayor resigned days after the flood.", EN, [("days", "DURATION", "PXD")]),
    ("The ceasefire broke down just weeks after it began.", EN, [("just weeks", "DURATION", "PXW")]),
    ("The old shift hours after lunch were cut.", EN, []),
    # Indonesian says it with a count word
    ("Beberapa jam kemudian, peluru kedua menghantam pasar.", ID, [("Beberapa jam", "DURATION", "PTXH")]),
    ("Bupati mundur beberapa hari setelah banjir.", ID, [("beberapa hari", "DURATION", "PXD")]),
])
def test_bare_plural_units_before_later_or_after(text, lang, expected):
    assert _x(text, lang) == expected


def test_a_clock_time_takes_the_latest_day_named():
    text = "The convoy was hit on Friday. Medics arrived at 4 in the morning."
    assert _x(text)[1] == ("4 in the morning", "TIME", "2025-01-03T04:00")


def test_a_yearless_date_takes_the_year_its_weekday_fits():
    assert _x("Bentrok terjadi Selasa (7/1) malam.", ID) == [("Selasa (7/1) malam", "TIME", "2025-01-07TNI")]
    assert _x("Polisi tiba Jumat (3/1).", ID) == [("Jumat (3/1)", "DATE", "2025-01-03")]
    assert _x("Talks resume on Tuesday, Jan. 7.", EN) == [("Tuesday, Jan. 7", "DATE", "2025-01-07")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bantuan tiba dalam waktu dekat.", ID, [("waktu dekat", "DATE", "FUTURE_REF")]),
    ("Desa itu diserang beberapa waktu lalu.", ID, [("beberapa waktu lalu", "DATE", "PAST_REF")]),
    ("Shelling has eased lately.", EN, [("lately", "DATE", "PAST_REF")]),
])
def test_more_references(text, lang, expected):
    assert _x(text, lang) == expected


def test_quarters_relative_to_the_year():
    assert _x("Profit fell from the year-ago third quarter.") == [
        ("the year-ago third quarter", "DATE", "2024-Q3")]
    assert _x("Sales should rise in next year's first quarter.") == [
        ("next year's first quarter", "DATE", "2026-Q1")]


def test_a_yearless_english_date_soon_after_publication_is_next_years():
    assert _x("The dividend is payable Jan. 2.", EN, date(1989, 11, 2)) == [("Jan. 2", "DATE", "1990-01-02")]


@pytest.mark.parametrize("text, lang, span", [
    ("The summit was held March 3-5, 2024.", EN, "March 3-5, 2024"),
    ("KTT itu berlangsung 3-5 Maret.", ID, "3-5 Maret"),
])
def test_a_range_of_days_is_dated_as_one_and_named_by_its_first_day(text, lang, span):
    [t] = find_times(text, lang, SUN, sentences(text, lang))
    assert (t.text, t.type, t.value) == (span, "DATE", "2024-03-03")
    assert (t.start_date, t.end_date) == (date(2024, 3, 3), date(2024, 3, 5))


@pytest.mark.parametrize("text, lang, span, first, last", [
    ("Anggaran periode 2020-2024 dipangkas.", ID, "2020-2024", 2020, 2024),
    ("The 2023-24 season opened late.", EN, "2023-24", 2023, 2024),
])
def test_two_years_joined_by_a_dash_are_a_range_named_by_the_first(text, lang, span, first, last):
    [t] = find_times(text, lang, SUN, sentences(text, lang))
    assert (t.text, t.type, t.value) == (span, "DATE", str(first))
    assert (t.start_date, t.end_date) == (date(first, 1, 1), date(last, 12, 31))


@pytest.mark.parametrize("text, lang", [
    ("Kode 2019-2001 ditolak.", ID),  # the second number is no later year
    ("The file 2024-11 was lost.", EN),
])
def test_numbers_joined_by_a_dash_that_are_no_range_of_years(text, lang):
    assert _x(text, lang) == []
