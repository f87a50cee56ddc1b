"""Tokens of the place step: offsets, possessives and lookup keys."""

import re

from hypothesis import given, strategies as st

from warta.geo.fold import fold
from warta.model import Sentence
from warta.pipeline.place_spans import tokenize

ASCII_WORDS = st.text(alphabet=st.sampled_from("abcxyzABCXYZ0129"), min_size=1, max_size=12)


@given(ASCII_WORDS)
def test_an_ascii_word_is_keyed_as_fold_keys_it(word):
    text = f"In {word} today"
    toks = tokenize(text, [Sentence(0, 0, len(text))])
    assert [t.key for t in toks] == [fold(t.text) for t in toks]


def test_keys_offsets_and_possessives():
    text = "Troops left Kyiv's outskirts near Bila Tserkva and Côte d'Ivoire."
    toks = tokenize(text, [Sentence(0, 0, len(text))])
    assert all(text[t.start:t.end] == t.text for t in toks)
    kyiv = next(t for t in toks if t.text == "Kyiv")
    assert kyiv.possessive and kyiv.key == "kyiv"
    assert [t.key for t in toks if t.cap] == ["troops", "kyiv", "bila", "tserkva", "cote", "divoire"]


@given(st.text(alphabet=st.sampled_from("ab ZÉé'’.-,\n1İ"), max_size=40), st.integers(0, 40))
def test_words_and_offsets_are_the_pattern_s_in_each_sentence(text, cut):
    cut = min(cut, len(text))
    sents = [Sentence(0, 0, cut), Sentence(1, cut, len(text))]
    toks = tokenize(text, sents)
    words = [(m.start(), m.group()) for s in sents
             for m in re.finditer(r"\w+(?:['’.]\w+)*", text[s.start:s.end])]
    assert len(toks) == len(words)
    for t, (at, word) in zip(toks, words):
        assert t.start == at + sents[t.sent].start and text[t.start:t.end] == t.text
        assert word == t.text or t.possessive and word[:-2] == t.text
