"""An armed group that fights abroad reports the losses of the state where it fights, not of its own
country ('ISWAP said its fighters killed 25 soldiers' in a story about Cameroon); a group's name in a
spelling the list lacks still names it ('Al Shabaab'); a bare count after a count of people goes on
counting them ('nine soldiers were killed and 14 wounded'), not the claimant's enemy."""

import pytest

from warta.pipeline.extract import extract

CASES = {
    "en": ("MAROUA, Cameroon (Reuters) - Jihadists raided an army post near Kolofata in Cameroon's Far "
           "North region on Monday, the army said.\n"
           "Chad's army said nine soldiers were killed and 14 wounded in a Boko Haram attack on an island "
           "near Ngouboua.\n"
           "ISWAP claimed on Telegram it had killed 25 soldiers near Kolofata and seized three "
           "vehicles.\n"),
    "id": ("MAROUA, Kamerun - Kelompok jihadis menyerbu sebuah pos militer di dekat Kolofata, wilayah Ujung "
           "Utara Kamerun, pada Senin, kata militer Kamerun.\n"
           "Militer Chad mengatakan sembilan tentara tewas dan 14 luka-luka dalam serangan Boko Haram di "
           "sebuah pulau dekat Ngouboua.\n"
           "ISWAP dalam pernyataannya mengklaim telah menewaskan 25 tentara dan merampas tiga kendaraan di "
           "dekat Kolofata.\n"),
}


@pytest.mark.parametrize("code", ["en", "id"])
def test_group_abroad_and_bare_counts(code):
    doc = extract(CASES[code], lang=code, published="2026-05-20")
    got = [(f.quantity.value, f.unit, f.side) for c in doc.claims for f in c.figures]
    assert got == [(9, "personnel", "TD"), (14, "personnel", "TD"), (25, "personnel", "CM"),
                   (3, "vehicles", "CM")]


@pytest.mark.parametrize("code, text", [
    ("en", "NAIROBI, Kenya - Al Shabaab fighters attacked a camp in Wajir county, Kenya, police said. "
           "Kenyan troops killed 11 militants near Wajir on Sunday, the army said."),
    ("id", "NAIROBI, Kenya - Petempur Al Shabaab menyerang kamp di kabupaten "
           "Wajir, Kenya, kata polisi. Pasukan Kenya menewaskan 11 militan di dekat Wajir, kata militer."),
])
def test_group_name_spelling_makes_its_militants(code, text):
    doc = extract(text, lang=code, published="2026-05-20")
    assert [(f.quantity.value, f.side) for c in doc.claims for f in c.figures] == [(11, "SO")]
