"""English shapes that count nothing new: "some of the 200 soldiers" tells a whole already counted
again (a quantifier, not a number, is the part); bare numbers a definite names ("identifying the
battalions as the 552, 564 and 551") are names of units, no counts."""

from warta.pipeline.extract import extract


def figures(text):
    doc = extract(text, lang="en", published="2024-05-06")
    return [f.text for c in doc.claims for f in c.figures]


def test_some_of_the_whole_told_again():
    text = "The Arakan Army said it had captured at least 200 junta troops. Some of the 200 soldiers were " \
           "captured near the border, the group said."
    assert figures(text) == ["at least 200 junta troops"]


def test_numbers_a_definite_names():
    text = "The Arakan Army said it captured 200 soldiers from five battalions, identifying the " \
           "battalions as the 552, 564, 565 and 551."
    assert figures(text) == ["200 soldiers", "five battalions"]
