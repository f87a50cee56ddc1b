"""The core words the time scan starts from: a phrase keeps one of its words, and the
expressions of the other words are still found from it (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang import load
from warta.pipeline.time_scan import _marked_elsewhere
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
])
def test_expressions_of_phrase_words_are_found(text, code, span):
    assert [t.text for t in find_times(text, load(code), date(2024, 5, 17))] == [span]
