"""The story's side names read sentence by sentence are those read over all its tokens: when a name would
run across the sentences' edge, or the sentences leave tokens out, all the tokens are read."""

from warta.lang import load
from warta.pipeline.segment import sentences, tokens
from warta.pipeline.sides import side_lexicon
from warta.pipeline.source_story import side_values

TEXT = ("Officials in New Zealand said on Monday that Ukraine and Russia had agreed to talks. "
        "The United States welcomed the news.\nIsrael said nothing.")


def _whole(text: str) -> list[str]:
    lex = side_lexicon(load("en"))
    return [m.value for m in lex.find(tokens(text), text)]


def test_sentence_by_sentence_gives_the_whole_texts_names():
    spans = [(s.start, s.end) for s in sentences(TEXT, load("en"))]
    assert len(spans) == 3
    lex = side_lexicon(load("en"))
    assert side_values(TEXT, lex, spans) == _whole(TEXT) == ["NZ", "UA", "RU", "US", "IL"]


def test_a_name_cut_by_the_spans_or_tokens_left_out_read_over_all_the_tokens():
    cut = TEXT.index("Zealand")
    lex = side_lexicon(load("en"))
    assert side_values(TEXT, lex, [(0, cut), (cut, len(TEXT))]) == _whole(TEXT)  # "New | Zealand"
    assert side_values(TEXT, lex, [(cut, len(TEXT))]) == _whole(TEXT)  # the first tokens in no span
    assert side_values(TEXT, lex, []) == _whole(TEXT)
