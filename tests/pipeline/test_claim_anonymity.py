"""A source that asks not to be named: the request stands between the source and its cue
("an official who declined to be identified said", "kata seorang pejabat yang enggan disebut
namanya"); the source is still the one who speaks, and a verb inside the request is no cue."""

import pytest

from warta.pipeline.extract import extract


def claimants(text, code):
    doc = extract(text, lang=code, published="2025-04-02")
    return [(c.claimant.text if c.claimant else "", c.cue.text if c.cue else "") for c in doc.claims]


@pytest.mark.parametrize("code, text, source", [
    ("en", "Eleven miners were abducted near the pit, a district official who asked not to be named said.",
     "a district official"),
    ("en", "Four guards were wounded at the depot, a police officer who declined to be identified told AFP.",
     "a police officer"),
    ("en", "A commander, speaking on condition of anonymity, said 30 fighters had surrendered.",
     "A commander"),
    ("id", "Sebelas penambang diculik di dekat tambang, kata seorang pejabat distrik yang enggan disebut "
     "namanya kepada wartawan.", "seorang pejabat distrik"),
    ("id", "Seorang perwira polisi yang tidak mau disebutkan namanya mengatakan empat penjaga terluka di "
     "gudang itu.", "Seorang perwira polisi"),
    ("id", "Seorang komandan, yang berbicara dengan syarat anonim, mengatakan 30 petempur telah menyerah.",
     "Seorang komandan"),
])
def test_a_source_asking_for_anonymity_still_speaks(code, text, source):
    assert [s for s, _ in claimants(text, code)] == [source]


@pytest.mark.parametrize("code, text", [
    ("en", "Six shops were burned, a trader who asked not to be identified said."),
    ("id", "Enam toko dibakar, kata seorang pedagang yang tidak mau disebut namanya."),
])
def test_no_cue_inside_the_request(code, text):
    cues = [cue.lower() for _, cue in claimants(text, code)]
    assert cues and not set(cues) & {"named", "identified", "disebut", "disebutkan"}


@pytest.mark.parametrize("code, text", [
    ("id", "Menurut data Perserikatan Bangsa-Bangsa, 8.000 warga mengungsi dari Tawila."),
    ("en", "According to data from the United Nations, 8,000 residents fled Tawila."),
])
def test_the_united_nations_spelled_out_is_an_organization(code, text):
    doc = extract(text, lang=code, published="2025-04-02")
    assert [c.claimant.kind for c in doc.claims] == ["organization"]
