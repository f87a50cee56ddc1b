"""Displaced people are of the side they fled from, not of the country they fled to ("fled
into Chad", "mengungsi ke Mauritania"): a place after a destination word is no side of theirs."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2024-10-28")
    return [(f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, side", [
    ("en", "UNHCR said 600,000 refugees had fled into Chad since the war in Sudan began.", "SD"),
    ("en", "About 5,000 people fled to Mauritania from Mali last week, UNHCR said.", "ML"),
    ("id", "UNHCR mencatat 3 juta orang melarikan diri dari Sudan, termasuk lebih dari 700.000 orang yang "
     "menyeberang ke Chad.", "SD"),
    ("id", "Sekitar 5.000 orang mengungsi ke Mauritania dari Mali pekan lalu, kata UNHCR.", "ML"),
    ("id", "Hampir 10.000 orang dilaporkan telah mengungsi ke pangkalan udara Rusia di Hmeimim, Suriah.",
     "SY"),
    ("en", "About 10,000 people have fled to the Russian air base at Hmeimim in Syria.", "SY"),
    ("en", "Thousands of residents fled to escape fighting in Khartoum, Sudan, the UN said.", "SD"),
])
def test_displaced_people_are_of_where_they_fled(code, text, side):
    assert {s for _, s in sides(text, code)} == {side}
