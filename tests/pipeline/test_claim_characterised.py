"""A source that characterises a claim with a denial word ("a claim the government called
propaganda", "klaim yang disebut pemerintah sebagai propaganda") rejects it: the figures stay
with the source that gave them, disputed by the rejecting source, whose phrase stops at "as" /
"sebagai"."""

import pytest

from warta.pipeline.extract import extract


def found(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return {c.claimant.text: c for c in doc.claims}


@pytest.mark.parametrize("code, text, source, rejecter", [
    ("en", "The militia said it shot down 3 helicopters, a claim the junta called propaganda.",
     "The militia", "the junta"),
    ("en", "The militia said it shot down 3 helicopters, a claim the junta described as fabricated.",
     "The militia", "the junta"),
    ("id", "Milisi mengatakan menembak jatuh 3 helikopter, klaim yang disebut junta sebagai propaganda.",
     "Milisi", "junta"),
    ("id", "Milisi mengatakan menembak jatuh 3 helikopter, sebuah klaim yang digambarkan junta sebagai "
     "propaganda.", "Milisi", "junta"),
])
def test_a_claim_characterised_as_false_in_its_sentence_is_rejected(code, text, source, rejecter):
    claims = found(text, code)
    assert [f.quantity.value for f in claims[source].figures] == [3]
    assert claims[source].disputed_by is claims[rejecter]
    assert not claims[rejecter].figures


@pytest.mark.parametrize("code, text, source, rejecter", [
    ("en", "The militia said it shot down 3 helicopters. The junta called the claim propaganda.",
     "The militia", "The junta"),
    ("id", "Milisi mengatakan menembak jatuh 3 helikopter. Klaim yang disebut junta sebagai propaganda "
     "itu beredar luas.", "Milisi", "junta"),
])
def test_a_claim_characterised_as_false_after_it_is_rejected(code, text, source, rejecter):
    claims = found(text, code)
    assert claims[source].disputed_by is claims[rejecter]


@pytest.mark.parametrize("code, text", [
    ("en", "The militia said it shot down 3 helicopters, a claim the junta called accurate."),
    ("id", "Milisi mengatakan menembak jatuh 3 helikopter, klaim yang disebut junta sebagai akurat."),
])
def test_a_claim_characterised_without_denial_is_not_rejected(code, text):
    claims = found(text, code)
    assert claims["The militia" if code == "en" else "Milisi"].disputed_by is None
    assert all(not c.figures for name, c in claims.items() if "junta" in name)


@pytest.mark.parametrize("code, text, rejecter", [
    ("en", "The militia's claim that 3 helicopters were downed, which the junta called propaganda, "
     "spread online.", "the junta"),
    ("id", "Klaim milisi bahwa 3 helikopter ditembak jatuh, yang disebut junta sebagai propaganda, beredar "
     "di media sosial.", "junta"),
])
def test_a_relative_after_a_pause_rejects_the_claim_named_before_it(code, text, rejecter):
    claims = found(text, code)
    holder = next(c for c in claims.values() if c.figures)
    assert holder.claimant.text != rejecter
    assert holder.disputed_by is claims[rejecter]
    assert not claims[rejecter].figures
