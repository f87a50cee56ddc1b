"""A part that names the dead it parts ("among the dead were", "di antara yang tewas ada") belongs
to the last toll of them however many sentences back: civilians among them, fewer than the toll, make
the toll a mixed count."""

import pytest

from warta.pipeline.extract import extract


def units(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return {f.text: f.unit for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Bentrokan antarmilisi di Zawiya menewaskan sedikitnya 20 orang, kata seorang pejabat, Senin.\n"
     "Baku tembak pecah pada Minggu malam di dekat pelabuhan.\nDokter di rumah sakit kota menyebut di antara "
     "yang tewas ada lima warga sipil.", "sedikitnya 20 orang"),
    ("en", "Militia fighting in Zawiya has killed at least 20 people, an official said on Monday.\n"
     "Gunfire broke out on Sunday night near the port.\nA doctor at the city hospital said five civilians "
     "were among the dead.", "at least 20 people"),
])
def test_civilians_among_the_dead_told_later_make_a_mixed_toll(code, text, figure):
    assert units(text, code)[figure] == "other"
