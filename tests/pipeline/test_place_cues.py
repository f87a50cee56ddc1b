"""The words at which new_settlements looks for a name the index lacks."""

from warta.lang import load
from warta.pipeline.place_lexicon import demonym_heads, join_words, lexicon, new_place_cues


def test_cues_hold_triggers_their_last_words_and_site_heads():
    lex = lexicon(load("en"))
    cues = new_place_cues(lex)
    assert "village" in cues and "of" in cues  # "the village of X": the trigger ends at "of"
    assert "dam" in cues  # "the Tishreen Dam"
    assert "said" not in cues
    assert new_place_cues(lex) is cues  # built once per lexicon


def test_cues_hold_every_word_that_ends_a_trigger():
    lex = lexicon(load("id"))
    cues = new_place_cues(lex)
    assert {"desa", "kota", "pengungsi"} <= cues


def test_join_words_leave_out_the_end_of_a_move():
    lex = lexicon(load("id"))
    joins = join_words(lex)
    assert "di" in joins and "desa" in joins  # "X di Bandung", "X, desa Y"
    assert "ke" not in joins  # "dari Dekai ke Jayapura"
    assert join_words(lex) is joins


def test_demonym_heads_are_the_first_words_of_longer_demonyms():
    heads = demonym_heads(lexicon(load("en")))
    assert {"south", "sri", "puerto"} <= heads
    assert "russian" not in heads and "south sudanese" not in heads
