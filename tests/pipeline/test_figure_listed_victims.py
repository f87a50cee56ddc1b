"""People a part word opens a sentence with ("Among the victims were ...", "Di antara korban terdapat
..."), with no fate of their own, are part of the toll of people just told and share its fate, also
past a sentence with no figure between; "korban" in the part word is no fate of its own."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Raiders killed nine herders near Mokwa, police said. Among the victims were a local chief and "
           "three teenagers, a spokesman added.", "three teenagers"),
    ("en", "Raiders killed nine herders near Mokwa. The police chief said the raid began at dawn. Among the "
           "victims were three teenagers.", "three teenagers"),
    ("id", "Orang bersenjata menewaskan 12 orang di desa itu, kata polisi. Ia menambahkan, di antara korban "
           "terdapat empat warga desa.", "empat warga"),
])
def test_listed_victims_share_the_toll(code, text, figure):
    doc = extract(text, lang=code, published="2025-06-01")
    assert (figure, "killed") in [(f.text, f.outcome) for c in doc.claims for f in c.figures]
