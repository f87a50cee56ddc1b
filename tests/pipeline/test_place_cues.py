"""Word sets the place lexicon derives from its own fields when it is built."""

from warta.lang import load
from warta.pipeline.place_lexicon import lexicon


def test_cues_hold_triggers_their_last_words_and_site_heads():
    cues = lexicon(load("en")).new_place_cues
    assert "village" in cues and "of" in cues  # "the village of X": the trigger ends at "of"
    assert "dam" in cues  # "the Tishreen Dam"
    assert "said" not in cues


def test_cues_hold_every_word_that_ends_a_trigger():
    assert {"desa", "kota", "pengungsi"} <= lexicon(load("id")).new_place_cues


def test_join_words_leave_out_the_end_of_a_move():
    joins = lexicon(load("id")).join_words
    assert "di" in joins and "desa" in joins  # "X di Bandung", "X, desa Y"
    assert "ke" not in joins  # "dari Dekai ke Jayapura"


def test_demonym_heads_are_the_first_words_of_longer_demonyms():
    heads = lexicon(load("en")).demonym_heads
    assert {"south", "sri", "puerto"} <= heads
    assert "russian" not in heads and "south sudanese" not in heads
