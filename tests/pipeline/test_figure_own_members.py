"""A fighting force's own members are its fighters ("Hezbollah said 430 of its members had been
killed", "Hizbullah mengatakan 430 anggotanya tewas"), not civilians; a body of no side's members
stay people ("UNIFIL said two of its members were wounded")."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-09-22")
    return [(f.unit, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Hezbollah has announced the deaths of more than 430 of its members."),
    ("en", "Hezbollah said 430 of its members had been killed."),
    ("id", "Hizbullah mengatakan 430 anggotanya tewas."),
])
def test_a_fighting_forces_own_members_are_its_fighters(code, text):
    assert figures(text, code) == [("personnel", "LB")]


def test_a_stateless_bodys_members_stay_people():
    assert figures("UNIFIL said two of its members were wounded.", "en") == [("civilians", None)]
