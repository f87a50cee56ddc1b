"""How local news names its places: a person or a body "of" a town, the
area around a town, a town's name before a common noun."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


def by_text(text: str, code: str, gaz):
    return {p.text: p for p in places(text, code, gaz)}


@pytest.mark.parametrize("code,text", [
    ("en", "Volunteers from the Alexandria area drove north to Moorhead, Minnesota, on Tuesday."),
    ("id", "Relawan dari kawasan Alexandria berangkat ke Moorhead, Minnesota, pada Selasa."),
])
def test_the_area_around_a_town_is_the_town(gaz, code, text):
    alex = by_text(text, code, gaz)["Alexandria"]
    assert alex.country == "US" and alex.admin1 == "US.MN" and alex.precision == "settlement"


@pytest.mark.parametrize("text,town,state", [
    ("The survivors include a son, Edward Halloway of Southlake, and a daughter in Houston, Texas.",
     "Southlake", "US.TX"),
    ("Machinist Norb Kessling of Lindsay repaired the truck in Gainesville, Texas.", "Lindsay", "US.TX"),
    ("The Friends of the Madison County Public Library met in Richmond, Kentucky.",
     "Madison County", "US.KY"),
])
def test_a_town_after_of_is_the_home_of_the_name_before(gaz, text, town, state):
    got = by_text(text, "en", gaz)
    assert got[town].admin1 == state  # not dropped as part of a person's name


def test_a_name_of_a_person_before_of_stays_a_person(gaz):
    got = by_text("Edward Halloway of Southlake spoke in Houston, Texas.", "en", gaz)
    assert "Edward" not in got and "Halloway" not in got


@pytest.mark.parametrize("text,span", [
    ("The former clerk was named to a Forsyth County post on Monday in Georgia.", "Forsyth County"),
    ("Pupils of the Jordan elementary school in Minnesota raised funds.", "Jordan"),
    ("The mayor left the Dublin post in September and moved to Columbus, Ohio.", "Dublin"),
])
def test_a_lower_case_noun_after_a_name_makes_no_title(gaz, text, span):
    assert span in by_text(text, "en", gaz)  # "post", "elementary": only capitalised a title


@pytest.mark.parametrize("code,text,span", [
    ("en", "She wrote for the Kyiv Post before the war in Ukraine.", "Kyiv"),
    ("en", "Shelling resumed at dawn, Moscow time, near Kharkiv.", "Moscow"),
    ("en", "Critics of the Bush administration marched in Chicago.", "Bush"),
    ("id", "Harian Papua Pos melaporkan banjir di Jayapura.", "Papua"),
    ("id", "Baku Tembak di Kashmir Tewaskan Tiga Militan", "Baku"),  # a headline in Title Case
    ("en", "Clashes Erupt As Moscow Time Runs Out For Talks In Kharkiv", "Moscow"),
])
def test_a_title_or_time_after_a_name_is_no_place(gaz, code, text, span):
    assert span not in by_text(text, code, gaz)


@pytest.mark.parametrize("text,town,state", [
    ("Detective Mark Dellow of the Paris Police Department in Texas led the inquiry.", "Paris", "US.TX"),
    ("Sgt. Ann Price of Roswell, Georgia, led the search.", "Roswell", "US.GA"),
    ("Engineer John Pruitt of Chattanooga inspected the bridge in Tennessee.", "Chattanooga",
     "US.TN"),
])
def test_a_title_and_name_end_at_of(gaz, text, town, state):
    got = by_text(text, "en", gaz)
    assert got[town].admin1 == state and "Dellow" not in got and "Price" not in got


@pytest.mark.parametrize("code,text,names,kind", [
    ("en", "Roads closed in Douglas, Grant and Wilkin counties of Minnesota on Monday.",
     ["Douglas", "Grant", "Wilkin"], "admin2"),
    ("en", "People fled the Kharkiv, Sumy and Chernihiv regions.",
     ["Kharkiv", "Sumy", "Chernihiv"], "admin1"),
    ("id", "Warga mengungsi dari kabupaten Puncak, Intan Jaya dan Nduga di Papua.",
     ["Puncak", "Intan Jaya", "Nduga"], "admin2"),
])
def test_a_trigger_word_around_a_list_is_for_every_name(gaz, code, text, names, kind):
    got = by_text(text, code, gaz)
    assert [got[n].precision for n in names] == [kind] * len(names)


@pytest.mark.parametrize("code,text,span,kind", [
    ("en", "Eight people were taken ill in the city of Van, Turkey, on Monday.", "Turkey", "country"),
    ("id", "Warga kota Van, Turki, dirawat di rumah sakit.", "Turki", "country"),
])
def test_a_trigger_word_before_an_apposition_is_not_for_its_country(gaz, code, text, span, kind):
    assert by_text(text, code, gaz)[span].precision == kind
