"""A name a river word announces is the river's: a town or unit of the same name is
no reading of it ("the Dnipro river" is not the city of Dnipro, 250 km up the river);
a river the index holds keeps its reading; a river it lacks lies by the places the
text names around it."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def by_text(text: str, code: str, gaz):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,river", [
    ("en", "Ukrainian marines crossed the Dnipro river near Kherson overnight, the army said.", "Dnipro"),
    ("en", "Ukrainian marines crossed the Dnipro River near Kherson overnight, the army said.", "Dnipro"),
    ("id", "Marinir Ukraina menyeberangi sungai Dnipro di dekat Kherson pada malam hari.", "Dnipro"),
    ("id", "Marinir Ukraina menyeberangi Sungai Dnipro di dekat Kherson pada malam hari.",
     "Sungai Dnipro"),
    ("en", "Drones hit two fishing boats on the Dnipro estuary near Kherson on Friday.", "Dnipro"),
    ("id", "Drone menghantam dua perahu nelayan di muara Dnipro dekat Kherson pada Jumat.", "Dnipro"),
])
def test_a_river_named_like_a_far_city_lies_by_the_places_around_it(gaz, code, text, river):
    got = by_text(text, code, gaz)
    town, found = got["Kherson"], got[river]
    # the city of Dnipro lies 250 km from Kherson: not the river meant here
    assert found.lat is not None and km((found.lat, found.lon), (town.lat, town.lon)) < 50


@pytest.mark.parametrize("code,text,river", [
    ("en", "Kurdish-led forces pulled back across the Euphrates river near Raqqa.", "Euphrates"),
    ("id", "Pasukan pimpinan Kurdi mundur menyeberangi sungai Efrat di dekat Raqqa.", "Efrat"),
])
def test_a_river_the_index_holds_keeps_its_reading(gaz, code, text, river):
    # "Efrat" is also the name of a settlement in the West Bank
    assert by_text(text, code, gaz)[river].name == "Euphrates"


@pytest.mark.parametrize("code,text,town", [
    ("en", "Shelling hit Kherson and Dnipro on Monday, officials said.", "Dnipro"),
    ("id", "Penembakan menghantam Kherson dan Dnipro pada Senin, kata pejabat.", "Dnipro"),
])
def test_a_city_with_no_river_word_stays_the_city(gaz, code, text, town):
    got = by_text(text, code, gaz)[town]
    assert got.found and km((got.lat, got.lon), (48.45, 35.05)) < 20  # the city on the middle Dnipro
