"""Plain people who speak are persons: "Two survivors said", "Two villagers said", "Dua penyintas
mengatakan", "Dua pengungsi mengatakan" name the claimant, not the reporter nor an unknown source."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Two survivors said at least 30 passengers died of hunger at sea.", ("Two survivors", "person")),
    ("en", "Two villagers said at least 12 people were killed in the raid.", ("Two villagers", "person")),
    ("id", "Dua penyintas mengatakan sedikitnya 30 penumpang meninggal karena kelaparan.",
     ("Dua penyintas", "person")),
    ("id", "Dua pengungsi mengatakan sedikitnya 12 orang tewas dalam serangan itu.",
     ("Dua pengungsi", "person")),
])
def test_plain_people_who_speak(code, text, expected):
    doc = extract(text, lang=code, published="2025-03-15")
    assert [(c.claimant.text, c.claimant.kind) for c in doc.claims] == [expected]
