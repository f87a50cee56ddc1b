"""A story of refugees of one origin where they arrived ("pengungsi Rohingya" off Aceh): its other tolls
of people there are the refugees', not their host's, when the host is at war with no one in it."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "A boat carrying Rohingya refugees capsized off Aceh in Indonesia on Saturday. Eleven people "
           "drowned, a local official said. More than 2,000 Rohingya refugees landed in Aceh last year, the "
           "U.N. refugee agency said.", "Eleven people"),
    ("id", "Sebuah kapal yang mengangkut pengungsi Rohingya terbalik di perairan Aceh, Indonesia, "
           "pada Sabtu. Sebanyak 11 orang tewas tenggelam, kata seorang pejabat setempat. Lebih dari 2.000 "
           "pengungsi Rohingya mendarat di Aceh tahun lalu, menurut UNHCR.", "11 orang"),
])
def test_tolls_of_a_refugee_story_are_the_refugees(code, text, figure):
    at = text.index(figure)
    doc = extract(text, lang=code, published="2025-03-15")
    assert [f.side for c in doc.claims for f in c.figures if f.start == at] == ["MM"]
