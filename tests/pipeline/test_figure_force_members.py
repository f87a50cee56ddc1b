"""Members of an armed body are fighters ("around 300 members of the army", "30 members of its
armed wing", "30 anggota sayap bersenjata Hamas"); members of a family stay people."""

import pytest

from warta.pipeline.extract import extract


def units(text, code):
    doc = extract(text, lang=code, published="2024-08-27")
    return [f.unit for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "JNIM said its fighters had killed around 300 members of the army and allied militias."),
    ("en", "Hamas said 30 members of its armed wing were killed."),
    ("id", "Hamas mengatakan 30 anggota sayap bersenjata kelompok itu tewas."),
])
def test_members_of_an_armed_body_are_fighters(code, text):
    assert units(text, code) == ["personnel"]


@pytest.mark.parametrize("code, text", [
    ("en", "Police said 15 members of the same family were killed."),
    ("id", "Polisi mengatakan 15 anggota keluarga yang sama tewas."),
])
def test_members_of_a_family_are_people(code, text):
    assert units(text, code) == ["civilians"]
