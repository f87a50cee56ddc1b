"""Verb classes the outcome words lacked: murder and other killings, being forced or driven out,
being taken to hospital, serving somewhere ("bertugas di"), a force's regular troops kept in a place,
and people "berhasil dilumpuhkan" (neutralised) whose death the next sentence tells."""

import pytest

from warta.pipeline.extract import extract


def outcomes(text, code):
    doc = extract(text, lang=code, published="2025-09-30")
    return {f.text: f.outcome for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("en", "Prosecutors said 412 people had been murdered in the state since January.", "412 people",
     "killed"),
    ("en", "Gunmen hacked to death 14 villagers near Gwer, police said.", "14 villagers", "killed"),
    ("en", "Some 6,500 residents were forced out of the camp last week, the agency said.",
     "Some 6,500 residents", "displaced"),
    ("en", "Nine people were taken to a hospital in Jos, the official said.", "Nine people", "wounded"),
    ("en", "France, which has about 1,500 troops in Chad, said it would leave by January.",
     "about 1,500 troops", "used"),
    ("id", "Saat ini sekitar 450 personel Brimob bertugas di Kabupaten Puncak.", "sekitar 450 personel",
     "used"),
    ("id", "Enam warga dilarikan ke rumah sakit di Wamena setelah serangan itu.", "Enam warga", "wounded"),
    ("id", "Polisi menyebut dua penyerang berhasil dilumpuhkan petugas di Timika. Keduanya tewas sebelum "
     "tiba di rumah sakit.", "dua penyerang", "killed"),
    ("id", "Petugas mengatakan satu pelaku berhasil dilumpuhkan. Yang bersangkutan meninggal di rumah "
     "sakit.", "satu pelaku", "killed"),
])
def test_verb_classes(code, text, figure, outcome):
    assert outcomes(text, code).get(figure) == outcome
