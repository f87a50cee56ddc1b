"""few_words: the words between two names, when there are few."""

from warta.pipeline.spans import few_words


def test_few_words_reads_commas_as_spaces():
    text = "Kharkiv, Sumy, and Chernihiv"
    assert few_words(text, 7, 9, 1) == []  # ", " between Kharkiv and Sumy
    assert few_words(text, 13, 19, 1) == ["and"]


def test_few_words_gives_none_past_the_limit():
    text = "Kharkiv was shelled and then Sumy"
    assert few_words(text, 7, 29, 1) is None
    assert few_words(text, 7, 29, 4) == ["was", "shelled", "and", "then"]
    assert few_words(text, 7, 29, 3) is None
