"""Two names of one noun joined by "and" ("dozens of Fadi-1 and Fadi-2 rockets", "12 Kinzhal and
Iskander missiles") still lead to the noun the number counts; Indonesian puts the names after it
("puluhan roket Fadi-1 dan Fadi-2")."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, low, high", [
    ("en", "Hezbollah said it had targeted an air base near Haifa with dozens of Fadi-1 and Fadi-2 rockets.",
     10, 99),
    ("en", "Russia fired 12 Kinzhal and Iskander missiles overnight, the air force said.", 12, 12),
    ("id", "Hizbullah mengatakan pihaknya menyerang pangkalan udara dekat Haifa dengan puluhan roket Fadi-1 "
     "dan Fadi-2.", 10, 99),
])
def test_names_joined_before_a_noun(code, text, low, high):
    doc = extract(text, lang=code, published="2024-09-22")
    figs = [(f.quantity.low, f.quantity.high, f.unit, f.outcome) for c in doc.claims for f in c.figures]
    assert figs == [(low, high, "missiles", "used")]
