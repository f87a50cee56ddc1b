"""A part counted by a pronoun with no people before it counts the things counted last ('shot down 41
drones. 19 of them fell over ...', 'menembak jatuh 27 drone. Sebanyak 11 di antaranya ...'); one of those
things is an item told of, not a count."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-05-20")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("en", "The ministry said air defences shot down 41 drones overnight. It said 19 of them were destroyed "
           "over the Tula region.", (19, "drones", "intercepted")),
    ("id", "Kementerian itu menyebut pasukannya menembak jatuh 27 drone. Sebanyak 11 di antaranya "
           "dihancurkan di atas wilayah Voronezh.", (11, "drones", "intercepted")),
])
def test_things_of_them(code, text, item):
    assert item in brief(text, code)


def test_one_of_them_is_an_item():
    text = ("The army shot down five drones, the governor said. He said three of them were destroyed over "
            "the airport. Debris from one of them damaged a school.")
    assert sorted(v for v, _, _ in brief(text, "en")) == [3, 5]


@pytest.mark.parametrize("code, text", [
    ("en", "The navy said it downed six drones at sea, but did not say whether one of them struck the port."),
    ("id", "Militer menembak jatuh enam drone di atas laut, tetapi satu di antaranya mengenai pelabuhan."),
])
def test_one_of_them_in_its_sentence(code, text):
    assert [v for v, _, _ in brief(text, code)] == [6]
