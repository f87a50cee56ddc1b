"""What befell counted people as a later word tells it: a next sentence that opens with "Both"/
"Keduanya" and says they died makes them killed; people who left a named place fled it; a village
head shot dead is a civilian killed; a relative clause that states the people's nationality gives
their side; the agent of "was accused by X of killing" is the claimant."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-03-14")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Police wounded two of the gunmen near the market in Gao. Both died in hospital on Thursday.",
     [("two of the gunmen", "personnel", "killed")]),
    ("id", "Polisi melumpuhkan dua penculik di Kabupaten Puncak Jaya. "
           "\"Keduanya meninggal dunia di puskesmas,\" kata Kapolres.",
     [("dua penculik", "personnel", "killed")]),
    ("en", "About 900 villagers have left Kalehe since the fighting, an aid group said.",
     [("About 900 villagers", "civilians", "displaced")]),
    ("id", "Sekitar 650 warga sudah meninggalkan Kiwirok sejak Senin, kata camat setempat.",
     [("Sekitar 650 warga", "civilians", "displaced")]),
    ("en", "Rebels shot dead two village chiefs in Djugu territory, a local official said.",
     [("two village chiefs", "civilians", "killed")]),
    ("id", "Kelompok bersenjata menembak mati seorang kepala kampung di Distrik Sugapa, kata polisi.",
     [("seorang kepala kampung", "civilians", "killed")]),
])
def test_fates(code, text, expected):
    assert figures(text, code) == expected


@pytest.mark.parametrize("code, text, side", [
    ("en", "Troops killed 14 insurgents, who the army said were Chadian nationals, near Diffa in Niger.",
     "TD"),
    ("id", "Tentara Niger menewaskan 14 pemberontak, yang menurut militer adalah warga negara Chad, "
           "di dekat Diffa.", "TD"),
])
def test_stated_nationality(code, text, side):
    doc = extract(text, lang=code, published="2025-03-14")
    assert [f.side for c in doc.claims for f in c.figures] == [side]


def test_accused_by_agent():
    doc = extract("The militia was accused by the UN mission of abducting at least 40 farmers near Bunia.",
                  lang="en", published="2025-03-14")
    assert [(c.claimant.text, [f.text for f in c.figures]) for c in doc.claims] == \
        [("the UN mission", ["at least 40 farmers"])]
