"""A name in a list of a country's admin units is one more unit ("Utah,
Washington and Wyoming": the state), not the settlement it would be alone."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz) -> dict[str, object]:
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name,admin1", [
    ("en", "Cases were confirmed in Utah, Virginia, Washington, West Virginia and Wyoming.",
     "Washington", "US.WA"),
    ("en", "Cases were confirmed in Utah, Virginia, Washington, West Virginia and Wyoming.",
     "Wyoming", "US.WY"),
    ("en", "Sick birds were found in Alberta, Manitoba, Ontario and New Brunswick last week.",
     "New Brunswick", "CA.04"),
    ("id", "Kasus dikonfirmasi di Utah, Virginia, Washington, West Virginia dan Wyoming.",
     "Washington", "US.WA"),
])
def test_a_name_among_admin_units_is_one(gaz, code, text, name, admin1):
    p = found(text, code, gaz)[name]
    assert p.precision == "admin1" and p.admin1 == admin1


@pytest.mark.parametrize("code,text,name", [
    ("en", "The firm moved from Seattle, Washington, to Boise last year.", "Seattle"),
    ("id", "Perusahaan itu pindah dari Seattle, Washington, ke Boise tahun lalu.", "Seattle"),
])
def test_a_town_and_its_state_are_no_list_of_units(gaz, code, text, name):
    assert found(text, code, gaz)[name].precision == "settlement"
