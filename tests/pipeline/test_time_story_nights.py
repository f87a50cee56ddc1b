"""Nights the story describes (warta.pipeline.time_nights): a night named by its two days is one
range; "overnight" counts from the night a sentence around it names ("Sunday night", "late on
Sunday"), not the night before publication."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times


def _times(code: str, text: str, published: date) -> dict:
    lang = load(code)
    return {t.text: t for t in find_times(text, lang, published, sentences(text, lang))}


@pytest.mark.parametrize("code,text,span,first,last", [
    ("id", "Drone menghantam depo minyak di Bryansk pada malam Kamis ke Jumat, kata gubernur.",
     "pada malam Kamis ke Jumat", date(2026, 4, 9), date(2026, 4, 10)),
    ("id", "Sebanyak 40 drone ditembak jatuh malam Rabu menuju Kamis, menurut kementerian.",
     "malam Rabu menuju Kamis", date(2026, 4, 8), date(2026, 4, 9)),
])
def test_a_night_named_by_its_two_days_is_one_range(code, text, span, first, last):
    got = _times(code, text, date(2026, 4, 11))
    assert span in got, sorted(got)
    assert (got[span].start_date, got[span].end_date) == (first, last)


@pytest.mark.parametrize("code,text,word", [
    ("en", "Drones hit a fuel depot and two warehouses overnight, a regional official said on Thursday. "
           "Residents heard the first blasts late on Tuesday.", "overnight"),
    ("en", "Nine soldiers died when militants stormed a border post on Tuesday night. The overnight "
           "raid was the deadliest this year, the army said on Thursday.", "overnight"),
    ("id", "Milisi menyerbu sebuah pos polisi pada Selasa malam, kata polisi pada Kamis. Baku tembak "
           "berlangsung sepanjang malam dan menewaskan tiga polisi.", "sepanjang malam"),
])
def test_overnight_is_the_night_the_story_describes(code, text, word):
    got = _times(code, text, date(2026, 4, 9))  # a Thursday
    assert (got[word].start_date, got[word].end_date) == (date(2026, 4, 7), date(2026, 4, 8))



@pytest.mark.parametrize("code,text,span,day", [
    ("id", "Pemberontak menyerbu sebuah desa dekat Macomia pada Senin (6/4). Gubernur provinsi, di Pemba, "
           "Selasa (7/4), mengatakan tujuh warga tewas. Tentara menangkap lima tersangka dua hari setelah "
           "serangan itu.", "dua hari", date(2026, 4, 8)),
    ("en", "Insurgents raided a village near Macomia on Monday. The provincial governor, speaking in Pemba "
           "on Tuesday, said seven villagers died. Soldiers detained five suspects two days after the "
           "raid.", "two days", date(2026, 4, 8)),
])
def test_a_day_after_the_event_counts_from_its_day_not_the_days_report(code, text, span, day):
    """A day a reporting verb follows (set off by a comma at most) is the report's, so "dua hari setelah
    serangan itu" counts from the raid's day."""
    got = _times(code, text, date(2026, 4, 9))
    assert got[span].start_date == day
