from warta.lang import load
from warta.pipeline.figure_units import side_firsts
from warta.pipeline.segment import tokens
from warta.pipeline.sides import side_lexicon


def test_side_firsts_are_the_lexicons_first_words_read_once() -> None:
    sides = side_lexicon(load("en"))
    firsts = side_firsts(sides)
    assert firsts == sides.first_words()
    assert side_firsts(sides) is firsts
    text = "Russian troops and United States drones struck the town."
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.text.lower() not in firsts:
            assert sides.at(toks, i, text) is None  # where no phrase can begin, at() finds none
    assert any(tok.text.lower() in firsts for tok in toks)
