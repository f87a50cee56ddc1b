"""Words of a fate the lexicon lacked: an idiom of death ('fell as martyrs'), shrapnel wounds ('hit by
shrapnel', 'terkena serpihan'), and a dwelling noun whose 'tinggal' is no verb ('bangunan tempat
tinggal mengalami kerusakan': damaged)."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-01-31")
    return [(f.quantity.value, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, want", [
    ("en", "\"Nine of our men fell as martyrs and 12 others were wounded,\" the colonel said.",
     [(9, "killed"), (12, "wounded")]),
    ("en", "Police said two officers were hit by shrapnel and taken to hospital.", [(2, "wounded")]),
    ("id", "\"Dua personel kami terkena serpihan dan sudah dievakuasi,\" kata Kapolres.", [(2, "wounded")]),
    ("id", "Menurut gubernur, belasan bangunan tempat tinggal mengalami kerusakan.", [(None, "damaged")]),
])
def test_fate_words(code, text, want):
    assert _figures(code, text) == want
