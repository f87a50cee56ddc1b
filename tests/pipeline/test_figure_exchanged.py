"""A generic count of people in an exchange takes the people the word of exchange names earlier in the
sentence ('pembebasan tawanan perang ..., masing-masing pihak memulangkan 85 orang': prisoners of war,
personnel); held people whom their own clause frees past an owner's name ('40 hostages of the militia
were released', '30 sandera kelompok itu akhirnya dibebaskan') were released, not captured."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-04-12")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("id", "Kedua negara melakukan pembebasan tawanan perang pada Minggu, dengan masing-masing pihak "
           "memulangkan 85 orang, kata pejabat.", (85, "personnel", "released")),
    ("id", "Pertukaran tawanan perang itu berlangsung di perbatasan, dan tiap pihak membebaskan 64 orang.",
     (64, "personnel", "released")),
])
def test_people_of_the_exchange(code, text, item):
    assert item in brief(text, code)


@pytest.mark.parametrize("code, text, item", [
    ("en", "Officials said 40 hostages of the militia were released on Sunday.",
     (40, "civilians", "released")),
    ("id", "Menurut polisi, 30 sandera kelompok bersenjata itu akhirnya dibebaskan pada Senin.",
     (30, "civilians", "released")),
])
def test_held_then_freed(code, text, item):
    assert item in brief(text, code)
