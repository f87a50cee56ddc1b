"""A bare name that a town shares with an admin unit is the town (warta.geo.towns): the
city, not a district of that name elsewhere in the country; and a settlement word after
a province's name is a settlement of that province (warta.pipeline.place_units.head_want)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_names import by_text, places as places_of
from warta.geo.grid import km


@pytest.mark.parametrize("code,text", [
    ("en", "KYIV (Reuters) - Russia fired 90 drones overnight. Debris fell on Kharkiv and Dnipro, the air "
           "force said."),
    ("id", "KYIV - Rusia meluncurkan 90 drone pada malam hari. Puing-puing jatuh di Kharkiv dan Dnipro, kata "
           "angkatan udara."),
])
def test_a_bare_name_of_a_big_city_is_not_a_district_named_like_it(gaz, code, text):
    dnipro = by_text(text, code, gaz)["Dnipro"]
    # not the Dnipro district of Kyiv, by the dateline: the city on the middle Dnipro
    assert dnipro.precision == "settlement" and km((dnipro.lat, dnipro.lon), (48.45, 35.05)) < 20


def test_a_settlement_word_after_a_provinces_name_keeps_the_province(gaz):
    text = "Moscow says its forces took another Donetsk village\nKYIV - Russia said on Sunday it had " \
           "captured a village in eastern Ukraine."
    donetsk = by_text(text, "en", gaz)["Donetsk"]
    # a village of the Donetsk region, not one called Donetsk
    assert donetsk.precision == "admin1" and donetsk.country == "UA"


@pytest.mark.parametrize("code,text", [
    ("en", "Russian drones struck Izmail overnight, wounding four people, officials said."),
    ("id", "Drone Rusia menghantam Izmail pada malam hari dan melukai empat orang, kata pejabat."),
])
def test_a_bare_name_a_district_shares_with_its_town_is_the_town(gaz, code, text):
    izmail = by_text(text, code, gaz)["Izmail"]
    # the port on the Danube, not the centre of Izmail Raion 20 km north of it
    assert izmail.precision == "settlement" and km((izmail.lat, izmail.lon), (45.35, 28.84)) < 5


@pytest.mark.parametrize("code,text", [
    ("en", "Two pensioners were wounded when shells fell on Kupiansk, east of Kharkiv, late on Sunday."),
    ("id", "Dua pensiunan terluka ketika peluru jatuh di Kupiansk, sebelah timur Kharkiv, Minggu malam."),
])
def test_a_town_told_by_its_bearing_from_a_city_may_lie_150_km_off(gaz, code, text):
    kupiansk = by_text(text, code, gaz)["Kupiansk"]
    assert kupiansk.found and km((kupiansk.lat, kupiansk.lon), (49.71, 37.62)) < 5


@pytest.mark.parametrize("code,text", [
    ("en", "The monastery lies about 30 km west of Mandalay. Jets struck villages in the Sagaing, Magway and "
           "Mandalay regions."),
    ("id", "Biara itu terletak sekitar 30 km di sebelah barat Mandalay. Jet tempur menyerang desa-desa di "
           "wilayah Sagaing, Magway dan Mandalay."),
])
def test_a_distance_is_measured_from_the_city_not_the_region(gaz, code, text):
    got = [p for p in places_of(text, code, gaz) if p.text == "Mandalay"]
    assert [p.precision for p in got] == ["settlement", "admin1"]
