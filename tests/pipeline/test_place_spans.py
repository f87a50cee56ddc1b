"""Tokens of the place step: offsets, possessives and lookup keys."""

import re

from hypothesis import example, given, strategies as st

from warta.geo.fold import fold
from warta.lang import load
from warta.model import Sentence
from warta.pipeline.place_lexicon import lexicon
from warta.pipeline.place_spans import MAX_TOKENS, Run, readings, variants, word_key
from warta.pipeline.place_words import tokenize

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


def _by_sentence(text, sents, shortened):
    """The tokens as read sentence by sentence, each with the word pattern (the reference)."""
    out = []
    for s in sents:
        for m in re.finditer(r"\w+(?:['’.]\w+)*", text[s.start:s.end]):
            word, start = m.group(), s.start + m.start()
            poss = len(word) > 3 and word[-1] in "sS" and word[-2] in "'’"
            word = word[:-2] if poss else word
            end = start + len(word)
            key = fold(word)
            if key in shortened and text[end:end + 1] == ".":
                key = shortened[key]
            cap = word[0].isupper() or len(word) > 2 and word[1] in "'’" and word[2].isupper()
            out.append((start, end, word, key, cap, s.index, poss))
    return out


@given(st.text(alphabet=st.sampled_from("ab ZÉé'’.-,\n\t\u00a0\u2003\x1c_1İ"), max_size=60),
       st.lists(st.integers(0, 60), max_size=8), st.booleans())
@example("ab cd", [0, 2, 4, 5], True)  # a word across a sentence's start, after a gap
@example("ab cd", [0, 4, 4, 5], True)  # a word across a sentence's end
@example("ab. x", [0, 2, 0, 1], False)  # a shortened word at a sentence's end, read sentence by sentence
def test_words_are_read_in_the_sentence_holding_them(text, cuts, in_order):
    """Sentences with gaps between them, words across their edges, empty or overlapping ones:
    the tokens are those of each sentence read by itself."""
    cuts = sorted(min(c, len(text)) for c in cuts) if in_order else [min(c, len(text)) for c in cuts]
    sents = [Sentence(n, a, b) for n, (a, b) in enumerate(zip(cuts[::2], cuts[1::2]))]
    shortened = {"ab": "abode"}
    toks = tokenize(text, sents, shortened)
    got = [(t.start, t.end, t.text, t.key, t.cap, t.sent, t.possessive) for t in toks]
    assert got == _by_sentence(text, sents or [Sentence(0, 0, len(text))], shortened)


SPAN_WORDS = ["Kab", "St", "Ab", "Çay", "Ößa", "Ṣan", "d'Or", "U.S", "Mt", "No_2", "_", "ΟΔΟΣ"]


@given(st.lists(st.sampled_from(SPAN_WORDS), min_size=1, max_size=7),
       st.lists(st.sampled_from([" ", "-", ". ", "  ", "\u00a0", "'s ", " - ", "_"]), min_size=7, max_size=7))
def test_a_span_is_keyed_as_fold_keys_its_text(words, gaps):
    """Each span's first key is the fold of its text, however its words are written and parted."""
    text = "".join(w + g for w, g in zip(words, gaps))
    lex = lexicon(load("id"))
    toks = tokenize(text, [Sentence(0, 0, len(text))], lex.shortened_heads)
    run = Run(list(range(len(toks))))
    variants(text, toks, run, lex)
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + MAX_TOKENS) + 1):
            vs = readings(run, i, j)
            if vs:
                assert vs[0].key == fold(text[toks[i].start:toks[j - 1].end])


@given(st.text(alphabet=st.sampled_from("abzAZ09'’.-_,/ \u00e9\u0130\u212a\u00dfK"), max_size=8))
@example("Kelvin\u212a")
def test_a_word_key_is_its_fold(word):
    assert word_key(word) == fold(word)
