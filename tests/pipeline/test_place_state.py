"""A story that stays in one state: an ambiguous town's name is the
namesake in the state where the article's other towns lie, though a bigger
namesake lies elsewhere (warta.geo.cohere state mates, warta.geo.resolve
namesakes in a town's state)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_names import by_text, places


@pytest.mark.parametrize("code,text", [
    ("en", "Flooding closed roads in Dallas on Monday, and by evening the water had reached Paris."),
    ("id", "Banjir menutup jalan di Dallas pada Senin, dan pada malam hari air sudah mencapai Paris."),
])
def test_a_city_abroad_is_the_namesake_in_the_state_of_the_story(gaz, code, text):
    paris = by_text(text, code, gaz)["Paris"]
    assert paris.country == "US" and paris.admin1 == "US.TX"


@pytest.mark.parametrize("code,text", [
    ("en", "Police in Hagerstown and New Castle joined the search that ended in Columbus on Friday."),
    ("id", "Polisi di Hagerstown dan New Castle ikut dalam pencarian yang berakhir di Columbus pada Jumat."),
])
def test_two_towns_of_a_state_pull_a_third_name_into_it(gaz, code, text):
    got = by_text(text, code, gaz)
    assert {got[k].admin1 for k in ("Hagerstown", "New Castle", "Columbus")} == {"US.IN"}


@pytest.mark.parametrize("code,text", [
    ("en", "Police in Hagerstown joined the search that ended in Columbus on Friday."),
    ("id", "Polisi di Hagerstown ikut dalam pencarian yang berakhir di Columbus pada Jumat."),
])
def test_one_town_elsewhere_in_a_state_moves_no_big_city(gaz, code, text):
    assert by_text(text, code, gaz)["Columbus"].admin1 == "US.OH"


@pytest.mark.parametrize("code,text", [
    ("en", "Police in Dublin, Ohio, closed a road on Monday. Residents of Dublin asked for a new park."),
    ("id", "Polisi di Dublin, Ohio, menutup jalan pada Senin. Sementara itu warga Dublin "
           "meminta taman baru."),
])
def test_a_town_pinned_to_its_state_is_that_town_at_every_mention(gaz, code, text):
    dublins = [p for p in places(text, code, gaz) if p.text == "Dublin"]
    assert len(dublins) == 2 and {p.admin1 for p in dublins} == {"US.OH"}


@pytest.mark.parametrize("code,text", [
    ("en", "Traffic from Columbus, Ohio, backed up into Dublin on Monday. Shops in Dublin stayed open "
           "late. The Distinctly Dublin contest drew 200 entries."),
    ("id", "Lalu lintas dari Columbus, Ohio, macet sampai Dublin pada Senin. Toko di Dublin buka sampai "
           "malam. Lomba Distinctly Dublin diikuti 200 peserta."),
])
def test_a_mention_that_looks_like_a_persons_name_keeps_the_towns_sense(gaz, code, text):
    dublins = [p for p in places(text, code, gaz) if p.text == "Dublin"]
    assert len(dublins) == 3 and {p.country for p in dublins} == {"US"}
