"""Prosecutors and an attorney general's office are official sources ("state prosecutors said",
"the attorney general's office said"); suspected cartel members are fighters ("anggota kartel")."""

from warta.pipeline.extract import extract


def test_prosecutors_are_a_source():
    text = "Three bodies were found in a ravine outside Tijuana, Baja California prosecutors said on " \
           "Tuesday, as gang violence flared."
    doc = extract(text, lang="en", published="2025-06-01")
    assert [(c.claimant.text, c.claimant.kind) for c in doc.claims] \
        == [("Baja California prosecutors", "official")]


def test_attorney_generals_office_is_official():
    text = "A judge and two guards were shot dead near Acapulco, the Guerrero attorney general's office " \
           "said."
    doc = extract(text, lang="en", published="2025-06-01")
    assert [c.claimant.kind for c in doc.claims] == ["official"]


def test_cartel_members_are_fighters():
    for code, text in (
            ("en", "Troops detained 9 suspected cartel members in Guerrero, the army said."),
            ("id", "Tentara menangkap 9 anggota kartel di negara bagian Guerrero, kata militer.")):
        doc = extract(text, lang=code, published="2025-06-01")
        assert [(f.unit, f.outcome) for c in doc.claims for f in c.figures] == [("personnel", "captured")]
