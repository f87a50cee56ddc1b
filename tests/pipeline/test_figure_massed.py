"""Troops concentrated or massed near a border were used (deployed); "occupiers" / "penjajah", a
belligerent's word for the enemy's soldiers, count personnel, even in scare quotes."""

import pytest

from warta.pipeline.extract import extract


def one(text, code, figure):
    at = text.index(figure)
    return next(f for c in extract(text, lang=code, published="2025-06-03").claims for f in c.figures
                if f.start == at)


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Presiden Ukraina mengatakan sekitar 50.000 tentara Rusia dikonsentrasikan di dekat perbatasan.",
     "sekitar 50.000 tentara Rusia"),
    ("en", "Ukraine's president said about 50,000 Russian troops were concentrated near the border.",
     "about 50,000 Russian troops"),
])
def test_troops_concentrated_near_a_border_were_used(code, text, figure):
    f = one(text, code, figure)
    assert (f.unit, f.outcome, f.side) == ("personnel", "used", "RU")


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Presiden Ukraina menyebut pasukannya menahan laju musuh dan menewaskan \"ratusan penjajah\".",
     "ratusan penjajah"),
    ("en", "Ukraine's president said his forces had killed \"hundreds of occupiers\" near the border.",
     "hundreds of occupiers"),
])
def test_occupiers_are_the_enemys_soldiers(code, text, figure):
    f = one(text, code, figure)
    assert (f.unit, f.outcome) == ("personnel", "killed")
