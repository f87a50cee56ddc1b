"""A bare number before a partitive whose noun no list has counts those things, no people ("seized 14
of 17 townships", "menguasai 14 dari 17 kotapraja"); a part counted against a whole told again
("tiga dari tujuh korban tewas") shares the whole's outcome, and the whole is no new figure."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-04-05")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Since November 2023, the rebels have seized 14 of 17 townships in the state."),
    ("en", "The rebels have seized 14 of the state's 17 townships."),
    ("id", "Sejak November 2023, pemberontak telah menguasai 14 dari 17 kotapraja di negara bagian itu."),
])
def test_a_count_of_things_no_list_has_is_no_people(code, text):
    assert figures(text, code) == []


def test_a_part_of_a_whole_told_again():
    text = "Serangan itu menewaskan tujuh orang. Menurut gubernur, tiga dari tujuh korban tewas adalah " \
           "petugas penyelamat."
    assert figures(text, "id") == [("tujuh orang", "civilians", "killed"), ("tiga", "civilians", "killed")]
