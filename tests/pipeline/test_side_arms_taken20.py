"""Arms and vehicles taken right after people killed or captured in the same sentence were theirs
('killing eight militants and recovering six rifles', 'menewaskan delapan militan dan menyita enam
pucuk senapan'), not the country where the story's places are."""

import pytest

from warta.pipeline.extract import extract

TEXTS = {
    "en": ("WAJIR, Kenya - Al Shabaab fighters from Somalia attacked a police post in Wajir county on "
           "Friday, Kenyan police said.\nTroops repelled the assault, killing eight militants and "
           "recovering six rifles, an army spokesman said.\n"),
    "id": ("WAJIR, Kenya - Petempur Al Shabaab dari Somalia menyerang pos polisi di kabupaten Wajir pada "
           "Jumat, kata polisi Kenya.\nPasukan memukul mundur serangan itu, menewaskan delapan militan dan "
           "menyita enam pucuk senapan, kata juru bicara militer.\n"),
}


@pytest.mark.parametrize("code", ["en", "id"])
def test_arms_taken_from_the_dead(code):
    doc = extract(TEXTS[code], lang=code, published="2026-05-09")
    got = [(f.quantity.value, f.outcome, f.side) for c in doc.claims for f in c.figures]
    assert got == [(8, "killed", "SO"), (6, "captured", "SO")]
