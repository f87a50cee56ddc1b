"""A one-word town that shares its name with a province abroad is judged with the provinces,
before any town of the story is placed; doubted then, it is asked again once the towns are
placed, and a town of the story's country near them keeps its name (warta.geo.resolve)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_bearings import by_text


@pytest.mark.parametrize("code,text", [
    ("en", "WARRI, Nigeria (AP) - Gunmen fired on a police post in Ughelli on Monday. Two officers "
           "were hurt. A second post near Sapele came under fire. Since 2023 troops have reopened the "
           "road to towns such as Kwale."),
    ("id", "WARRI, Nigeria (AP) - Orang bersenjata menembaki pos polisi di Ughelli pada Senin. Dua polisi "
           "terluka. Pos kedua di dekat Sapele juga ditembaki. Sejak 2023 tentara membuka lagi jalan ke "
           "kota-kota seperti Kwale."),
])
def test_a_town_doubted_among_provinces_is_asked_again_beside_the_towns(gaz, code, text):
    got = by_text(text, code, gaz)
    assert "Kwale" in got and got["Kwale"].found and got["Kwale"].country == "NG"
