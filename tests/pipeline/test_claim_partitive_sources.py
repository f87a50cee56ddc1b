"""Sources told as a part of people named before ("One of them, who declined to be named, said",
"salah satu dari mereka mengatakan") are the claimants, not the people named earlier nor the reporter;
a vague time word inside a source's phrase ("the most recent government figures") is part of it; an
agency "quoting" another is the one that speaks ("SANA, quoting a military source, said")."""

import pytest

from warta.pipeline.extract import extract


def claimants(text, code):
    doc = extract(text, lang=code, published="2025-02-18")
    return [(c.claimant.text, c.claimant.kind) for c in doc.claims]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Three villagers spoke to reporters by phone. One of them, who declined to be named, said some 60 "
           "houses were burned.", [("One of them", "person")]),
    ("id", "Tiga warga dihubungi melalui telepon, dan salah satu dari mereka mengatakan sekitar 60 rumah "
           "terbakar.", [("salah satu dari mereka", "person")]),
    ("en", "Nearly 2.1 million people have been displaced, according to the most recent government figures.",
     [("the most recent government figures", "government")]),
    ("en", "Syrian state news agency SANA, quoting a military source, said 12 soldiers were killed in Idlib.",
     [("Syrian state news agency SANA", "media")]),
])
def test_the_source_that_speaks(code, text, expected):
    assert claimants(text, code) == expected
