"""Fellows counted after people in the same claim are of those people, whoever tells it: a soldier's
comrades are soldiers ('Seorang polisi gugur dan tiga rekannya terluka', 'Four marines died and three
of their colleagues were hurt'), workers' colleagues are civilians."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-08-12")
    return {(f.quantity.value, f.unit) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("id", "Seorang polisi gugur dan tiga rekannya terluka dalam penyergapan di Distrik Sinak, Senin.",
     (3, "personnel")),
    ("en", "Four marines died and three colleagues were hurt when their patrol hit a mine on Monday.",
     (3, "personnel")),
])
def test_fellows_of_the_counted(code, text, item):
    assert item in brief(text, code)
