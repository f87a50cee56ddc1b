from warta.pipeline.lexicon import from_table
from warta.pipeline.segment import tokens


def test_lexicon_longest_phrase_wins_and_offsets_hold():
    lex = from_table({"vehicles": ["kendaraan"], "armored_vehicles": ["kendaraan tempur lapis baja"]})
    text = "juga 8 kendaraan tempur lapis baja serta 3 kendaraan"
    found = lex.find(tokens(text), text)
    assert [(m.text, m.value) for m in found] == [
        ("kendaraan tempur lapis baja", "armored_vehicles"), ("kendaraan", "vehicles")]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_lexicon_upper_case_acronyms_match_exactly():
    lex = from_table({"US": ["AS"]})
    text = "bantuan AS tiba, as roda patah"
    assert [m.text for m in lex.find(tokens(text), text)] == ["AS"]


def test_lexicon_first_words_are_where_a_phrase_can_begin():
    lex = from_table({"US": ["AS", "Amerika Serikat"], "armored_vehicles": ["armoured vehicles"]})
    assert lex.first_words() == {"as", "amerika", "armoured"}
    text = "Two armoured vehicles of the AS army"
    opened = [t.text.lower() for t in tokens(text) if t.text.lower() in lex.first_words()]
    assert [m.text.split()[0].lower() for m in lex.find(tokens(text), text)] == opened


def test_lexicon_longer_openers_are_first_words_of_longer_phrases_of_a_value():
    lex = from_table({"media": ["CNN Indonesia", "Reuters", "the Times of Israel"], "army": ["Kyiv army"]})
    assert lex.longer_openers("media") == {"cnn", "the"}
    assert lex.longer_openers("army") == {"kyiv"}


def test_lexicon_anchors_are_a_word_of_each_phrase():
    lex = from_table({"arson": ["set fire to"], "US": ["AS"], "war": ["the war"]})
    assert lex.anchors() == {"fire", "as", "war"}
    text = "they set the table on fire to the west"  # every first word, no phrase
    assert [m.value for m in lex.find(tokens(text), text)] == []
    text = "they set fire to the house during the war"
    assert [m.value for m in lex.find(tokens(text), text)] == ["arson", "war"]


def test_lexicon_word_opening_only_longer_phrases_needs_its_next_word():
    lex = from_table({"media": ["the Times of Israel"], "the": ["the end"]})
    text = "the army read the Times of Israel to the end"
    toks = tokens(text)
    assert [m.value for m in lex.find(toks, text)] == ["media", "the"]
    assert lex.at(toks, 0, text) is None and lex.at(toks, 3, text) is not None
    assert lex.at(toks, 8, text, hi=9) is None  # the next word lies past ``hi``
    lex.add("the", "one word")  # a word that now opens a phrase of its own
    assert lex.at(toks, 0, text) is not None


def test_lexicon_lookup_is_case_insensitive_for_words():
    lex = from_table({"RU": ["Rusia"]})
    assert lex.lookup("RUSIA") == "RU"
    assert lex.lookup("Ukraina") is None


def test_lexicon_words_of_a_long_article_are_kept_while_it_is_read():
    """Every step walks all sentences again: in an article with more token lists than
    any fixed cache holds, the first sentence's words are still there at the end, and
    they are let go when the next article is read."""
    from warta.pipeline.lexicon import _entry

    for text in ("Pasukan Rusia menyerang desa itu. " * 6000, "Russian troops shelled the town. " * 6000):
        first = tokens(text, 0, text.index(".") + 1)
        kept = _entry(first)
        for start in range(0, len(text), 34):
            _entry(tokens(text, start, start + 33))
        assert _entry(first) is kept
        other = text.replace("a", "e")
        _entry(tokens(other, 0, 20))
        assert _entry(first) is not kept


def test_lookup_of_a_run_longer_than_any_phrase_is_none_without_reading_it_all():
    """A run of capitalised words may be as long as the text: it is told from its first
    words that it has more tokens than any listed phrase (each word is a token or more)."""
    lex = from_table({"country": ["Republik Demokratik Kongo", "Kongo"], "US": ["AS"]})
    long_name = " ".join(["Republik", "Demokratik", "Kongo"] * 20_000)
    assert lex.lookup(long_name) is None
    assert lex.lookup("Republik Demokratik Kongo") == "country"
    padded = "Republik " * 40 + "Kongo"  # long in characters, and more words than any phrase
    assert lex.lookup(padded) is None and lex.lookup_words(tuple(padded.split())) is None
    spaced = "Republik" + " " * 120 + "Demokratik Kongo"  # long in characters only: found as before
    assert lex.lookup(spaced) == "country"


def test_a_lexicon_made_or_grown_after_a_sentence_was_read_finds_its_phrases_there():
    """Which lexicons may find a phrase in a token list is told from the list's words, read when
    first asked: a lexicon made, or a phrase added, after that still finds what it lists."""
    text = "Pasukan Rusia menembaki desa itu pada malam hari."
    toks = tokens(text)
    first = from_table({"RU": ["Rusia"]})
    assert [m.text for m in first.find(toks, text)] == ["Rusia"]
    later = from_table({"attack": ["menembaki"]})
    assert [m.text for m in later.find(toks, text)] == ["menembaki"]
    assert first.find(toks, text, 2) == []
    first.add("desa itu", "place")
    assert [m.text for m in first.find(toks, text, 2)] == ["desa itu"]
    grown = from_table({"time": ["siang hari"]})
    assert grown.find(toks, text) == []
    grown.add("malam hari", "time")
    assert [m.text for m in grown.find(toks, text)] == ["malam hari"]


def test_lowered_parts_are_the_whole_lists_words():
    """The words of a list made of parts one after the other, taken from the parts'."""
    from warta.pipeline.lexicon import lowered, lowered_parts

    text = "Pasukan RUSIA menyerang. Warga Kyiv mengungsi."
    whole = tokens(text)
    parts = [whole[:4], whole[4:]]
    assert lowered_parts(whole, parts) == [t.text.lower() for t in whole] == lowered(whole)
