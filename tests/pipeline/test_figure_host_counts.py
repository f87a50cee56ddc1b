"""A host country's officials counting people who fled into it count the people of where they fled from,
not their own."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-03-09")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Fighting near Homs and Hama has intensified this week.\nAbout 2,300 people crossed into "
     "neighbouring Lebanon on Saturday, according to Lebanese officials.", "About 2,300 people"),
    ("id", "Pertempuran di sekitar Homs dan Hama meningkat pekan ini.\nSekitar 2.300 orang menyeberang ke "
     "Lebanon pada Sabtu, menurut pejabat Lebanon.", "Sekitar 2.300 orang"),
])
def test_arrivals_counted_by_their_host(code, text, figure):
    assert sides(text, code)[figure] == "SY"
