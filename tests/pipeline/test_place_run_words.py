"""place_run's word sets of a lexicon: one set each for the tests that probe several."""

from warta.lang import load
from warta.pipeline.place_lexicon import lexicon
from warta.pipeline.place_run import _word_sets


def test_word_sets_join_the_lexicon_lists() -> None:
    for code in ("id", "en"):
        lex = lexicon(load(code))
        held, no_first, not_loose = _word_sets(lex)
        assert held is lex
        assert no_first == (lex.stoplist | lex.common_words | lex.not_before
                            | lex.facility_heads_before | lex.body_words)
        assert not_loose == (lex.context_words | lex.titles | lex.connectors | set(lex.heads_after)
                             | set(lex.heads_before) | lex.stoplist)
        assert _word_sets(lex)[1] is no_first
