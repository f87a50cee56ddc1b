"""A name a word calls a part of a town ("the X neighborhood", "lingkungan X")
lies in a town of the story: not a namesake town in another state, far from
every place the story names; it falls to the story's town instead
(warta.pipeline.place_located.in_quarter, warta.geo.doubt)."""

from __future__ import annotations

import pytest

from warta.geo.grid import km
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

CULIACAN = (24.8, -107.39)


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code,text,name", [
    ("en", "Gunmen killed three people in Culiacan, Sinaloa, on Friday. Two more died in a shootout "
           "in the Tierra Blanca neighborhood.", "Tierra Blanca"),
    ("en", "Police in Culiacan found two bodies in the Guadalupe neighbourhood on Sunday.", "Guadalupe"),
    ("id", "Dua orang tewas dalam baku tembak di Culiacan, Sinaloa. Warga di lingkungan Tierra Blanca "
           "mendengar tembakan.", "Tierra Blanca"),
    ("id", "Polisi di Culiacan menemukan dua jenazah di lingkungan Guadalupe pada Minggu.", "Guadalupe"),
])
def test_a_quarter_lies_in_the_storys_town(gaz, code, text, name):
    got = [p for p in places(text, code, gaz) if p.text == name]
    assert len(got) == 1 and km((got[0].lat, got[0].lon), CULIACAN) < 50


def test_a_town_a_quarter_word_follows_indefinitely_is_the_town(gaz):
    got = places("Gunmen opened fire in a Culiacan neighborhood on Friday.", "en", gaz)
    assert [(p.text, p.country) for p in got] == [("Culiacan", "MX")]
    assert km((got[0].lat, got[0].lon), CULIACAN) < 20


def test_the_town_a_named_quarter_lies_in_stays_the_town(gaz):
    # "the X neighbourhood of Culiacan": Culiacan is the town, no quarter of it
    text = "Gunmen killed two men in the Tierra Blanca neighborhood of Culiacan."
    got = {p.text: p for p in places(text, "en", gaz)}
    assert got["Culiacan"].found and km((got["Culiacan"].lat, got["Culiacan"].lon), CULIACAN) < 20
