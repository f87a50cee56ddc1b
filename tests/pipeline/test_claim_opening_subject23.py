"""The phrase that opens a sentence, right before its speech verb, is the sentence's source whatever
its head word ("The provincial security secretariat said 12 ...", "Sementara itu, sekretariat keamanan
provinsi menyatakan ..."): a body the lexicon has no word for still speaks for its figures."""

import pytest

import warta


def claimants(text, code, published="2026-02-10"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: c.claimant.text for c in article.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, source", [
    ("en", "Gunfire shut schools across the city on Monday. The provincial security secretariat said 12 gang "
           "members and two police officers died in the operation.", "12 gang members",
     "The provincial security secretariat"),
    ("en", "Gunfire shut schools across the city on Monday. The public defender's office said more than 200 "
           "families had left their homes.", "more than 200 families", "The public defender's office"),
    ("id", "Baku tembak terdengar di seluruh kota pada Senin. Sementara itu, sekretariat keamanan provinsi "
           "menyatakan 12 anggota geng tewas dalam operasi itu.", "12 anggota geng",
     "sekretariat keamanan provinsi"),
])
def test_an_opening_phrase_before_the_cue_is_the_source(code, text, figure, source):
    assert claimants(text, code)[figure] == source
