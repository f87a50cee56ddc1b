"""A country named as who struck ("U.S. air strikes hit ...", "Serangan udara Amerika Serikat ...")
is not where the story happens: property burned in a sentence with no place of its own is the struck
country's, not the striker's."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "U.S. air strikes hit the Ras Isa port in Yemen on Thursday. The U.S. strikes were the heaviest "
           "since March, a U.S. official said. About 30 fuel tanks burned, a local television station "
           "reported.", "About 30 fuel tanks"),
    ("id", "Serangan udara Amerika Serikat menghantam pelabuhan Ras Isa di Yaman pada Kamis. Serangan AS itu "
           "adalah yang terbesar sejak Maret, kata pejabat AS. Sekitar 30 tangki bahan bakar terbakar, "
           "menurut stasiun televisi setempat.", "Sekitar 30 tangki bahan bakar"),
])
def test_property_burned_is_the_struck_countrys(code, text, figure):
    at = text.index(figure)
    doc = extract(text, lang=code, published="2025-04-18")
    assert [f.side for c in doc.claims for f in c.figures if f.start == at] == ["YE"]
