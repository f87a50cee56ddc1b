"""Outcome words read where they stand: soldiers "taken ... prisoner" were captured (not shot down, as
a drone earlier in the clause was); weapons recovered were captured; gunmen who fire on a post
("menembaki pos") attacked it (used)."""

import pytest

from warta.pipeline.extract import extract


def one(text, code, figure):
    at = text.index(figure)
    doc = extract(text, lang=code, published="2025-05-22")
    return next((f.unit, f.outcome) for c in doc.claims for f in c.figures if f.start == at)


@pytest.mark.parametrize("code, text, figure, expected", [
    ("en", "The rebels said they had shot down an army drone and had taken 25 soldiers prisoner near "
           "the dam.",
     "25 soldiers", ("personnel", "captured")),
    ("en", "The army said troops killed six militants, recovering nine assault rifles.",
     "nine assault rifles", ("other", "captured")),
    ("id", "Polisi mengatakan sekitar 20 anggota KKB menembaki pos polisi sebelum subuh.",
     "sekitar 20 anggota KKB", ("personnel", "used")),
])
def test_outcome_words_where_they_stand(code, text, figure, expected):
    assert one(text, code, figure) == expected
