"""Once an article is read, the tokens and lower-cased words its steps shared are let go of (the
collector's next pass walks only what the article keeps), and reading it again gives the same."""

import pytest

from warta.pipeline import lexicon
from warta.pipeline.extract import extract
from warta.pipeline.segment import current_text

TEXTS = {
    "en": ("Militants ambushed an army patrol near a river crossing on Tuesday, killing four soldiers "
           "and wounding six others, a military spokesman said. The patrol was returning to its base "
           "after a search of two villages when it came under fire from both banks, he said. "
           "Residents said the fighting lasted about an hour and that a nearby market was closed. ") * 3,
    "id": ("Kelompok bersenjata menyergap patroli tentara di dekat penyeberangan sungai pada Selasa, "
           "menewaskan empat prajurit dan melukai enam lainnya, kata juru bicara militer. Patroli itu "
           "sedang kembali ke pangkalan setelah menyisir dua desa ketika ditembaki dari kedua tepi sungai. "
           "Warga mengatakan baku tembak berlangsung sekitar satu jam dan pasar di dekatnya ditutup. ") * 3,
}


@pytest.mark.parametrize("code", ["en", "id"])
def test_the_shared_tokens_are_let_go_of_after_an_article(code):
    text = TEXTS[code]
    first = extract(text, lang=code, published="2025-05-06").to_json()
    assert first["claims"] and current_text() is None and not lexicon._LOWERED
    assert extract(text, lang=code, published="2025-05-06").to_json() == first
