"""A text with no border (or backer) word names no neighbour (nor backer): ``beside`` and ``backer`` answer
as their readings of each name do, with and without such words in the text (warta/pipeline/sides.py)."""

import re

from warta.lang import load
from warta.pipeline.sides import _backer, _beside, _holds_any, backer, beside

TEXTS = {
    "en": ["Troops crossed from Mali into Niger on Monday, officials in Niamey said.",
           "Fighting near the border with Mali and Niger spread; the Iran-backed Houthis and fighters "
           "backed by Turkey attacked the Russian border region.",
           "ΣΑΣ Troops near Mali border."],
    "id": ["Pasukan dari Malaysia tiba di Jakarta pada Senin.",
           "Bentrokan di dekat perbatasan Malaysia meluas; milisi yang didukung Turki menyerang desa-desa "
           "perbatasan Armenia."],
}


def test_answers_are_those_of_reading_each_name():
    seen = set()
    for code, texts in TEXTS.items():
        lang = load(code)
        for text in texts:
            for m in re.finditer(r"[A-Z][\w'’-]*", text):
                assert beside(text, m.start(), lang) == _beside(text, m.start(), lang, None)
                assert beside(text, m.start(), lang, m.end()) == _beside(text, m.start(), lang, m.end())
                assert backer(text, m.start(), m.end(), lang) == _backer(text, m.start(), m.end(), lang)
                seen |= {("beside", beside(text, m.start(), lang, m.end())),
                         ("backer", backer(text, m.start(), m.end(), lang))}
    assert seen == {("beside", True), ("beside", False), ("backer", True), ("backer", False)}


def test_a_text_without_the_words_holds_none_of_them():
    assert not _holds_any("Troops crossed from Mali into Niger.", ("border", "side"))
    assert _holds_any("near the BORDER with Mali", ("border", "side"))
    assert _holds_any("ΣΑΣ forces", ("border",))  # a letter whose lower case depends on its neighbours
