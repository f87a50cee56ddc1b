"""number_scan: the trie of words with what follows each, and the lower-cased text it reads."""

from __future__ import annotations

import re

from warta.pipeline.number_scan import scan_text, tail_trie


def test_tail_trie_matches_each_word_only_with_its_tail() -> None:
    pattern = re.compile(tail_trie([("from", r"\s+[0-9]"), ("four", r"(?!\w)"), ("at least", r"\s+[0-9]"),
                                    ("at", r"(?!\w)")]))
    assert pattern.fullmatch("from 3")
    assert not pattern.match("from the")
    assert pattern.fullmatch("four")
    assert not pattern.match("fourth")
    assert pattern.fullmatch("at  least 5")  # a space in a word: any run of white space
    assert pattern.match("at least")  # "at" on its own
    assert re.fullmatch(tail_trie([]), "") is None


def test_scan_text_is_lower_cased_from_the_character_before_or_none() -> None:
    letters = frozenset("abcdefghijklmnopqrstuvwxyz")
    safe: dict[str, bool] = {}
    assert scan_text("Two Died", 0, 8, letters, safe) == " two died"
    assert scan_text("Two Died", 4, 8, letters, safe) == " died"
    assert scan_text("“Two” died", 1, 5, letters, safe) == "“two”"
    assert scan_text("İki died", 0, 8, letters, safe) is None  # lower-cased to two characters
    assert scan_text("ſix died", 0, 8, letters, safe) is None  # IGNORECASE reads it as "s"
    assert scan_text("٣ died", 0, 6, letters, safe) is None  # a digit, not 0-9
