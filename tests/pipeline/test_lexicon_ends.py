"""A lexicon tells at once where a phrase may end (its last words) and where one may begin (its
first words): the steps that look for a phrase ending right before a token, or at every token of
a sentence, skip the tokens that cannot hold one. The shortcuts must answer as the full search does."""

from warta.lang import load
from warta.pipeline.claim_lexicon import lexicons as claim_lexicons
from warta.pipeline.figure_lexicon import lexicons as figure_lexicons
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.segment import tokens

TEXTS = {
    "en": ("A police officer who spoke on condition of anonymity for fear of retaliation said that of the "
           "soldiers, two died and five were hurt when gunmen fired on a convoy of US trucks."),
    "id": ("Seorang perwira yang enggan disebut namanya karena alasan keamanan mengatakan, dari para "
           "prajurit itu, dua gugur dan lima terluka ketika kelompok bersenjata menembaki iring-iringan "
           "truk."),
}


def _lexicons(code: str) -> list[PhraseLexicon[str]]:
    lang = load(code)
    claims, figures = claim_lexicons(lang), figure_lexicons(lang)
    return [claims.anonymity, claims.anonymity_reasons, claims.cues, figures.partitive, figures.units,
            figures.populations]


def test_phrases_end_at_last_words_begin_at_openings_and_are_found_alike_in_parts():
    for code, text in TEXTS.items():
        toks = tokens(text)
        for lex in _lexicons(code):
            opening = lex.openings(toks)
            assert lex.openings(toks, 3, 9) == [i for i in opening if 3 <= i < 9]
            assert lex.openings(toks, 9, 3) == [] and lex.openings(toks, -2, 2) == lex.openings(toks, 0, 2)
            for i in range(len(toks)):
                m = lex.at(toks, i, text)
                if m is not None:
                    assert i in opening and lex.ends_with(toks[m.last_token].text), (code, m.text)
                    assert lex.ends_with(toks[m.last_token].text.upper())  # any case
            # the whole list is tested against the lexicon's first words at once: the same matches
            whole = [(m.start, m.end, m.value) for m in lex.find(toks, text)]
            again = [(m.start, m.end, m.value) for m in lex.find(toks, text, 0, len(toks))]
            part = [(m.start, m.end, m.value) for m in lex.find(toks, text, 0, len(toks) - 1)]
            assert whole == again
            assert [m for m in whole if m[1] <= toks[-2].end] == part


def test_a_phrase_added_later_ends_and_begins_where_it_is():
    lex: PhraseLexicon[str] = PhraseLexicon()
    lex.add("under cover of darkness", "night")
    assert lex.ends_with("Darkness") and not lex.ends_with("cover")
    lex.add("AS", "US", exact=True)
    assert lex.ends_with("AS") and lex.ends_with("as")  # a last word in any case: at() decides
    toks = tokens("They moved under cover of darkness.")
    assert lex.openings(toks) == [2]
