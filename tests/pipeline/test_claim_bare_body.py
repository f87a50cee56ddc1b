"""A bare body noun ('kementerian', 'the ministry') re-mentions the earlier source whose name holds its
word, before any place its own sentence names: 'Menurut kementerian, ... di dekat Kupiansk' after 'Kementerian
Pertahanan Rusia' is Russia's ministry, not Ukraine's. (English says 'the ministry', a definite
description, which already took the last ministry named.)"""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("id", "Pasukan Rusia merebut desa itu, kata Kementerian Pertahanan Rusia.\nMenurut kementerian, "
           "pasukan Ukraina di dekat Kupiansk kehilangan 190 tentara pekan ini."),
    ("id", "Pasukan Rusia maju di wilayah Kharkiv, kata Kementerian Pertahanan Rusia.\nKementerian "
           "menyebut serangan drone di wilayah Kharkiv menewaskan 40 tentara Ukraina."),
])
def test_bare_body_is_the_earlier_source(code, text):
    doc = extract(text, lang=code, published="2026-06-05")
    assert [(c.claimant.kind, c.claimant.country) for c in doc.claims if c.figures] == [("government", "RU")]
