"""A lexicon remembers its lookups by phrase: an answer must stay that of a fresh lookup after
phrases are added, whatever the case, and when the memory starts again."""

from warta.lang import load
from warta.pipeline import lexicon
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.sides import side_lexicon


def test_a_lookup_is_answered_again_after_a_phrase_is_added():
    lex: PhraseLexicon[str] = PhraseLexicon()
    for phrase, value in (("gencatan senjata", "truce"), ("ceasefire", "truce")):
        assert lex.lookup(phrase) is None
        lex.add(phrase, value)
        assert lex.lookup(phrase) == value
        assert lex.lookup(phrase.title()) == value  # folded: any case
    assert lex.lookup("as") is None
    lex.add("AS", "US", exact=True)  # exact: as written only
    assert lex.lookup("AS") == "US" and lex.lookup("as") is None
    lex.add("as", "like")
    assert lex.lookup("as") == "like" and lex.lookup("AS") == "US"


def test_lookups_stay_right_when_the_memory_starts_again(monkeypatch):
    monkeypatch.setattr(lexicon, "_LOOKED_MAX", 2)
    for code, names in (("en", [("Ukraine", "UA"), ("Kyiv", "UA"), ("Sudanese", "SD"), ("Moscow", "RU")]),
                        ("id", [("Ukraina", "UA"), ("Rusia", "RU"), ("Sudan", "SD"), ("Moskow", "RU")])):
        lex = side_lexicon(load(code))
        for _ in range(3):
            for name, value in names + [("armoured column", None)]:
                assert lex.lookup(name) == value
        assert len(lex._looked) <= 2
