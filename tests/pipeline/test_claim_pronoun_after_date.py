"""A reporting verb, a date and a pronoun ("said on Tuesday it had documented", "mengatakan pada
Selasa pihaknya mencatat") open the speaker's own content: the pronoun's verb reports no new source, and the
figures are the named speaker's, not those of a body named in an earlier sentence."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, speaker", [
    ("en", "An aid convoy came under fire near Kharkiv. The regional governor said 12 people died. Amnesty "
           "International said on Tuesday it had documented 37 civilian deaths in the region since March.",
     "Amnesty International"),
    ("id", "Gubernur wilayah itu menyebut 12 orang tewas. Amnesty International mengatakan pada Selasa "
           "pihaknya mencatat 37 warga sipil tewas di wilayah itu sejak Maret.", "Amnesty International"),
])
def test_pronoun_after_date_is_the_speaker(code, text, speaker):
    doc = extract(text, lang=code, published="2025-06-01")
    assert [(c.claimant.text, c.claimant.kind) for c in doc.claims][-1] == (speaker, "organization")


def test_report_noun_before_date_and_pronoun_keeps_the_pronoun_source():
    text = "Ukraine's military said 30 soldiers died. In its morning report on Monday it said its units " \
           "had repelled 20 assaults, killing 90 attackers."
    doc = extract(text, lang="en", published="2025-06-01")
    assert [c.claimant.text for c in doc.claims if any(f.text == "90 attackers" for f in c.figures)] == ["it"]
