"""A quote put before its attribution: the phrase after the cue is the speaker, whatever its noun
('"...," said a herder', '"...," kata seorang penggembala'), not a pronoun inside the quote nor the
reporter. People someone took are captured ('The gunmen took 30 villagers'); a verb after a figure that has
its own object ('... four of the shops and took our goats') is not the figure's fate."""

import pytest

from warta.pipeline.extract import extract


def _claims(code, text):
    doc = extract(text, lang=code, published="2026-09-15")
    return [(f.quantity.value, f.outcome, c.claimant.text, c.claimant.kind)
            for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "\"They burned the clinic and four of the shops and took our goats,\" said a herder from the "
           "village."),
    ("id", "\"Mereka membakar empat kios dan klinik kami,\" kata seorang penggembala dari desa di dekat "
           "kamp itu."),
])
def test_speaker_after_a_closing_quote(code, text):
    [(value, outcome, claimant, kind)] = _claims(code, text)
    assert (value, outcome, kind) == (4, "destroyed", "person")
    assert "herder" in claimant or "penggembala" in claimant


def test_people_taken_are_captured():
    got = _claims("en", "\"The gunmen took 30 villagers, and my two brothers as well,\" a farmer said.")
    assert [(v, o) for v, o, _, _ in got] == [(30, "captured"), (2, "captured")]
