"""Literal and associative uses of place names (``find_places(literal=True)``)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def texts(text: str, code: str, gaz, literal: bool) -> list[str]:
    lang = load(code)
    return [p.text for p in find_places(text, lang, sentences(text, lang), gaz, literal=literal)]


@pytest.mark.parametrize("code,text,kept,dropped", [
    # a name after a preposition of place is a location; a modifier of a noun is not
    ("id", "Pasukan Ukraina bertahan di Kupiansk sejak musim panas.", ["Kupiansk"], ["Ukraina"]),
    ("en", "Ukrainian officials said U.S. troops stayed in Poland.", ["Poland"], ["U.S"]),
    # an adverb after a name leaves it a location; an official's noun does not
    ("id", "Drone menghantam Odesa semalam, kata pejabat Kyiv.", ["Odesa"], ["Kyiv"]),
    ("en", "Drones struck Odesa overnight, Kyiv officials said.", ["Odesa"], ["Kyiv"]),
    # the subject of a verb stands for a government
    ("id", "Turki menutup perbatasannya dekat Aleppo pekan lalu.", ["Aleppo"], ["Turki"]),
    ("en", "Turkey closed its border near Aleppo last week.", ["Aleppo"], ["Turkey"]),
    # the agent of a passive
    ("id", "Kapal itu diserang Iran saat berlayar ke Oman.", ["Oman"], ["Iran"]),
    ("en", "The ship, attacked by Iran, was towed to Oman.", ["Oman"], ["Iran"]),
    # a title before the name makes it the office's country
    ("id", "Perdana Menteri Jepang berkunjung ke Manila kemarin.", ["Manila"], ["Jepang"]),
])
def test_literal_keeps_locations_only(gaz, code, text, kept, dropped):
    every = texts(text, code, gaz, literal=False)
    literal = texts(text, code, gaz, literal=True)
    for name in kept + dropped:
        assert any(t.startswith(name) for t in every), (name, every)  # news gives them all
    for name in kept:
        assert any(t.startswith(name) for t in literal), (name, literal)
    for name in dropped:
        assert not any(t.startswith(name) for t in literal), (name, literal)


def test_a_list_shares_the_use_of_its_ends(gaz):
    text = "Norwegia dan Swedia telah melarang ekspor itu, sementara pabriknya ada di Vietnam dan Laos."
    literal = texts(text, "id", gaz, literal=True)
    assert literal == ["Vietnam", "Laos"]
    text = "Norway and Sweden have banned the export, while the plants are in Vietnam and Laos."
    assert texts(text, "en", gaz, literal=True) == ["Vietnam", "Laos"]


def test_names_inside_organisation_names_are_not_locations(gaz):
    text = "Serikat Nelayan Filipina berunjuk rasa di Cebu."
    assert texts(text, "id", gaz, literal=True) == ["Cebu"]
    text = "The Philippine Fishers Union protested at the Cebu port, said the Manila Electric Company."
    literal = texts(text, "en", gaz, literal=True)
    assert "Manila" not in literal


def test_a_named_admin_unit_is_always_a_location(gaz):
    text = "Banjir merendam Kabupaten Bekasi, kata Gubernur Jawa Barat."
    literal = texts(text, "id", gaz, literal=True)
    assert literal == ["Kabupaten Bekasi"]


@pytest.mark.parametrize("code,text", [
    ("id", "Peluru artileri jatuh di Kherson, kata wali kota itu."),
    ("en", "Shells fell on Kherson, said the mayor."),
])
def test_a_comma_parts_a_place_from_the_verb_after_it(gaz, code, text):
    lang = load(code)
    found = find_places(text, lang, sentences(text, lang), gaz)
    kherson = [p for p in found if p.text == "Kherson"]
    assert kherson and not kherson[0].actor_use
    assert texts(text, code, gaz, literal=True) == ["Kherson"]


@pytest.mark.parametrize("code,text,literal,acting", [
    ("id", "Rusia menembakkan rudal ke Kharkiv pada Senin, menewaskan dua warga.", "Kharkiv", "Rusia"),
    ("en", "Russia fired missiles at Kharkiv on Monday, killing two residents.", "Kharkiv", "Russia"),
])
def test_literal_places_in_the_library_and_cli_leave_the_other_steps_alone(
        tmp_path, code, text, literal, acting):
    import json

    from click.testing import CliRunner

    import warta
    from warta.cli import main

    plain, asked = warta.extract(text, lang=code), warta.extract(text, lang=code, literal_places=True)
    assert acting in [p.text for p in plain.places]
    assert [p.text for p in asked.places] == [literal]
    assert [e.to_json() for e in plain.events] == [e.to_json() for e in asked.events]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--lang", code, "--literal-places"])
    assert result.exit_code == 0, result.output
    assert [p["text"] for p in json.loads(result.stdout)["places"]] == [literal]


@pytest.mark.parametrize("code,text,kept,dropped", [
    ("id", "Jepang berunding dengan Korea Selatan di Busan.", ["Busan"], ["Korea Selatan"]),
    ("en", "Japan held talks with South Korea in Busan.", ["Busan"], ["South Korea"]),
    # a named admin unit acting is not a location; a mountain always is
    ("id", "Provinsi Jawa Barat menjadi juara umum, sementara Gunung Merapi meletus.",
     ["Gunung Merapi"], ["Provinsi Jawa Barat"]),
    ("en", "Mount Qarvan erupted as Kharkiv Oblast said it sent rescuers.", ["Mount Qarvan"], ["Kharkiv"]),
])
def test_parties_and_acting_units_are_not_locations(gaz, code, text, kept, dropped):
    literal = texts(text, code, gaz, literal=True)
    for name in kept:
        assert name in literal, (name, literal)
    for name in dropped:
        assert not any(t.startswith(name) for t in literal), (name, literal)


@pytest.mark.parametrize("code,text", [
    ("id", "Moskow sebelumnya menyebut serangan itu gagal."),
    ("en", "Moscow previously said the attack had failed."),
])
def test_a_capital_then_an_adverb_then_a_verb_of_saying_acts(gaz, code, text):
    lang = load(code)
    (moscow,) = find_places(text, lang, sentences(text, lang), gaz)
    assert moscow.actor_use


@pytest.mark.parametrize("code,text,name", [
    ("en", "Russian missiles hit Kharkiv's outskirts overnight, the governor said.", "Kharkiv"),
    ("en", "Israeli jets struck Beirut's southern suburbs on Tuesday.", "Beirut"),
    ("id", "Rudal Rusia menghantam pinggiran Kharkiv semalam, kata gubernur.", "Kharkiv"),
])
def test_a_place_before_a_part_of_it_is_where_not_who(gaz, code, text, name):
    lang = load(code)
    (got,) = [p for p in find_places(text, lang, sentences(text, lang), gaz) if p.text == name]
    assert not got.actor_use


def test_a_place_before_a_named_body_stays_who(gaz):
    text = "Ukraine's Centre for Countering Disinformation denied the report."
    lang = load("en")
    (got,) = [p for p in find_places(text, lang, sentences(text, lang), gaz) if p.text == "Ukraine"]
    assert got.actor_use
