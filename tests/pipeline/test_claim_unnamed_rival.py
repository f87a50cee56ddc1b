"""An unnamed source ("security sources", "sumber keamanan") sharing a sentence with a named one
keeps its own figures: "dozens were killed, security sources said, while the army said 12 died"."""

import pytest

from warta.pipeline.extract import extract


def by_source(text, code):
    doc = extract(text, lang=code, published="2025-05-20")
    return {c.claimant.text: [f.quantity.low for f in c.figures] for c in doc.claims}


@pytest.mark.parametrize("code, text, unnamed, named", [
    ("en", "Gunmen killed 40 villagers near Djibo, a security source told AFP, while the army put the toll "
     "at 15 villagers.", ("a security source", [40]), ("the army", [15])),
    ("en", "Rebels seized 60 soldiers, sources close to the rebels said, but the ministry said 20 soldiers "
     "were captured.", ("sources close to the rebels", [60]), ("the ministry", [20])),
    ("id", "Orang bersenjata menewaskan 40 warga desa di dekat Djibo, kata sumber keamanan, sementara "
     "militer menyebut 15 warga desa tewas.", ("sumber keamanan", [40]), ("militer", [15])),
])
def test_an_unnamed_source_keeps_its_own_figures(code, text, unnamed, named):
    found = by_source(text, code)
    assert found[unnamed[0]] == unnamed[1]
    assert found[named[0]] == named[1]


@pytest.mark.parametrize("code, text, source", [
    ("en", "According to a preliminary count, 14 people were killed, the governor said.", "the governor"),
    ("id", "Menurut laporan awal, 14 orang tewas, kata gubernur.", "gubernur"),
])
def test_a_report_is_the_named_source_s_not_a_rival(code, text, source):
    assert list(by_source(text, code)) == [source]
