"""A city of millions is what its name means unless the context is strong:
a country the article names does not hand "London" to Ontario's, and the city
of Buenos Aires is not its province."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_names import by_text


@pytest.mark.parametrize("code,text", [
    ("en", "Officers in London seized two turtles that had been shipped from Canada."),
    ("id", "Petugas di London menyita dua kura-kura yang dikirim dari Kanada."),
])
def test_a_named_country_does_not_move_a_world_city_to_its_namesake(gaz, code, text):
    london = by_text(text, code, gaz)["London"]
    assert london.country == "GB" and london.precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "Thousands marched through Buenos Aires on Sunday."),
    ("id", "Ribuan orang berpawai di Buenos Aires pada Minggu."),
])
def test_a_world_city_is_the_city_not_its_province(gaz, code, text):
    assert by_text(text, code, gaz)["Buenos Aires"].precision == "settlement"


@pytest.mark.parametrize("code,text", [
    ("en", "Shelling hit villages in the Kharkiv region overnight, officials said."),
    ("id", "Penembakan menghantam desa-desa di wilayah Kharkiv semalam, kata pejabat."),
])
def test_a_trigger_word_still_asks_for_the_unit_of_a_world_citys_name(gaz, code, text):
    assert by_text(text, code, gaz)["Kharkiv"].precision == "admin1"


@pytest.mark.parametrize("code,text,precision", [
    ("en", "Officials in Washington said the talks in Doha would resume.", "settlement"),
    ("id", "Pejabat di Washington mengatakan perundingan di Doha akan dilanjutkan.", "settlement"),
    ("id", "Washington dan Teheran saling menyalahkan atas serangan itu.", "settlement"),
    ("en", "Wildfires spread across Washington state on Monday.", "admin1"),
    ("id", "Kebakaran hutan melanda negara bagian Washington pada Senin.", "admin1"),
])
def test_washington_is_the_capital_unless_called_a_state(gaz, code, text, precision):
    assert by_text(text, code, gaz)["Washington"].precision == precision
