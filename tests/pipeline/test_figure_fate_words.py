"""Words of a fate the lexicon lacked: an idiom of death ('fell as martyrs'), shrapnel wounds ('hit by
shrapnel', 'terkena serpihan'), and a dwelling noun whose 'tinggal' is no verb of what is left
('bangunan tempat tinggal warga rusak berat': damaged)."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-01-31")
    return [(f.quantity.value, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, want", [
    ("en", "The commander said nine fighters fell as martyrs in the battle and 12 were wounded.",
     [(9, "killed"), (12, "wounded")]),
    ("en", "Police said two officers were hit by shrapnel and taken to hospital.", [(2, "wounded")]),
    ("id", "Kapolres mengatakan tiga polisi terkena serpihan granat saat baku tembak dan kini dirawat.",
     [(3, "wounded")]),
    ("id", "Gubernur menyebut belasan bangunan tempat tinggal warga rusak berat akibat serangan drone itu.",
     [(None, "damaged")]),
])
def test_fate_words(code, text, want):
    assert _figures(code, text) == want
