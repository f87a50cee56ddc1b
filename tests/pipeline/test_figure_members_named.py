"""Generic people a clause right after names as members of a named group are fighters ("31 orang yang
diidentifikasi sebagai anggota ADF", "31 people identified as ADF members"); an adjective such as
"jihadist" before "fighters" leaves them fighters."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("id", "Sebanyak 31 orang yang diidentifikasi sebagai anggota ADF ditangkap di dekat Beni, kata tentara.",
     [("31 orang", "personnel", "captured")]),
    ("en", "Some 31 people identified as ADF members were arrested near Beni, the army said.",
     [("Some 31 people", "personnel", "captured")]),
    ("en", "Some 31 people who were members of the ADF were arrested near Beni, the army said.",
     [("Some 31 people", "personnel", "captured")]),
    ("en", "Five guards were killed when hundreds of jihadist fighters attacked the prison, officials said.",
     [("Five guards", "personnel", "killed"), ("hundreds of jihadist fighters", "personnel", "used")]),
])
def test_members_named(code, text, expected):
    assert figures(text, code) == expected
