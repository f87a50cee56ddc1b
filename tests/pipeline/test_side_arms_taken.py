"""Arms and vehicles taken right after people killed or captured in the same sentence were theirs
('shot dead eight militants ... and seized six rifles', 'menembak mati delapan militan ... dan
menyita enam pucuk senapan'), not the country where the story's places are."""

import pytest

from warta.pipeline.extract import extract

TEXTS = {
    "en": ("WAJIR, Kenya - Al Shabaab fighters from Somalia attacked a police post in Wajir county on "
           "Friday, Kenyan police said.\nThe army said its soldiers shot dead eight militants near Wajir "
           "on Saturday and seized six rifles.\n"),
    "id": ("WAJIR, Kenya - Petempur Al Shabaab dari Somalia menyerang pos polisi di kabupaten Wajir pada "
           "Jumat, kata polisi Kenya.\nMiliter mengatakan pasukannya menembak mati delapan militan di dekat "
           "Wajir pada Sabtu dan menyita enam pucuk senapan.\n"),
}


@pytest.mark.parametrize("code", ["en", "id"])
def test_arms_taken_from_the_dead(code):
    doc = extract(TEXTS[code], lang=code, published="2026-05-09")
    got = [(f.quantity.value, f.outcome, f.side) for c in doc.claims for f in c.figures]
    assert got == [(8, "killed", "SO"), (6, "captured", "SO")]
