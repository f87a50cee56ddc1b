"""Wording on the pages: country names that read well in running text, and
counts with the word in its form."""

from __future__ import annotations

from warta.web import present


def test_country_names_read_well_in_a_sentence() -> None:
    assert present.side_name("CD") == "DR Congo"  # CLDR's short name is "Congo - Kinshasa"
    assert present.side_name("MM") == "Myanmar"
    assert present.side_name("UA") == "Ukraine"  # the rest come from CLDR
    assert present.side_name("ZZX") == "ZZX" and present.side_name(None) == "?"
    assert all(" - " not in present.side_name(c) for c in ("CD", "CG", "HK", "MO", "PS"))


def test_counts_agree_with_their_number() -> None:
    assert present.count(1, "measure") == "1 measure"
    assert present.count(2, "measure") == "2 measures"
    assert present.count(0, "article matches", "articles match") == "0 articles match"
    assert present.count(1, "article matches", "articles match") == "1 article matches"
    assert present.count(12345, "figure") == "12,345 figures"
