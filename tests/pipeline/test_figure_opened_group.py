"""A group named by a partitive opener before a comma ("dari prajurit TNI, satu orang gugur", "Of the
police officers, one died and three were wounded"): the plain counts after it are that group's
people."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("id", "Kapendam mengatakan, dari prajurit TNI, satu orang gugur dan tiga lainnya luka-luka dalam "
           "kontak tembak di perbatasan."),
    ("en", "Of the police officers, one died and three were seriously wounded, a police spokesman said."),
])
def test_counts_after_a_group_opener(code, text):
    doc = extract(text, lang=code, published="2022-12-07")
    got = [(f.quantity.value, f.unit) for c in doc.claims for f in c.figures]
    assert got == [(1, "personnel"), (3, "personnel")]
