"""A report no one is named for after "according to"/"menurut" ("According to initial reports",
"Menurut laporan awal") hedges the figures: another speaker of the sentence is their source, even
one of no rank ("a police source", "seorang sumber"), and the report noun is no reporting verb."""

import pytest

from warta.pipeline.extract import extract


def sources(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return [(c.claimant.text, c.cue.text if c.cue else None, len(c.figures)) for c in doc.claims]


@pytest.mark.parametrize("code, text, speaker, cue", [
    ("en", "According to initial reports, five people died in the blast, the governor said.",
     "the governor", "said"),
    ("en", "According to first reports, at least nine miners were hurt, a police spokesman said.",
     "a police spokesman", "said"),
    ("en", "According to early reports, 14 people were killed near the market, a security source said.",
     "a security source", "said"),
    ("id", "Menurut laporan awal, lima orang tewas dalam ledakan itu, kata gubernur.", "gubernur", "kata"),
    ("id", "Menurut laporan sementara, 14 orang tewas di dekat pasar, kata seorang sumber keamanan.",
     "seorang sumber keamanan", "kata"),
    ("id", "Menurut data awal, sembilan penambang terluka, ujar sumber di kepolisian.",
     "sumber di kepolisian", "ujar"),
])
def test_an_unauthored_report_yields_to_the_speaker_of_the_sentence(code, text, speaker, cue):
    assert sources(text, code) == [(speaker, cue, 1)]


@pytest.mark.parametrize("code, text, report", [
    ("en", "According to initial reports, five people died in the blast.", "initial reports"),
    ("id", "Menurut laporan awal, lima orang tewas dalam ledakan itu.", "laporan awal"),
])
def test_an_unauthored_report_alone_stays_the_source(code, text, report):
    assert sources(text, code)[0][0] == report
