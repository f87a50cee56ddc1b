"""Names the index lacks after a word that puts a place beside the one told ("nearby",
"neighbouring", "tetangga") or after "at" following a word of a post or an attack ("the post at
X", "killed at X"): places (warta.pipeline.place_beside.after_bare_locative, language data)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def names(text: str, code: str, gaz) -> dict:
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name", [
    ("en", "Rebels shelled Beni on Friday. Hundreds of families left for nearby Nyamilima on Saturday.",
     "Nyamilima"),
    ("en", "Fighters burned houses in Djibo and neighbouring Kourgou, officials in Burkina Faso said.",
     "Kourgou"),
    ("id", "Api dari Djibo, Burkina Faso, merembet ke desa tetangga Kourgou pada Sabtu malam.", "Kourgou"),
])
def test_a_name_beside_the_place_told_is_a_place(gaz, code, text, name):
    found = names(text, code, gaz)
    assert name in found and not found[name].found and found[name].country in ("CD", "BF")


@pytest.mark.parametrize("code,text,name,other", [
    ("en", "Militants stormed a gendarmerie camp at Tindabo, in northern Burkina Faso, before dawn.",
     "Tindabo", "Soldiers in Niger said the officer arrived at Tindabo on Monday."),
    ("en", "Gunmen shot a chief and two guards at a checkpoint at Sambuli, in Niger's Tillaberi region.",
     "Sambuli", "A spokesman in Kenya said he works at Sambuli, a consultancy."),
])
def test_a_name_after_at_a_post_or_an_attack_is_a_place(gaz, code, text, name, other):
    found = names(text, code, gaz)
    assert name in found and not found[name].found
    assert name not in names(other, code, gaz)  # "at" after other words names no place


def test_a_place_put_in_a_country_after_it_is_not_its_owners(gaz):
    # "the French base at X in Niger": the base is French, the place lies in Niger
    found = names("Soldiers withdrew to the French military base at Tindabo in Niger on Friday.", "en", gaz)
    assert found["Tindabo"].country == "NE"
