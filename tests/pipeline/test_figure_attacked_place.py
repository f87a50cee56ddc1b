"""The toll of an attack is of the place the attack hit ("an attack on northern Israel that killed 12
people", "serangan pemberontak ke Eritrea utara yang menewaskan ..."), even when the sentence names
another place as the conflict's ("The war in Sudan's Darfur widened when ..."): an attack noun, the word
of what it hit and the last place before the toll."""

import pytest

from warta.pipeline.extract import extract


def _sides(code: str, text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, lang=code, published="2025-06-01")
    return [(f.text, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The war in Sudan's Darfur widened when an RSF raid on eastern Chad killed 23 refugees.",
     ("23 refugees", "TD")),
    ("en", "The conflict in Lebanon flared after a Hezbollah rocket attack on northern Israel killed "
           "12 people.", ("12 people", "IL")),
    ("en", "Fighting in Donetsk went on after a Russian missile attack on Kyiv killed 20 people.",
     ("20 people", "UA")),
    ("id", "Konflik di Tigray meluas setelah serangan pemberontak ke Eritrea utara yang menewaskan sekitar "
           "40 orang.", ("sekitar 40 orang", "ER")),
    ("id", "Konflik di Lebanon meningkat setelah serangan Hizbullah ke Israel utara yang menewaskan "
           "12 orang.",
     ("12 orang", "IL")),
])
def test_toll_of_attacked_place(code, text, expected):
    assert expected in _sides(code, text)


def test_toll_where_it_happened_stays():
    text = "Serangan udara Israel di Rafah menewaskan 15 orang, kata pejabat kesehatan."
    assert ("15 orang", "PS") in _sides("id", text)
