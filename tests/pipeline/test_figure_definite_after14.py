"""Indonesian marks a noun phrase definite after it: "empat korban selamat itu" tells the four counted
before again, no new figure (as "the four survivors" does in English)."""

from warta.pipeline.extract import extract


def test_a_count_told_again_with_itu():
    text = "Sedikitnya empat orang berhasil diselamatkan dari kapal yang tenggelam. Evakuasi empat korban " \
           "selamat itu berlangsung pada Jumat, kata polisi."
    doc = extract(text, lang="id", published="2025-07-11")
    assert [f.text for c in doc.claims for f in c.figures] == ["Sedikitnya empat orang"]
