"""Denials in the present tense and denials of a named claim ("disputes the figures", "reject the
claim", "menampik", "menolak klaim itu") dispute the claim before them, as "denied" does; a
refusal of something else ("menolak berunding") disputes nothing."""

import pytest

from warta.pipeline.extract import extract


def disputed(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return [(c.claimant.text if c.claimant else "", c.disputed_by is not None) for c in doc.claims]


@pytest.mark.parametrize("code, text, source, denier", [
    ("en", "The governor said 85 houses were burned in Kalehe. Kigali disputes the account.",
     "The governor", "Kigali"),
    ("en", "The army said 19 fighters were captured. The militia rejects the figures.", "The army",
     "The militia"),
    ("en", "The junta said it killed 60 insurgents. The insurgents refute that.",
     "The junta", "The insurgents"),
    ("id", "Gubernur mengatakan 85 rumah dibakar di Kalehe. Rwanda menampik tuduhan itu.",
     "Gubernur", "Rwanda"),
    ("id", "Tentara menyebut 19 petempur ditangkap. Milisi menolak angka tersebut.", "Tentara",
     "Milisi"),
    ("id", "Junta mengklaim menewaskan 60 pemberontak. Pemberontak menolak klaim itu.",
     "Junta", "Pemberontak"),
])
def test_a_denial_verb_disputes_the_claim_before(code, text, source, denier):
    found = disputed(text, code)
    assert (source, True) in found
    assert (denier, False) in found


@pytest.mark.parametrize("code, text", [
    ("id", "Pemberontak menolak berunding dan mengatakan menangkap 12 tentara."),
    ("en", "The rebels reject talks and said they captured 12 soldiers."),
])
def test_refusing_something_else_is_no_denial(code, text):
    assert all(not d for _, d in disputed(text, code))


def claims(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return {c.claimant.text: c for c in doc.claims}


@pytest.mark.parametrize("code, text, accuser, denier", [
    ("en", "Doctors said 70 people were wounded. Burundi accused Kigali of sending 900 soldiers across "
     "the border, a charge Rwanda denies.", "Burundi", "Rwanda"),
    ("en", "Doctors said 70 people were wounded. Burundi accused Kigali of sending 900 soldiers across "
     "the border, which Rwanda denies.", "Burundi", "Rwanda"),
    ("en", "Doctors said 70 people were wounded. Burundi accused Kigali of sending 900 soldiers across "
     "the border, an allegation rejected by Rwanda.", "Burundi", "Rwanda"),
    ("id", "Dokter mengatakan 70 orang terluka. Burundi menuduh Kigali mengirim 900 tentara melintasi "
     "perbatasan, tuduhan yang dibantah Rwanda.", "Burundi", "Rwanda"),
])
def test_a_denial_after_an_accusation_disputes_that_accusation(code, text, accuser, denier):
    found = claims(text, code)
    accusation = found[accuser]
    assert [f.quantity.value for f in accusation.figures] == [900]
    assert accusation.disputed_by is found[denier]
    doctors = next(c for name, c in found.items() if name.lower().startswith(("doctors", "dokter")))
    assert doctors.disputed_by is None  # the denial is of the accusation, not of what came before
