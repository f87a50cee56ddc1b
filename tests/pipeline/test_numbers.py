"""find_quantities: digits, words, vague words, bounds, and what is skipped."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.numbers import find_quantities, number_pattern, parse_number

ID = load("id")
EN = load("en")


def _q(text: str, lang=ID, **kw):
    out = find_quantities(text, lang, **kw)
    for q in out:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.value, q.low, q.high, q.bound) for q in out]


@pytest.mark.parametrize("text, expected", [
    ("Sebanyak 49.000 tentara tewas.", [("49.000", 49000, 49000, 49000, "exact")]),
    ("Tercatat 302.420 korban.", [("302.420", 302420, 302420, 302420, "exact")]),
    ("Sekitar 1,5 juta orang mengungsi.", [("Sekitar 1,5 juta", 1500000, 1500000, 1500000, "approx")]),
    ("Ada 12 juta warga dan 3 ribu rumah.", [("12 juta", 12e6, 12e6, 12e6, "exact"),
                                           ("3 ribu", 3000, 3000, 3000, "exact")]),
    ("Mereka menghancurkan dua tank.", [("dua", 2, 2, 2, "exact")]),
    ("Sebanyak dua belas kendaraan.", [("dua belas", 12, 12, 12, "exact")]),
    ("Tentara membunuh tiga ratus empat puluh anggota.",
     [("tiga ratus empat puluh", 340, 340, 340, "exact")]),
    ("Ada seribu dua ratus pengungsi.", [("seribu dua ratus", 1200, 1200, 1200, "exact")]),
    ("Sebelas orang terluka.", [("Sebelas", 11, 11, 11, "exact")]),
    ("Dua puluh tiga orang hilang.", [("Dua puluh tiga", 23, 23, 23, "exact")]),
    ("Seratus ribu orang mengungsi.", [("Seratus ribu", 100000, 100000, 100000, "exact")]),
])
def test_numbers_indonesian_values(text, expected):
    assert _q(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Korban di pihak lawan lebih dari 52.000 orang.",
     [("lebih dari 52.000", 52000, 52000, None, "lower")]),
    ("Setidaknya 773 orang tewas.", [("Setidaknya 773", 773, 773, None, "lower")]),
    ("sedikitnya 35 orang tewas", [("sedikitnya 35", 35, 35, None, "lower")]),
    ("jumlahnya melampaui 10.000 jiwa", [("melampaui 10.000", 10000, 10000, None, "lower")]),
    ("dibantu sekitar 4.000 personel", [("sekitar 4.000", 4000, 4000, 4000, "approx")]),
    ("hampir 300 rumah rusak", [("hampir 300", 300, None, 300, "upper")]),
    ("ratusan kendaraan hancur", [("ratusan", None, 100, 999, "vague")]),
    ("Ratusan Orang Tewas", [("Ratusan", None, 100, 999, "vague")]),
    ("puluhan orang dan ribuan warga", [("puluhan", None, 10, 99, "vague"),
                                        ("ribuan", None, 1000, 9999, "vague")]),
    ("belasan honai dibakar", [("belasan", None, 11, 19, "vague")]),
    ("puluhan ribu orang mengungsi", [("puluhan ribu", None, 10000, 99999, "vague")]),
    # a vague word before a scale word is scaled as a digit is: "belasan ribu" is 11,000-19,999
    ("belasan ribu warga mengungsi", [("belasan ribu", None, 11000, 19999, "vague")]),
    ("sekitar belasan juta jiwa", [("sekitar belasan juta", None, 11000000, 19999999, "vague")]),
    ("ribuan juta rupiah", [("ribuan juta", None, 1000000000, 9999999999, "vague")]),
    ("di lebih dari belasan kota", [("lebih dari belasan", None, 11, None, "lower")]),
    ("sebanyak 50 hingga 70 pemberontak", [("50 hingga 70", None, 50, 70, "range")]),
    ("antara 5 dan 10 orang", [("antara 5 dan 10", None, 5, 10, "range")]),
    ("50-70 pemberontak", [("50-70", None, 50, 70, "range")]),
])
def test_numbers_indonesian_bounds(text, expected):
    assert _q(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The toll has exceeded 24,000.", [("exceeded 24,000", 24000, 24000, None, "lower")]),
    ("wounding at least 15 people", [("at least 15", 15, 15, None, "lower")]),
    ("more than 700 soldiers", [("more than 700", 700, 700, None, "lower")]),
    ("nearly 2,000 homes", [("nearly 2,000", 2000, None, 2000, "upper")]),
    ("about 300 people", [("about 300", 300, 300, 300, "approx")]),
    ("some 40 drones", [("some 40", 40, 40, 40, "approx")]),
    ("killed seven to 10 fighters", [("seven to 10", None, 7, 10, "range")]),
    ("between five and ten soldiers", [("between five and ten", None, 5, 10, "range")]),
    ("more than two dozen deaths", [("more than two dozen", 24, 24, None, "lower")]),
    ("more than a dozen towns", [("more than a dozen", 12, 12, None, "lower")]),
    ("twelve armoured vehicles", [("twelve", 12, 12, 12, "exact")]),
    ("twenty-five tanks", [("twenty-five", 25, 25, 25, "exact")]),
    ("three hundred and twenty troops", [("three hundred and twenty", 320, 320, 320, "exact")]),
    ("two million people", [("two million", 2e6, 2e6, 2e6, "exact")]),
    ("1.5 million refugees", [("1.5 million", 1.5e6, 1.5e6, 1.5e6, "exact")]),
    ("a budget of 2.3bn", [("2.3bn", 2.3e9, 2.3e9, 2.3e9, "exact")]),
    ("hundreds of vehicles", [("hundreds", None, 100, 999, "vague")]),
    ("tens of thousands of people", [("tens of thousands", None, 10000, 99999, "vague")]),
    ("dozens of homes", [("dozens", None, 10, 99, "vague")]),
])
def test_numbers_english(text, expected):
    assert _q(text, EN) == expected


def test_numbers_english_grouping_in_indonesian_text():
    assert _q("menewaskan 49,000 tentara") == [("49,000", 49000, 49000, 49000, "exact")]
    assert _q("sekitar 1,250 juta") == [("sekitar 1,250 juta", 1.25e6, 1.25e6, 1.25e6, "approx")]


@pytest.mark.parametrize("text", [
    "Serangan terjadi pada tahun 2024.",
    "Serangan terjadi pada 5 Januari 2025.",
    "Serangan pukul 09.00 WIT.",
    "Rabu (9/11/2022) pagi.",
    "Selasa (8/11) pagi.",
    "Lebih dari 70 persen wilayah rusak.",
    "Sebanyak 70% wilayah rusak.",
    "Ini serangan ke-3.",
    "rudal ATACMS-2 dan jaringan 5G",
    "pada Agustus 2024",
])
def test_numbers_indonesian_skips(text):
    assert _q(text) == []


@pytest.mark.parametrize("text", [
    "The incursion began on Aug. 6.",
    "Dateline Jan 16 (Reuters).",
    "It happened on January 5, 2025.",
    "At 7:30 local time (0430 GMT).",
    "from 5 p.m. until 11:40 p.m.",
    "Russia lost troops in 2024.",
    "over 60 percent of the district",
    "the 3rd brigade and the 21st",
    "a five-storey building",
    "F-16 jets",
])
def test_numbers_english_skips(text):
    assert _q(text, EN) == []


def test_numbers_offsets_are_absolute_and_windowed():
    text = "Pertama 10 orang. Kedua 20 orang."
    got = find_quantities(text, ID, start=18)
    assert [(q.start, q.end, q.value) for q in got] == [(24, 26, 20)]
    assert text[24:26] == "20"
    assert find_quantities(text, ID, 0, 17)[0].text == "10"


def test_numbers_articles_only_when_asked():
    text = "dua tank, sebuah truk dan seorang warga"
    assert [q.text for q in find_quantities(text, ID)] == ["dua"]
    assert [(q.text, q.value) for q in find_quantities(text, ID, articles=True)] == [
        ("dua", 2), ("sebuah", 1), ("seorang", 1)]
    en = "two tanks, a supply truck"
    assert [q.text for q in find_quantities(en, EN, articles=True)] == ["two", "a"]


def test_numbers_parse_number():
    assert parse_number("lima", ID) == 5
    assert parse_number("24", ID) == 24
    assert parse_number("five", EN) == 5
    assert parse_number("beberapa", ID) is None
    assert "\\d" in number_pattern(EN)


def test_numbers_on_hostile_input():
    # runs that tempt a backtracking regex, long enough that quadratic work would show in
    # the suite's time (benchmarks/scaling_bench.py measures it): a run of dotted or comma'd
    # digits is no count, and the count after it is still found
    assert [q.value for q in find_quantities("1." * 100_000 + " lalu 7 tentara", ID)] == [7]
    assert [q.value for q in find_quantities("1," * 100_000 + " and 7 soldiers", EN)] == [7]
    words = "dua puluh " * 20_000
    found = find_quantities(words, ID)
    assert [(q.start, q.end) for q in found] == [(0, len(words) - 1)]  # one run of number words
    mixed = find_quantities(("lebih dari " * 10_000) + "5", ID)
    assert [(q.value, q.bound) for q in mixed] == [(5, "lower")]


def test_numbers_bare_years_are_not_counts():
    assert _q("dalam pemilihan presiden 2014 lalu") == []
    assert _q("lebih dari 2000 orang") == [("lebih dari 2000", 2000, 2000, None, "lower")]
    assert _q("sebanyak 1.999 tentara") == [("1.999", 1999, 1999, 1999, "exact")]
    assert _q("the 2022 invasion and 2,019 soldiers", EN) == [("2,019", 2019, 2019, 2019, "exact")]


def test_numbers_plus_suffix_is_a_lower_bound():
    assert _q("60+ soldiers and 20-plus months", EN) == [
        ("60+", 60, 60, None, "lower"), ("20-plus", 20, 20, None, "lower")]
    assert _q("on Dec.14th and Nov. 5.", EN) == []


def test_numbers_an_approximating_suffix_is_about_that_many():
    assert _q("sekitar 50-an orang dan 1.000-an rumah", ID) == [
        ("sekitar 50-an", 50, 50, 50, "approx"), ("1.000-an", 1000, 1000, 1000, "approx")]
    assert _q("about 2,000-odd people and a 5-year-old boy", EN) == [
        ("about 2,000-odd", 2000, 2000, 2000, "approx")]


def test_numbers_day_ranges_before_a_month_and_idioms_are_no_counts():
    from warta.lang import load as _load
    from warta.pipeline.numbers import find_quantities as _fq
    assert [q.text for q in _fq("Pada 26-28 Oktober, 3.400 orang mengungsi.", _load("id"))] == ["3.400"]
    assert [q.text for q in _fq("Between 3-5 March 2024, 40 people fled.", _load("en"))] == ["40"]
    assert _fq("Salah satu roket itu menghantam rumah.", _load("id")) == []
    assert _fq("They helped one another.", _load("en")) == []


def test_numbers_a_bound_on_a_vague_word_keeps_the_vague_range():
    from warta.lang import load as _load
    from warta.pipeline.numbers import find_quantities as _fq
    q = _fq("hingga puluhan prajurit", _load("id"))[0]
    assert (q.value, q.low, q.high) == (None, 10, 99)
    q = _fq("up to dozens of people", _load("en"))[0]
    assert (q.value, q.low, q.high) == (None, 10, 99)
    q = _fq("more than hundreds of people", _load("en"))[0]
    assert (q.value, q.low, q.high) == (None, 100, None)


@pytest.mark.parametrize("code, text", [
    ("id", "Sekitar pukul 10.30 pada 3 Maret, lebih dari dua puluh lima rumah dan 1.200 warga terdampak; "
           "antara 5 dan 7 tank hancur, kata 3/4 saksi, hingga puluhan orang, sebuah desa, 12-15 korban."),
    ("en", "At 9:30 a.m. on March 3, more than twenty-five homes and 1,200 people were hit; between 5 "
           "and 7 tanks burned, a dozen witnesses said, up to hundreds more, one-on-one, 12-15 dead "
           "(2024-03-03,2024-03-04; from 2,000.5 to 3)."),
])
@pytest.mark.parametrize("articles", [False, True])
def test_numbers_search_tries_the_pattern_only_where_a_match_can_begin(code, text, articles):
    """The quick search for where a number can begin finds every match the full pattern
    finds anywhere, with the same span and groups."""
    from warta.pipeline.number_scan import scan_text
    from warta.pipeline.numbers import _grammar, _search

    g = _grammar(load(code), articles)
    for start in (0, 7):
        low = scan_text(text, start, len(text), g.letters, g.safe)
        assert low is not None
        for pos in range(start, len(text)):
            want = g.regex.search(text, pos)
            for scan in (low, None):  # the lower-cased text read, or the text as written
                got = _search(g, text, scan, start, pos, len(text))
                assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict()))
    assert find_quantities(text, load(code), articles=articles)


def test_indonesian_ranges_with_hingga_and_sampai():
    for text in ("antara 30 hingga 40 warga", "dari 30 sampai 40 warga", "antara 30 dan 40 warga"):
        (q,) = find_quantities(text, load("id"))
        assert (q.low, q.high, q.value) == (30, 40, None), text


@pytest.mark.parametrize("lang, text, number", [
    (EN, "Two soldiers died on Monday and two more on Tuesday; 1,200 fled, then 1,200 returned.",
     ["Two", "two", "1,200", "1,200"]),
    (ID, "Dua tentara tewas hari Senin dan dua lagi hari Selasa; 1.200 mengungsi, lalu 1.200 kembali.",
     ["Dua", "dua", "1.200", "1.200"]),
])
def test_a_number_read_again_keeps_its_own_offsets(lang, text, number):
    """Each number's reading is remembered by its words, not by where it stands: the
    same words later in the text end where they end there, with the same value."""
    got = find_quantities(text, lang)
    assert [q.text for q in got] == number
    assert all(text[q.start:q.end] == q.text for q in got)
    assert got[0].value == got[1].value == 2 and got[2].value == got[3].value == 1200
    assert got[0].start < got[1].start < got[2].start < got[3].start


@pytest.mark.parametrize("text, expected", [
    # read on the text as written, not lower-cased: another digit, a letter that lower-cases to two
    ("٣ killed and İ saw ONE HUNDRED flee", [("٣", 3.0), ("ONE HUNDRED", 100.0)]),
    ("Ucapan “Five” and ‘SIX’ died", [("Five", 5.0), ("SIX", 6.0)]),
    ("Ní five: ſix", [("five", 5.0)]),
])
def test_cased_and_non_ascii_text(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in find_quantities(text, EN)] == expected
    # a window of the text finds the same numbers inside it
    cut = text.index(expected[-1][0])
    assert [(q.text, q.value) for q in find_quantities(text, EN, cut)] == expected[-1:]


@pytest.mark.parametrize("text, lang, expected", [
    ("Serangan 2022\n\n—9.999 orang", ID, ["9.999"]),  # no range across a paragraph (a year is skipped)
    ("Ada 20 -\n30 korban", ID, ["20", "30"]),
    ("They counted twenty\nthousand", EN, ["twenty", "thousand"]),
    ("at least\n40 fighters", EN, ["40"]),  # a modifier on the line before stays there
    ("between 5 and\n7 people", EN, ["5", "7"]),
])
def test_numbers_never_run_across_a_line_break(text, lang, expected):
    # every line break ends a sentence: a number read across one ran into the next sentence's tokens
    assert [q[0] for q in _q(text, lang)] == expected
