"""A country's short name that agencies use in headlines and running text ("Burkina" for
Burkina Faso) is the country (``countries`` of each language's places.toml)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen overran two Burkina army posts near Djibo, killing 30 soldiers."),
    ("id", "Kelompok jihadis menewaskan 30 tentara Burkina di dekat Djibo."),
])
def test_a_short_country_name_is_the_country(gaz, code, text):
    lang = load(code)
    got = {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}
    assert got["Burkina"].country == "BF" and got["Burkina"].precision == "country"
