"""What an unnamed air defence shot down, told by the reporter in the paragraph of a belligerent's
tally, was the enemy's of that belligerent, not of the side the story names most."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2026-06-02")
    return {(f.quantity.value, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("id", "Rusia melancarkan serangan baru. Kementerian Pertahanan Rusia menyebut Ukraina kehilangan 240 "
           "tentara di front selatan. Unit antipesawat juga menjatuhkan 75 pesawat nirawak.\n"
           "Rusia menyebut serangan itu sukses.", (75, "drones", "intercepted", "UA")),
    ("en", "Russia pressed on with its offensive. Russia's defence ministry said Ukraine had lost 240 "
           "soldiers on the southern front. Anti-aircraft units also downed 75 drones.\n"
           "Russia called the operation a success.",
     (75, "drones", "intercepted", "UA")),
])
def test_paragraph_tally(code, text, item):
    assert item in sides(text, code)
