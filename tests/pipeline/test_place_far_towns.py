"""A town a city word asks for ("the city of X", "kota X") that the index holds only as a
small town on another continent, alone in its country while the story's other places lie in
one country, is a town the index lacks: placed where the story is, at every mention."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code,text,name", [
    ("en", "Troops traded fire with rebels outside the city of Marki on Saturday, officials in Bandarban, "
           "Bangladesh, said. A curfew was imposed on Marki.", "Marki"),
    ("id", "Bandit bersenjata menyerbu kota Motru pada Minggu dini hari. Ratusan warga Motru mengungsi ke "
           "Gusau, ibu kota negara bagian Zamfara, Nigeria.", "Motru"),
])
def test_a_small_namesake_on_another_continent_is_a_town_the_index_lacks(gaz, code, text, name):
    got = [p for p in places(text, code, gaz) if p.text == name]
    assert len(got) == 2
    story = {p.country for p in places(text, code, gaz) if p.text != name}
    assert all(p.country in story and not p.found for p in got)
