"""Others after one person counted with an article ("seorang prajurit gugur dan dua lainnya luka",
"a soldier was killed and two others were wounded") are more of the same people: soldiers, not
civilians, and the figure holds its "lainnya"."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, others", [
    ("id", "Menurut dia, hanya seorang prajurit yang gugur dan dua lainnya mengalami luka tembak.",
     "dua lainnya"),
    ("id", "Seorang polisi tewas dan tiga lainnya terluka dalam serangan itu.", "tiga lainnya"),
    ("en", "A soldier was killed and two others were wounded in the ambush, the army said.", "two others"),
])
def test_others_after_one_person_are_of_the_same_people(code, text, others):
    doc = extract(text, lang=code, published="2024-04-10")
    figs = [(f.text, f.unit) for c in doc.claims for f in c.figures]
    assert figs[1] == (others, "personnel") and figs[0][1] == "personnel"
