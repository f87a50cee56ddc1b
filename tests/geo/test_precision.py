"""ACLED / UCDP precision codes on an event's place."""

from __future__ import annotations

from warta.lang import load
from warta.model import Event, PlaceMention, Span
from warta.pipeline.extract import extract


def _event(place: PlaceMention) -> dict:
    return Event("attack", None, None, place, None, [Span(0, 4, "Boom")]).to_json()


def test_event_place_has_acled_and_ucdp_codes():
    town = PlaceMention(10, 17, "Kherson", "Kherson", 46.6, 32.6, "UA", "settlement")
    assert _event(town)["place"] == {
        "name": "Kherson", "lat": 46.6, "lon": 32.6, "country": "UA",
        "precision": "settlement", "geo_precision": 1, "where_prec": 1}
    region = PlaceMention(10, 15, "Kursk", "Kursk Oblast", 51.5, 36.2, "RU", "admin1")
    assert (_event(region)["place"]["geo_precision"], _event(region)["place"]["where_prec"]) == (3, 4)
    county = PlaceMention(0, 4, "Lane", "Lane County", 44.0, -123.0, "US", "admin2")
    assert (_event(county)["place"]["geo_precision"], _event(county)["place"]["where_prec"]) == (2, 3)
    land = PlaceMention(0, 5, "Sudan", "Sudan", 15.0, 30.0, "SD", "country")
    assert (_event(land)["place"]["geo_precision"], _event(land)["place"]["where_prec"]) == (3, 6)


def test_village_missing_from_gazetteer_is_near_a_town():
    village = PlaceMention(0, 6, "Berdin", "Berdin", 51.5, 36.2, "RU", "settlement", found=False)
    place = _event(village)["place"]
    assert (place["geo_precision"], place["where_prec"]) == (2, 2)


def test_extracted_events_carry_the_codes():
    load("en")
    text = "Two civilians were killed in a drone strike on the city of Kherson on Monday."
    art = extract(text, lang="en", published="2025-01-06").to_json()
    places = [e["place"] for e in art["events"] if e["place"]]
    assert places and all({"geo_precision", "where_prec"} <= set(p) for p in places)
    kherson = [p for p in places if p["name"] == "Kherson"]
    assert kherson and kherson[0]["geo_precision"] == 1 and kherson[0]["where_prec"] == 1
