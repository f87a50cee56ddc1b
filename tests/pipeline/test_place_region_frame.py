"""A name the index lacks before the word "region" ("the eastern X region") is a region of the
story, as before "district"; Indonesian names the unit first ("wilayah X"), which main reads already."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_bearings import by_text


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "BANGUI, Central African Republic (AP) - Gunmen killed four herders in the eastern Ngoubou "
           "region, the army said on Tuesday. Troops were sent to Ngoubou on Wednesday.", "Ngoubou", "CF"),
    ("en", "Clashes spread across the Lower Tembi region of Mozambique's Niassa province on Sunday.",
     "Lower Tembi", "MZ"),
])
def test_a_name_before_region_is_a_region_the_index_lacks(gaz, code, text, name, country):
    got = by_text(text, code, gaz)
    assert name in got and not got[name].found and got[name].country == country
