"""A front's sector named after a place ("the Rajouri sector of Jammu and Kashmir", "sektor
Keran") is a place word: the name before it is a place, one the index lacks too; the plural
after a determiner ("These sectors") names none (``triggers_after`` of en places.toml)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def places(text: str, code: str, gaz):
    lang = load(code)
    return find_places(text, lang, sentences(text, lang), gaz)


@pytest.mark.parametrize("code,text,name", [
    ("en", "Troops exchanged fire in the Nowshera Ghati sector of Rajouri district on Tuesday.",
     "Nowshera Ghati"),
    ("id", "Pasukan saling tembak di sektor Nowshera Ghati, distrik Rajouri, pada Selasa.", "Nowshera Ghati"),
])
def test_a_sector_word_makes_the_name_before_it_a_place(gaz, code, text, name):
    got = {p.text: p for p in places(text, code, gaz)}
    assert name in got and got[name].country == "IN"


def test_a_plural_sector_word_after_a_determiner_names_no_place(gaz):
    assert places("These sectors are hard hit, officials in Kyiv said.", "en", gaz)[0].text == "Kyiv"
