"""The core words the time scan starts from: a phrase keeps one of its words, and the
expressions of the other words are still found from it; the scan in lower case finds the
words the case-blind one does (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.time_grammar import grammar
from warta.pipeline.time_scan import _marked_elsewhere, core_starts
from warta.pipeline.times import find_times


def test_a_phrase_keeps_one_core_word():
    core = {"new", "year's", "day", "some", "time", "ago", "berbulan", "bulan", "these", "days"}
    d = {"holidays": {"New Year's Day": "01-01"}, "reference_words": {"some time ago": "PAST_REF"},
         "plural_units": ["berbulan-bulan"], "relative_periods": {"these days": ["day", 0]},
         "unit_words": {"day": "D", "days": "D"}}
    # "day" and "days" are phrases by themselves, "time" is kept by the caller, "bulan" is part
    # of a hyphenated word
    assert _marked_elsewhere(d, core, {"time"}) == {"new", "year's", "some", "ago", "these"}
    assert _marked_elsewhere(d, core, set()) == {"new", "year's", "some", "time", "these"}


@pytest.mark.parametrize("text, code, span", [
    ("Fireworks lit the sky on New Year's Day, the mayor said.", "en", "New Year's Day"),
    ("The talks stalled some time ago, he said.", "en", "some time ago"),
    ("Prices have soared these days.", "en", "these days"),
    ("Warga mengungsi selama berbulan-bulan.", "id", "berbulan-bulan"),
    ("Ledakan terjadi 5 waktu setempat.", "id", "5 waktu setempat"),
    ("The blast hit 5 local time.", "en", "5 local time"),  # "local time" is the core, not "time"
    ("They met three times a week.", "en", "three times a week"),
])
def test_expressions_of_phrase_words_are_found(text, code, span):
    assert [t.text for t in find_times(text, load(code), date(2024, 5, 17))] == [span]


@pytest.mark.parametrize("text", [
    "The Q2 results came at 10:00 gmt, not 10:00 GMT; et al. in ET on MONDAY, Mondays and May.",
    "Kota İstanbul dan ıslamic, the 1990S and the '80S; a.m.Monday p.m. EDT, q1 and Q1 2020.",
    "\u212aelvin and ſome time on Tuesday",
    # core words at the text's start and after every kind of character, word ones included
    "Monday,“Tuesday”—Wednesday\u00a0Thursday\n(2020)_Friday x2021 \U0001d400May 🙂June/July[August]",
    # words that need what follows them, digits of every branch, a phrase and letters outside ASCII
    "every morning, Every  evening, setiap sore, tiap malam, tanggal 5, tgl. 7, tanggal lima, 5 local time,"
    " era 90-an and the '80s, 1990s, 2020-2021, 12/3, 3.5, 10 : 30, 5–6, 1/2, 19999, é2020, éMonday, 1.2020",
])
def test_core_words_read_in_lower_case_are_those_of_the_text(text):
    for code in ("en", "id"):
        g = grammar(load(code))
        assert core_starts(text, g.core, g.core_lower) == [m.start() for m in g.core.finditer(text)]


@pytest.mark.parametrize("code", ["en", "id"])
def test_no_expression_begins_with_a_word_never_first(code):
    g = grammar(load(code))
    some = {"of", "long", "to", "today", "last", "the", "on"}
    assert some & g.never_first == ({"of", "long", "to"} if code == "en" else set())
    for w in g.never_first:
        for tail in ("", " 2024", " 10:00", " 3 days", " Monday", " May 5", " tahun lalu", " 5 Mei 2024"):
            assert g.regex.match(w + tail) is None, w + tail


@pytest.mark.parametrize("text, code, span", [
    ("The rally was one of 10 held in the last two weeks, police said.", "en", "the last two weeks"),
    ("Serangan dan 3 hari lalu itu menewaskan dua orang.", "id", "3 hari lalu"),
])
def test_the_words_after_a_word_never_first_are_tried(text, code, span):
    times = find_times(text, load(code), date(2024, 5, 20))
    assert span in [t.text for t in times]
