"""Words of wire copy read as the contract counts them: car bombs set off were used, not destroyed
("detonated two car bombs", "meledakkan dua bom mobil"; things blown up stay destroyed); people
still searched for are missing ("puluhan lainnya masih dalam pencarian"); troops sent with a noun
("memerintahkan pengerahan 5.000 tentara") were used; families housed in schools ("ditampung") are
displaced."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-08-11")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The attackers detonated two car bombs at the gate, an officer said.",
     [("two car bombs", "vehicles", "used")]),
    ("id", "Para penyerang meledakkan dua bom mobil di gerbang pangkalan, kata perwira itu.",
     [("dua bom mobil", "vehicles", "used")]),
    ("id", "Sebanyak 11 orang tewas dan puluhan lainnya masih dalam pencarian, kata polisi.",
     [("11 orang", "civilians", "killed"), ("puluhan lainnya", "civilians", "missing")]),
    ("id", "Presiden memerintahkan pengerahan sekitar 5.000 tentara ke wilayah itu.",
     [("sekitar 5.000 tentara", "personnel", "used")]),
    ("id", "Di Tibu, sekitar 300 keluarga ditampung di sekolah, menurut pemerintah kota.",
     [("sekitar 300 keluarga", "civilians", "displaced")]),
])
def test_wire_words(code, text, expected):
    assert figures(text, code) == expected
