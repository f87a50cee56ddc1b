"""Displaced people are counted by where they came from: a country that a locative puts their destination
in ('fled to X province in Thailand', 'mengungsi ke provinsi X di Thailand') is where they went, so a host
official's count is of the country they fled."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Fighting in eastern Myanmar went on for a fifth day. More than 2,000 Karen villagers have fled "
           "to Tak province in Thailand since March, Thai officials said."),
    ("id", "Pertempuran di Myanmar timur berlanjut untuk hari kelima. Lebih dari 2.000 warga Karen telah "
           "mengungsi ke provinsi Tak di Thailand sejak Maret, kata pejabat Thailand."),
])
def test_a_destination_inside_a_country_is_no_origin(code, text):
    doc = extract(text, lang=code, published="2026-04-20")
    assert [(f.outcome, f.side) for c in doc.claims for f in c.figures] == [("displaced", "MM")]
