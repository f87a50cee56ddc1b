"""Speakers counted with a relative clause, whatever befell them in it ("Dua warga desa yang berhasil
melarikan diri mengatakan", "Two villagers who fled the raid said"), are the sources, no figure; bandits
("enam bandit") are personnel."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-02-24")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("id", "Dua warga desa yang berhasil melarikan diri mengatakan kepada wartawan bahwa para penculik "
           "meminta uang tebusan.", []),
    ("en", "Two villagers who fled the raid said the kidnappers took 30 hostages.",
     [("30 hostages", "civilians", "captured")]),
    ("id", "Militer Nigeria menyatakan pasukannya menewaskan enam bandit di hutan itu.",
     [("enam bandit", "personnel", "killed")]),
])
def test_speakers_with_a_relative_clause(code, text, expected):
    assert figures(text, code) == expected
