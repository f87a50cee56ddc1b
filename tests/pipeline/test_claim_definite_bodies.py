"""A body told again as "the office" ("The office said") is the body named before, not the reporter."""

from warta.pipeline.extract import extract


def test_the_office_told_again():
    text = "The United Nations human rights office said on Monday that 30 people were killed. The office " \
           "said another 14 people were wounded."
    doc = extract(text, lang="en", published="2025-06-02")
    assert [(c.claimant.text, c.claimant.kind) for c in doc.claims][-1] == ("The office", "organization")
