"""A cue verb joined to its clause's first verb by "but"/"and" speaks for that clause's subject,
also when an opening phrase and its comma come before the subject ("On Sunday, the army command gave
no figure for its own dead but said ...")."""

import pytest

from warta.pipeline.extract import extract


def claimants(text, code):
    doc = extract(text, lang=code, published="2025-04-07")
    return {f.text: c.claimant.text for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, claimant", [
    ("en", "In a broadcast on state radio on Sunday, the army command gave no figure for its own dead but "
     "said troops had killed 40 insurgents near Lake Chad.", "40 insurgents", "the army command"),
    ("en", "Late on Friday, the rebels denied losing the town and said their fighters had shot down "
     "two helicopters.", "two helicopters", "the rebels"),
])
def test_the_subject_after_an_opening_phrase_speaks(code, text, figure, claimant):
    assert claimants(text, code)[figure] == claimant
