"""Witnesses named by their trade or standing ("a teacher", "a local elder", "seorang guru",
"seorang tetua adat") are sources, and a source asking for anonymity may give its reason
("for fear of reprisals", "karena alasan keamanan") before it speaks: the source is still
the one read back from the cue."""

import pytest

from warta.pipeline.extract import extract


def sources(text, code):
    doc = extract(text, lang=code, published="2025-03-14")
    return [(c.claimant.text, c.claimant.kind) for c in doc.claims if c.figures]


@pytest.mark.parametrize("code, text, source", [
    ("en", "Nine villagers were shot dead at the market, a teacher told reporters.", "a teacher"),
    ("en", "A village elder said 23 villagers had been abducted overnight.", "A village elder"),
    ("en", "An aid worker said 40 families had fled the camp.", "An aid worker"),
    ("id", "Sembilan warga ditembak mati di pasar, kata seorang guru kepada wartawan.", "seorang guru"),
    ("id", "Seorang tetua adat mengatakan 23 warga desa diculik semalam.", "Seorang tetua adat"),
    ("id", "Seorang pekerja kemanusiaan menyebut 40 keluarga mengungsi dari kamp itu.",
     "Seorang pekerja kemanusiaan"),
])
def test_a_witness_named_by_trade_is_the_source(code, text, source):
    assert sources(text, code) == [(source, "person")]


@pytest.mark.parametrize("code, text, source", [
    ("en", "Nine guards were killed, a police officer who asked not to be named for fear of reprisals said.",
     "a police officer"),
    ("en", "Nine guards were killed, a resident who spoke on condition of anonymity for security reasons "
     "told AFP.", "a resident"),
    ("en", "Nine guards were killed, a resident who spoke on condition of anonymity told AFP.", "a resident"),
    ("id", "Seorang perwira polisi, yang meminta namanya tidak disebut karena alasan keamanan, mengatakan "
     "9 penjaga tewas.", "Seorang perwira polisi"),
    ("id", "Menurut seorang pejabat yang enggan disebut namanya karena takut akan pembalasan, 12 tentara "
     "hilang.", "seorang pejabat"),
])
def test_the_reason_for_anonymity_stands_between_source_and_cue(code, text, source):
    assert [s for s, _ in sources(text, code)] == [source]
