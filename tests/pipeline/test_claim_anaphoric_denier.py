"""A re-mention that denies "the claim" ("The group denied the claim", "Kelompok itu membantah
klaim tersebut") is another party than the one that made it: it stands for an earlier source of
another key, or for a party not named before, and disputes the last claim."""

import pytest

from warta.pipeline.extract import extract


def found(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return {c.claimant.text: c for c in doc.claims}


@pytest.mark.parametrize("code, text, source, denier", [
    ("en", "The army said it killed 40 fighters near the river. The group denied the claim.",
     "The army", "The group"),
    ("en", "Rebel commanders said they shot down two drones. The group rejects the claim.",
     "Rebel commanders", "The group"),
    ("id", "Tentara mengatakan menewaskan 40 petempur di dekat sungai. Kelompok itu membantah klaim "
     "tersebut.", "Tentara", "Kelompok itu"),
    ("id", "Komandan pemberontak mengklaim menembak jatuh dua drone. Kelompok tersebut membantah klaim "
     "itu.", "Komandan pemberontak", "Kelompok tersebut"),
])
def test_a_re_mention_denying_the_claim_disputes_another_partys_claim(code, text, source, denier):
    claims = found(text, code)
    assert claims[source].disputed_by is claims[denier]
    assert claims[denier].claimant.key != claims[source].claimant.key
    assert not claims[denier].figures


@pytest.mark.parametrize("code, text, source, denier, party", [
    ("en", "Insurgents said they killed 12 soldiers. The army said it killed 40 fighters. The group "
     "denied the claim.", "The army", "The group", "Insurgents"),
    ("id", "Pemberontak mengatakan menewaskan 12 tentara. Militer mengatakan menewaskan 40 petempur. "
     "Kelompok itu membantah klaim tersebut.", "Militer", "Kelompok itu", "Pemberontak"),
])
def test_the_re_mention_stands_for_the_earlier_other_party(code, text, source, denier, party):
    claims = found(text, code)
    assert claims[source].disputed_by is claims[denier]
    assert claims[denier].claimant.key == claims[party].claimant.key
    assert claims[party].disputed_by is None
