"""Who claims, and whose, when the words around a count are long. A subject and its apposition with a
bracketed acronym before a dated adjunct ('X, Y (ABC), on Monday said') name the claimant (the one a
clause does not open: 'melalui ...' is a channel); a descriptive
noun phrase whose head is a movement ('the separatist movement said') is a claimant; a country written the
English way in Indonesian ('Afghanistan', beside the CLDR 'Afganistan') and the Taliban name a side, and a
count of Taliban counts fighters."""

import pytest

from warta.pipeline.extract import extract


def _claims(code, text):
    doc = extract(text, lang=code, published="2026-08-12")
    return [(c.claimant.text, f.quantity.value, f.unit, f.outcome, f.side)
            for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, who", [
    ("id", "Kementerian Pertahanan Tajikistan, melalui Pusat Pers Perbatasan (PPP), pada Selasa (11/8) "
           "menyebut pasukannya menewaskan 14 penyelundup bersenjata.", "Kementerian Pertahanan Tajikistan"),
    ("en", "Tajikistan's defence ministry, the Border Press Centre (BPC), on Tuesday said its troops had "
           "killed 14 armed smugglers.", "the Border Press Centre (BPC)"),
])
def test_an_apposition_with_an_acronym_before_a_date(code, text, who):
    assert [c[0] for c in _claims(code, text)] == [who]


def test_a_movement_is_a_claimant():
    # (the Indonesian 'kata gerakan separatis itu' already names it: any phrase after an inverted cue)
    text = ("An army drone strike killed four members of the front near Gao, the separatist movement said on "
            "Monday.")
    assert [c[0] for c in _claims("en", text)] == ["the separatist movement"]


@pytest.mark.parametrize("code, text", [
    ("id", "Penjaga perbatasan Iran menghancurkan empat pos Afghanistan dan menewaskan 11 Taliban, kata "
           "Teheran."),
    ("en", "Iranian border guards destroyed four Afghan posts and killed 11 Taliban, Tehran said."),
])
def test_english_country_names_and_the_taliban_name_a_side(code, text):
    assert [c[1:] for c in _claims(code, text)] == [(4, "other", "destroyed", "AF"),
                                                    (11, "personnel", "killed", "AF")]
