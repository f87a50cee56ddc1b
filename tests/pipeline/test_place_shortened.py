"""Names with a word shortened by a period ("St. Louis", "Mt. Pleasant",
"Kab. Bandung"), and saints' names that are no places."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def by_text(text: str, code: str, gaz):
    lang = load(code)
    found = find_places(text, lang, sentences(text, lang), gaz)
    for p in found:
        assert text[p.start:p.end] == p.text
    return {p.text: p for p in found}


@pytest.mark.parametrize("text,span,admin1", [
    ("She moved from Chicago to St. Louis last year to teach.", "St. Louis", "US.MO"),
    ("The family of four lives in Mt. Pleasant, Iowa, near the river.", "Mt. Pleasant", "US.IA"),
    ("He was flown to St. Cloud Hospital in Minnesota after the crash.", "St. Cloud", "US.MN"),
    ("Ft. Worth police closed two roads on Friday.", "Ft. Worth", "US.TX"),
])
def test_a_shortened_word_goes_on_into_the_name(gaz, text, span, admin1):
    got = by_text(text, "en", gaz)
    assert got[span].admin1 == admin1  # the whole name, looked up spelled out too


@pytest.mark.parametrize("text,span,kind,found", [
    ("Banjir melanda Kab. Bandung pada Senin pagi.", "Kab. Bandung", "admin2", True),
    ("Warga Kec. Dayeuhkolot di Kabupaten Bandung mengungsi ke masjid.", "Kec. Dayeuhkolot", "admin2", False),
])
def test_a_shortened_head_is_the_head(gaz, text, span, kind, found):
    p = by_text(text, "id", gaz)[span]
    assert p.precision == kind and p.found is found and p.country == "ID"
    assert not p.name.lower().startswith(("kab.", "kec."))


@pytest.mark.parametrize("text,saint", [
    ("Crowds marked St. Patrick's Day with a parade in Boston.", "St. Patrick"),
    ("The choir of St. Mary sang on Sunday in Dallas.", "St. Mary"),
])
def test_a_saints_name_is_no_place(gaz, text, saint):
    got = by_text(text, "en", gaz)
    assert not any(span.startswith(saint) for span in got)


def test_a_large_town_named_after_a_saint_stays(gaz):
    got = by_text("Storms hit St. Paul and St. Louis overnight, and then Chicago.", "en", gaz)
    assert got["St. Paul"].admin1 == "US.MN" and got["St. Louis"].admin1 == "US.MO"
