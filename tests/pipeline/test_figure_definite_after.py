"""Indonesian marks a noun phrase definite after it: "lima nelayan yang hilang itu" tells the five
counted before again, no new figure (as "the five missing fishermen" does in English); "di kota itu"
makes the town definite, not the count."""

from warta.pipeline.extract import extract


def test_a_count_told_again_with_itu():
    text = "Kapal mereka dihantam ombak, dan lima nelayan hilang di laut pada Selasa. Pencarian terhadap " \
           "lima nelayan yang hilang itu dihentikan pada Kamis, kata polisi."
    doc = extract(text, lang="id", published="2025-07-11")
    assert [f.text for c in doc.claims for f in c.figures] == ["lima nelayan"]
