"""Reading an article leaves no garbage in reference cycles: what it made is freed as soon as it
is dropped, with Python's cycle collector paused or not. (In the compiled build, closures that
call each other sit in a cycle with their shared scope; the steps use methods or module
functions there instead.)"""

import gc
from pathlib import Path

import pytest

from warta.pipeline.extract import extract

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OWN = [
    ("en", "Rebels ambushed a convoy between Anefis and Kidal on Monday, killing two soldiers and a "
           "driver. The army said it destroyed two trucks, a bulldozer and 12 motorcycles near Gao."),
    ("id", "Pasukan menyerang desa antara Kidal dan Anefis pada hari Senin, menewaskan seorang warga "
           "dan dua tentara. Militer mengatakan telah menghancurkan sebuah tank dan tiga truk di dekat Gao."),
]


TEXTS = OWN + [("auto", p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.txt"))]


@pytest.fixture
def saved_garbage():
    for lang, text in TEXTS:  # language data and caches loaded first: they are kept, not garbage
        extract(text, lang=lang, published="2025-01-06")
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield gc.garbage
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_extract_leaves_no_cycles(saved_garbage):
    for lang, text in TEXTS:
        extract(text, lang=lang, published="2025-01-06")
    gc.collect()
    kinds = sorted({type(o).__name__ for o in saved_garbage})
    assert not saved_garbage, f"{len(saved_garbage)} objects in cycles: {kinds[:20]}"
