""""Others" count more of the people counted last, past an article between them ("killed eight gang
members in a raid on Sunday and arrested three others", "menembak mati delapan anggota geng dalam
sebuah penggerebekan dan menangkap tiga lainnya")."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Police said officers killed eight gang members in a raid on Sunday and arrested three others.",
     "three others"),
    ("id", "Polisi mengatakan petugas menembak mati delapan anggota geng dalam sebuah penggerebekan dan "
           "menangkap tiga orang lainnya.", "tiga orang lainnya"),
])
def test_others_past_an_article(code, text, figure):
    doc = extract(text, lang=code, published="2025-06-02")
    assert [f.unit for c in doc.claims for f in c.figures if f.text == figure] == ["personnel"]
