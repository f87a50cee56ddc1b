"""A body toll that restates the headline's ("kills 9" then "at least nine civilians") is no part
of it, so names no civilians among more dead; a country named only as where people fled to names
no enemy ("sebagian ke Sudan Selatan"); separatists are fighters, attacks are no people."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return [(f.text, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Gunmen kill 9 in village raid\nBAMENDA (Reuters) - Gunmen killed at least nine civilians in a "
     "raid on a village in Cameroon, a local official said."),
    ("id", "Orang Bersenjata Tewaskan 9 Warga\nBamenda - Orang bersenjata menewaskan sedikitnya sembilan "
     "warga sipil dalam serangan di sebuah desa di Kamerun, kata pejabat setempat."),
])
def test_a_restated_toll_is_no_part(code, text):
    assert {u for t, u, _, _ in figures(text, code)} == {"civilians"}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Serangan drone RSF menewaskan 15 tentara di Kota Kadugli, Sudan, kata pejabat setempat. "
     "Menurut IOM, ribuan orang mengungsi dari Kadugli, sebagian ke Sudan Selatan.", "15 tentara"),
    ("en", "An RSF drone strike killed 15 soldiers in the town of Kadugli in Sudan, a local official said. "
     "Thousands have fled Kadugli, some of them into South Sudan, the IOM said.", "15 soldiers"),
])
def test_where_people_fled_names_no_enemy(code, text, figure):
    assert [s for t, _, _, s in figures(text, code) if t == figure] == ["SD"]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Police said two separatist attacks killed 12 soldiers and that troops killed 8 separatists.",
     [("12 soldiers", "personnel"), ("8 separatists", "personnel")]),
    ("id", "Polisi mengatakan dua serangan separatis menewaskan 12 tentara dan aparat menewaskan 8 "
     "separatis.",
     [("12 tentara", "personnel"), ("8 separatis", "personnel")]),
])
def test_separatists_are_fighters_and_attacks_no_people(code, text, expected):
    assert [(t, u) for t, u, _, _ in figures(text, code)] == expected
