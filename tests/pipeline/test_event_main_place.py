"""The story's main place, where an event whose sentence names no place of its own
happened: the finer-than-country place the article names most; a lake or sea (a region
of no country) is never that place (warta.pipeline.event_places.main_place)."""

from __future__ import annotations

import pytest

from warta.model import PlaceMention, Sentence
from warta.pipeline.event_places import main_place


def _place(start: int, text: str, name: str, country: str | None, precision: str) -> PlaceMention:
    return PlaceMention(start, start + len(text), text, name, 13.0, 14.0, country, precision)


@pytest.mark.parametrize("lake,province", [("Lake Chad", "Lac province"), ("Danau Chad", "provinsi Lac")])
def test_a_lake_is_no_storys_main_place(lake, province):
    places = [_place(10, lake, "Lake Chad", None, "region"), _place(40, province, "Lac", "TD", "admin1"),
              _place(90, lake, "Lake Chad", None, "region"), _place(130, province, "Lac", "TD", "admin1")]
    main = main_place(places, [Sentence(0, 0, 200)])
    assert main is not None and main.name == "Lac"
