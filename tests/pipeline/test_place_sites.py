"""Facilities (only on request) and the parts of address chains as places."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def found(text: str, code: str, gaz, **kw):
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz, **kw)}


@pytest.mark.parametrize("code,text,site,city", [
    ("id", "Dokter di Rumah Sakit Qorvash, Mosul, mengatakan dua orang tewas.", "Rumah Sakit Qorvash", "IQ"),
    ("en", "Doctors at the Qorvash Memorial Hospital in Mosul said two died.",
     "Qorvash Memorial Hospital", "IQ"),
    ("id", "Rapat digelar di Gedung Wexmoor Medan pada Senin.", "Gedung Wexmoor Medan", "ID"),
])
def test_facilities_are_places_only_when_asked_for(gaz, code, text, site, city):
    assert site not in found(text, code, gaz)
    asked = found(text, code, gaz, facilities=True)
    p = asked[site]
    assert p.precision == "point" and not p.found and p.country == city
    assert not any(q.start > p.start and q.end <= p.end for q in asked.values() if q is not p)


@pytest.mark.parametrize("code,text", [
    ("id", "Ia dihukum penjara 25 tahun di Jakarta."),
    ("en", "The hospital staff in Leeds went on strike."),
])
def test_a_facility_word_without_a_name_is_none(gaz, code, text):
    asked = found(text, code, gaz, facilities=True)
    assert all(p.precision != "point" for p in asked.values())


@pytest.mark.parametrize("code,text,part,country", [
    ("id", "Pertempuran mencapai Bakhmut, Qorvashka, Oblast Donetsk, pada Jumat.", "Qorvashka", "UA"),
    ("en", "Fighting reached Bakhmut, Qorvashka, Donetsk Oblast, on Friday.", "Qorvashka", "UA"),
    ("id", "Polisi menutup Jalan Merdeka, Qarvasari, pada Senin.", "Qarvasari", None),
])
def test_a_name_between_commas_in_an_address_is_a_place(gaz, code, text, part, country):
    p = found(text, code, gaz)[part]
    assert not p.found and p.precision == "point" and p.country == country


@pytest.mark.parametrize("code,text", [
    ("id", "Di Jakarta, Prabowo, Ganjar dan Anies berdebat."),
    ("en", "In Jakarta, Prabowo, Ganjar and Anies debated."),
    ("en", "He was in Kyiv, Zelensky said."),
])
def test_names_after_a_known_place_are_not_address_parts_without_a_container(gaz, code, text):
    assert set(found(text, code, gaz)) <= {"Jakarta", "Kyiv"}


@pytest.mark.parametrize("code,text,site", [
    ("id", "Rudal menghantam Rumah Sakit Qorvash di Kharkiv pada Senin.", "Rumah Sakit Qorvash"),
    ("en", "A missile hit the Qorvash Memorial Hospital in Kharkiv on Monday.", "Qorvash Memorial Hospital"),
])
def test_facilities_in_the_library_and_cli_leave_the_other_steps_alone(tmp_path, code, text, site):
    import json

    from click.testing import CliRunner

    import warta
    from warta.cli import main

    plain, asked = warta.extract(text, lang=code), warta.extract(text, lang=code, facilities=True)
    assert site in [p.text for p in asked.places] and site not in [p.text for p in plain.places]
    assert [e.to_json() for e in plain.events] == [e.to_json() for e in asked.events]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--lang", code, "--facilities"])
    assert result.exit_code == 0, result.output
    assert site in [p["text"] for p in json.loads(result.stdout)["places"]]


@pytest.mark.parametrize("code,text,site,inner", [
    ("id", "Warga mengungsi ke kamp pengungsi Jabalia pada Senin.", "kamp pengungsi Jabalia", "Jabalia"),
    ("id", "Rudal menghantam pangkalan militer Rusia di Krimea.", "pangkalan militer Rusia", "Rusia"),
    ("en", "Families fled to the Jabalia refugee camp on Monday.", "Jabalia refugee camp", "Jabalia"),
])
def test_a_facility_named_by_its_site_or_owner(gaz, code, text, site, inner):
    assert inner in found(text, code, gaz) and site not in found(text, code, gaz)
    p = found(text, code, gaz, facilities=True)[site]
    assert p.precision == "point" and p.country is not None


@pytest.mark.parametrize("code,text,expected", [
    ("id", "Ia dimakamkan di Taman Makam Qorvash, Qarvasari.", ["Taman Makam Qorvash", "Qarvasari"]),
    ("en", "He was buried at the Qorvash Memorial Park, Qarvasari.", ["Qorvash Memorial Park", "Qarvasari"]),
    # a facility's head inside a street's name opens no facility
    ("id", "Wartawan menunggu di Jalan Taman Qorvash, Qarvasari, Bandung.",
     ["Jalan Taman Qorvash", "Qarvasari", "Bandung"]),
])
def test_a_facility_opens_an_address_and_never_splits_a_street(gaz, code, text, expected):
    lang = load(code)
    got = [p.text for p in find_places(text, lang, sentences(text, lang), gaz, facilities=True, literal=True)]
    assert got == expected


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen attacked the town of Mahas in Hiiraan. A resident of Mahas, Halima Warsame, said "
           "she had counted nine bodies."),
    ("id", "Pria bersenjata menyerang kota Mahas di Hiiraan. Seorang warga Mahas, Halima Warsame, "
           "mengatakan ia menghitung sembilan jenazah."),
])
def test_a_name_between_commas_before_a_speech_verb_is_a_person(gaz, code, text):
    got = found(text, code, gaz)
    assert "Mahas" in got and "Halima Warsame" not in got


@pytest.mark.parametrize("code,text", [
    ("id", "Bom Meledak di Pos Polisi di Balochistan, Tujuh Orang Tewas\n\nSebuah bom meledak di dekat pos "
           "polisi di kota Mastung, Balochistan, pada Senin."),
    ("en", "Bomb Blast at Police Post in Balochistan Kills Seven\n\nA bomb exploded near a police post in "
           "the town of Mastung, Balochistan, on Monday."),
])
def test_a_post_in_a_title_case_headline_is_no_place(gaz, code, text):
    lang = load(code)
    got = [p.text for p in find_places(text, lang, sentences(text, lang), gaz)]
    assert not any("Pos" in t or "Post" in t for t in got) and "Mastung" in got
