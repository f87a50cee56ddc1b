"""People counted by kinship or as bystanders ('two nephews', 'three passers-by', 'dua keponakan',
'tiga kerabat') are people; houses set on fire in any form of the verb ('setting fire to',
'set ... ablaze') were destroyed; a count of people that owns its head by a possessive mark ('14 miners'
bodies') counts the dead. (Indonesian tells both with a head first: 'membakar 31 kios', 'jenazah
sembilan polisi'.)"""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-03-03")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("en", "A grenade thrown at the bank hurt three passers-by, according to police.",
     (3, "civilians", "wounded")),
    ("en", "A neighbour said the gunmen shot dead a mechanic and his two nephews near the mosque.",
     (2, "civilians", "killed")),
    ("id", "Menurut polisi, dua keponakan kepala desa itu tewas ditembak.", (2, "civilians", "killed")),
    ("id", "Polisi mengatakan tiga kerabat kepala kampung tewas dalam serangan itu.",
     (3, "civilians", "killed")),
])
def test_kin_and_bystanders(code, text, item):
    assert item in brief(text, code)


@pytest.mark.parametrize("code, text, item", [
    ("en", "The raiders looted the market, setting fire to 31 shops, the mayor said.",
     (31, "other", "destroyed")),
    ("en", "Militiamen set about 60 huts ablaze in the night, residents said.", (60, "other", "destroyed")),
])
def test_set_on_fire(code, text, item):
    assert item in brief(text, code)


@pytest.mark.parametrize("code, text, item", [
    ("en", "A mine official said 14 miners' bodies were carried out of the shaft on Friday.",
     (14, "civilians", "killed")),
    ("en", "A district chief said 9 policemen's bodies had been flown to the capital.",
     (9, "personnel", "killed")),
])
def test_possessed_bodies(code, text, item):
    assert item in brief(text, code)
