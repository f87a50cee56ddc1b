"""A possessive in what a named speaker says ('with Thailand's army saying 12 of its soldiers were
killed', 'dengan militer Thailand menyatakan 12 tentaranya tewas') is the speaker's, when the speaker is
named nearer to it than any other side."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Last year Thailand and Cambodia fought along their border, with Thailand's army saying 12 of its "
           "soldiers were killed."),
    ("id", "Tahun lalu Thailand dan Kamboja bertempur di perbatasan, dengan militer Thailand menyatakan 12 "
           "tentaranya tewas."),
])
def test_speaker_owns_its(code, text):
    doc = extract(text, lang=code, published="2026-02-10")
    assert [(f.quantity.value, f.side) for c in doc.claims for f in c.figures] == [(12, "TH")]
