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
    ("en", "Militants killed nine soldiers in an overnight raid on a border post, the army said on "
           "Thursday. The fighting started late on Tuesday and went on until dawn.", "overnight"),
    ("en", "Nine soldiers died when militants stormed a border post on Tuesday night. The overnight "
           "raid was the deadliest this year, the army said on Thursday.", "overnight"),
    ("id", "Milisi menyerbu sebuah pos polisi pada Selasa malam, kata polisi pada Kamis. Baku tembak "
           "berlangsung sepanjang malam dan menewaskan tiga polisi.", "sepanjang malam"),
])
def test_overnight_is_the_night_the_story_describes(code, text, word):
    got = _times(code, text, date(2026, 4, 9))  # a Thursday
    assert (got[word].start_date, got[word].end_date) == (date(2026, 4, 7), date(2026, 4, 8))

