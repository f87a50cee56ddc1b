"""People who cross a border fled ("600,000 Sudanese had crossed into Chad", "700.000 warga Sudan
telah menyeberang ke Chad", "2,000 refugees crossed the border"): displaced, of the side they
came from; troops who cross entered ("300 soldiers crossed into Kursk": other)."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-03-14")
    return [(f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "The UN refugee agency said nearly 600,000 Sudanese had crossed into Chad since the war began."),
    ("id", "UNHCR mencatat lebih dari 700.000 warga Sudan telah menyeberang ke Chad."),
])
def test_people_crossing_a_border_fled(code, text):
    assert figures(text, code) == [("civilians", "displaced", "SD")]


@pytest.mark.parametrize("code, text", [
    ("en", "More than 2,000 refugees crossed the border last week, UNHCR said."),
    ("id", "Lebih dari 2.000 pengungsi melintasi perbatasan pekan lalu, kata UNHCR."),
])
def test_refugees_crossing_stay_displaced(code, text):
    assert [o for _, o, _ in figures(text, code)] == ["displaced"]


@pytest.mark.parametrize("code, text", [
    ("en", "Some 300 Ukrainian soldiers crossed into Russia's Kursk region, the ministry said."),
    ("id", "Sekitar 300 tentara Ukraina melintasi perbatasan ke wilayah Kursk, kata kementerian."),
])
def test_troops_crossing_entered(code, text):
    assert [(u, o) for u, o, _ in figures(text, code)] == [("personnel", "other")]
