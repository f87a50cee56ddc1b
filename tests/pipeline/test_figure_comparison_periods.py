"""A comparison after a figure ("up from 87 on Friday", "naik dari 87 pada Jumat") dates the
earlier count it gives, not the figure before it; a figure with a date of its own keeps it."""

import pytest

from warta.pipeline.extract import extract


def periods(text, code):
    doc = extract(text, lang=code, published="2025-02-11")
    return {f.quantity.value: (str(f.period.start) if f.period else None)
            for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text", [
    ("en", "The number of dead rose to 140, up from 95 on Thursday, the health office said."),
    ("en", "Officials said 140 people were displaced, down from 195 on Thursday."),
    ("id", "Jumlah korban tewas naik menjadi 140 orang, naik dari 95 pada Kamis, kata dinas kesehatan."),
    ("id", "Pejabat mengatakan 140 warga mengungsi, turun dari 195 pada Kamis."),
])
def test_the_date_of_a_comparison_is_the_earlier_counts(code, text):
    found = periods(text, code)
    assert found[140] is None
    assert found[95 if 95 in found else 195] == "2025-02-06"


@pytest.mark.parametrize("code, text", [
    ("en", "The number of dead rose to 140 on Friday, up from 95 on Thursday, the health office said."),
    ("id", "Jumlah korban tewas naik menjadi 140 orang pada Jumat, naik dari 95 pada Kamis, kata dinas "
     "kesehatan."),
])
def test_a_figure_with_its_own_date_keeps_it(code, text):
    assert periods(text, code) == {140: "2025-02-07", 95: "2025-02-06"}
