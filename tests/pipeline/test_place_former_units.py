"""Former provinces and a former country's name that the news still uses,
which the index's current admin units no longer name: Kenya's provinces
(until 2013), the DR Congo's (until 2015), Zaire."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> dict[str, object]:
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Cholera has killed 40 people in Nyanza province, western Kenya.", "Nyanza", "KE"),
    ("en", "Most new cases were in Rift Valley Province and North Eastern Province.",
     "Rift Valley Province", "KE"),
    ("en", "Ebola was confirmed in Kasai Occidental province of the DRC.", "Kasai Occidental", "CD"),
    ("en", "The 1976 outbreak in Zaire killed 280 people.", "Zaire", "CD"),
    ("id", "Kolera menewaskan 40 orang di provinsi Nyanza, Kenya barat.", "Nyanza", "KE"),
    ("id", "Wabah Ebola tahun 1976 di Zaire menewaskan 280 orang.", "Zaire", "CD"),
])
def test_a_former_unit_is_placed_in_its_country(gaz, code, text, name, country):
    p = found(text, code, gaz)[name]
    assert p.country == country
