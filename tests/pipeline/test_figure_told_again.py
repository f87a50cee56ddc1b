"""English shapes that count nothing new: "some of the 200 soldiers" tells a whole already counted
again (a quantifier, not a number, is the part); bare numbers a definite names ("naming the
battalions as the 31, 47 and 58") are names of units, no counts."""

from warta.pipeline.extract import extract


def figures(text):
    doc = extract(text, lang="en", published="2024-05-06")
    return [f.text for c in doc.claims for f in c.figures]


def test_some_of_the_whole_told_again():
    text = "Rebel commanders said they had seized at least 120 government troops. Some of the 120 soldiers " \
           "were taken at a river crossing, a rebel statement said."
    assert figures(text) == ["at least 120 government troops"]


def test_numbers_a_definite_names():
    text = "The militia said it captured 120 soldiers from four battalions, naming the " \
           "battalions as the 31, 47, 58 and 62."
    assert figures(text) == ["120 soldiers", "four battalions"]
