"""A sentence holding no trigger's words all is passed over before any lexicon reads it
(warta/pipeline/event_sentence.py ``_may_tell``): it has no trigger nor dated word."""

from warta.lang import load
from warta.pipeline.event_rules import find_triggers, rules
from warta.pipeline.event_sentence import _may_tell, _Openers, _openers, first_telling
from warta.pipeline.lexicon import lowered
from warta.pipeline.segment import tokens

SENTENCES = [
    "Security forces were set off by the blast.",  # "were set off": every word of a phrase
    "The people were happy with the set of results.",  # "were" and "set", no "off"
    "Gunmen killed 12 villagers on Monday.",
    "The weather in Geneva was mild and sunny.",
    "Pasukan menyerang desa itu pada Senin.",
    "Rapat itu dihadiri para menteri.",
]


def test_a_phrase_needs_all_its_words():
    openers = _Openers({"were": [frozenset({"set", "off"})], "killed": [frozenset()],
                        "bomb": [frozenset({"car"}), frozenset()]})
    assert _may_tell(openers, ["they", "were", "set", "off"])
    assert not _may_tell(openers, ["they", "were", "set", "free"])
    assert _may_tell(openers, ["gunmen", "killed", "two"])
    assert not _may_tell(openers, ["nothing", "here"])
    assert _may_tell(openers, ["a", "bomb", "went", "off"])  # "bomb" is a phrase alone too


def test_a_sentence_passed_over_holds_no_trigger():
    for sentence in SENTENCES:
        for code in ("en", "id"):
            lang, toks = load(code), tokens(sentence)
            r = rules(lang)
            if not _may_tell(_openers(lang), lowered(toks)):
                assert not find_triggers(r, toks, sentence) and not r.dated.find(toks, sentence)
    en = load("en")
    assert _may_tell(_openers(en), lowered(tokens(SENTENCES[2])))
    assert not _may_tell(_openers(en), lowered(tokens(SENTENCES[3])))
    assert not _may_tell(_openers(en), lowered(tokens(SENTENCES[1])))  # its anchor "were" alone


def test_the_first_sentence_that_may_tell():
    from warta.model import Sentence

    en = load("en")
    parts = [SENTENCES[3], SENTENCES[1], SENTENCES[2], SENTENCES[3]]
    text = " ".join(parts)
    sentences, at = [], 0
    for i, part in enumerate(parts):
        start = text.index(part, at)
        sentences.append(Sentence(index=i, start=start, end=start + len(part)))
        at = start + len(part)
    assert first_telling(text, en, sentences) == 2
    assert first_telling(text, en, sentences[3:]) == 1
    assert first_telling(text, en, []) == 0
