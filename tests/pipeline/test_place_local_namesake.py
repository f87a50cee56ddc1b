"""A village named after its province's name in the same or the previous sentence stays in that
province, though a namesake lies among the story's other towns (warta.geo.resolve._cohere)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_bearings import by_text


@pytest.mark.parametrize("code,text", [
    ("en", "Glide bombs hit Kostiantynivka and Druzhkivka in the Donetsk region, and troops fought near "
           "Toretsk. In the southern Zaporizhzhia region, a drone struck a car in the village of Bilenke, "
           "wounding two people."),
    ("id", "Bom luncur menghantam Kostiantynivka dan Druzhkivka di wilayah Donetsk, dan pasukan bertempur "
           "di dekat Toretsk. Di wilayah Zaporizhzhia di selatan, drone menghantam mobil di desa Bilenke "
           "dan melukai dua orang."),
])
def test_a_village_stays_in_the_province_its_sentence_names(gaz, code, text):
    assert by_text(text, code, gaz)["Bilenke"].lat < 48.0  # Zaporizhzhia's, not Donetsk's
