"""Headline speech verbs in their bare forms: 'Thailand Katakan 12 Pemberontak Tewas', 'Nigerien troops
report 14 attackers dead' name their source. A bare number joined to a count bounded below ('at least
312 children were killed and 640 wounded') is bounded below too; 'surpasses' bounds like 'surpassed'."""

import pytest

from warta.pipeline.extract import extract


def _claims(code, text):
    doc = extract(text, lang=code, published="2026-03-03")
    return [(c.claimant.text, f.quantity.value, f.quantity.low, f.quantity.high) for c in doc.claims
            for f in c.figures]


@pytest.mark.parametrize("code, text, source", [
    ("id", "Thailand Katakan 12 Pemberontak Tewas dalam Bentrokan di Narathiwat\nBANGKOK - Bentrokan "
           "kembali terjadi di Narathiwat pada Senin.", "Thailand"),
    ("en", "Bandits kill 9 in Niger; Nigerien troops report 14 attackers dead\nNIAMEY - Fighting broke out "
           "near the border on Monday.", "Nigerien troops"),
])
def test_a_bare_headline_speech_verb_names_the_source(code, text, source):
    assert (source, 14 if code == "en" else 12) in [(c, v) for c, v, *_ in _claims(code, text)]


@pytest.mark.parametrize("code, text", [
    ("en", "The UN said at least 312 children were killed and 640 wounded in the region this year."),
    ("id", "Menurut PBB, sedikitnya 312 anak tewas dan 640 terluka di wilayah itu sepanjang tahun ini."),
])
def test_a_bare_number_joined_to_a_lower_bound_is_bounded_below(code, text):
    assert [(v, lo, hi) for _, v, lo, hi in _claims(code, text)] == [(312, 312, None), (640, 640, None)]


def test_surpasses_bounds_below():
    text = "Death toll from clashes in the north surpasses 500"
    assert [(v, lo, hi) for _, v, lo, hi in _claims("en", text)] == [(500, 500, None)]
