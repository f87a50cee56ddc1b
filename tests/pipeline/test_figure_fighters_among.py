"""A toll of people that names fewer fighters among them is a mixed count ("at least 30 people,
including 12 soldiers"), and so is the headline's toll of the same number."""

import pytest

from warta.pipeline.extract import extract


def units(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return [(f.text, f.unit) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Car bomb kills 30 at market\nKANDAHAR (Reuters) - A car bomb killed at least 30 people, "
     "including 12 soldiers, at a busy market on Friday, officials said."),
    ("id", "Bom Mobil Tewaskan 30 Orang di Pasar\nKandahar - Bom mobil menewaskan sedikitnya 30 orang, "
     "termasuk 12 tentara, di sebuah pasar pada Jumat, kata pejabat setempat."),
])
def test_fighters_among_more_dead_make_the_toll_mixed(code, text):
    got = units(text, code)
    assert [u for t, u in got if "30" in t] == ["other", "other"]
    assert [u for t, u in got if "12" in t] == ["personnel"]


@pytest.mark.parametrize("code, text", [
    ("en", "Gunmen killed 12 soldiers at a checkpoint, including 3 officers, the army said."),
    ("id", "Orang bersenjata menewaskan 12 tentara di pos pemeriksaan, termasuk 3 perwira, kata militer."),
])
def test_fighters_among_fighters_stay_fighters(code, text):
    assert all(u == "personnel" for _, u in units(text, code))
