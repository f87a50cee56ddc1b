"""Armed groups and forces the side index names under the country whose conflict they fight, so that
counts of their people take that country even where they fight beyond it or the story is set elsewhere."""

import pytest

from warta.pipeline.extract import extract


def _sides(code, text):
    doc = extract(text, lang=code, published="2026-04-20")
    return [(f.quantity.value, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, want", [
    ("en", "Congolese troops killed six RED-Tabara rebels near Uvira on Sunday, the army said.", [(6, "BI")]),
    ("id", "Tentara Kongo menewaskan enam pemberontak RED-Tabara di dekat Uvira pada Minggu, kata militer.",
     [(6, "BI")]),
    ("en", "An Israeli strike near Damascus killed four IRGC officers, a monitor said.", [(4, "IR")]),
    ("id", "Serangan Israel di dekat Damaskus menewaskan empat anggota IRGC, kata pemantau.", [(4, "IR")]),
    ("en", "A U.S. strike in eastern Syria killed three Kataib Hezbollah fighters, officials said.",
     [(3, "IQ")]),
    ("en", "Soldiers killed three Lashkar-e-Taiba militants near Kupwara, the army said.", [(3, "PK")]),
    ("id", "Serangan udara AS di Suriah timur menewaskan tiga anggota Kataib Hezbollah, kata pejabat.",
     [(3, "IQ")]),
])
def test_a_named_group_takes_its_country(code, text, want):
    assert _sides(code, text) == want
