"""A country's name before a known surname is a person's given name ("Israel Katz", as
"Chad Foster"), in either language; the country named beside it stays a place
(place_persons.before_surname, ``surnames`` of lang/_base/places.toml)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]


@pytest.mark.parametrize("code,text,places", [
    ("en", "Defence Minister Israel Katz said troops would stay in Jenin.", ["Jenin"]),
    ("id", "Menteri Pertahanan Israel Israel Katz memperingatkan Teheran pada Senin.", ["Israel", "Teheran"]),
    ("en", "Israel said its troops would stay in Jenin.", ["Israel", "Jenin"]),
])
def test_a_country_before_a_surname_is_a_given_name(gaz, code, text, places):
    assert found(text, code, gaz) == places
