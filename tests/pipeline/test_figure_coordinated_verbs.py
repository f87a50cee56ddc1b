"""A number that opens the second of two joined clauses takes its own clause's verb, past tense
auxiliaries ("had been", "have been"), not the verb of the clause before it ("four officers have been
killed and nine have been hurt": nine wounded)."""

import pytest

from warta.pipeline.extract import extract


def outcomes(text, code="en"):
    doc = extract(text, lang=code, published="2025-05-02")
    return {f.text: f.outcome for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("text, figure, outcome", [
    ("Four officers have been killed and nine have been hurt since Monday, police in the province said.",
     "nine", "wounded"),
    ("Six soldiers have died and 20 have been injured since the offensive began, the ministry said.",
     "20", "wounded"),
    ("At least 11 villagers had been killed and 30 had been abducted by the gunmen, a witness said.",
     "30", "captured"),
])
def test_the_second_clause_has_its_own_verb(text, figure, outcome):
    assert outcomes(text)[figure] == outcome
