"""A length of days or weeks a word after it counts on ("two days later", "dua hari kemudian", "a
day after the raid,") is dated from the latest day the story told of, not from the day of a report;
it stays a TIMEX3 DURATION (times)."""

from datetime import date

import pytest

from warta.pipeline.extract import extract

PUB = "2026-05-20"  # a Wednesday


def times(text, code):
    return [(t.text, t.type, t.value, t.start_date) for t in extract(text, lang=code, published=PUB).times]


@pytest.mark.parametrize("code, text, length", [
    ("en", "Rebels ambushed a convoy on Saturday, the army said on Sunday. Two days later, troops burned "
           "their camp.", "Two days"),
    ("id", "Pemberontak menyergap konvoi pada Sabtu, kata tentara pada Minggu. Dua hari kemudian, pasukan "
           "membakar kamp mereka.", "Dua hari"),
])
def test_a_length_later_counts_from_the_day_told_of_not_the_report_s(code, text, length):
    assert times(text, code)[-1] == (length, "DURATION", "P2D", date(2026, 5, 18))


@pytest.mark.parametrize("code, text, length", [
    ("en", "Gunmen shot two traders on Monday. A day after the shooting, police arrested a suspect.",
     "A day"),
    ("id", "Orang bersenjata menembak dua pedagang pada Senin. Sehari setelah kejadian itu, polisi menangkap "
           "seorang tersangka.", "Sehari"),
])
def test_a_length_after_a_noun_that_ends_its_phrase_counts_from_that_day(code, text, length):
    assert times(text, code)[-1] == (length, "DURATION", "P1D", date(2026, 5, 19))


@pytest.mark.parametrize("code, text", [
    ("en", "Gunmen shot two traders on Monday. The raid came a week after soldiers were accused of abuses."),
    ("id", "Orang bersenjata menembak dua pedagang pada Senin. Serangan itu terjadi sepekan setelah tentara "
           "dituduh melakukan pelanggaran."),
])
def test_a_length_before_a_clause_stays_undated(code, text):
    # the length counts back to an earlier event, not on from the story's day
    assert times(text, code)[-1][3] is None


@pytest.mark.parametrize("code, text", [
    ("en", "Two days later, troops burned the camp."),
    ("id", "Dua hari kemudian, pasukan membakar kamp itu."),
])
def test_a_length_later_with_no_day_told_stays_undated(code, text):
    assert times(text, code) == [(text.split(",")[0].rsplit(" ", 1)[0], "DURATION", "P2D", None)]


def test_a_date_told_in_what_was_said_is_no_report_s_day():
    # "said they heard gunfire until Monday": Monday is the story's, so "two days later" counts from it
    text = ("Rebels attacked the town on Saturday. Residents said they heard gunfire until the early hours "
            "of Monday. Two days later, troops retook the town.")
    assert times(text, "en")[-1] == ("Two days", "DURATION", "P2D", date(2026, 5, 20))


@pytest.mark.parametrize("code, text, span", [
    ("en", "Rebels seized the port in October 2013 and took the capital the following March.",
     "the following March"),
    ("id", "Pemberontak merebut pelabuhan itu pada Oktober 2013 dan menguasai ibu kota pada Maret "
           "berikutnya.", "Maret berikutnya"),
])
def test_a_month_after_the_following_counts_from_the_latest_date_named(code, text, span):
    assert times(text, code)[-1] == (span, "DATE", "2014-03", date(2014, 3, 1))


@pytest.mark.parametrize("code, text", [
    ("en", "The talks will resume the following March, the envoy said."),
    ("id", "Perundingan akan dilanjutkan pada Maret berikutnya, kata utusan itu."),
])
def test_a_following_month_with_no_date_named_before_is_no_date(code, text):
    assert times(text, code) == []


@pytest.mark.parametrize("code, text, counted", [
    ("en", "The raid came on Monday. Two days earlier, on Friday, gunmen burned a school.",
     "Two days earlier"),
    ("id", "Penggerebekan terjadi pada Senin (18/5). Dua hari sebelumnya, pada Jumat (15/5), orang "
           "bersenjata membakar sebuah sekolah.", "Dua hari sebelumnya"),
])
def test_a_counted_day_is_the_calendar_day_written_beside_it(code, text, counted):
    # the writer counted from another day than the story's latest: the written day is the one meant
    got = {t[0]: t for t in times(text, code)}
    assert got[counted][2:] == ("2026-05-15", date(2026, 5, 15))
