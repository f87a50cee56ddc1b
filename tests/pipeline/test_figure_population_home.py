"""The people a place is home to are its population, no toll ("Goma, home to about two million
people", "Goma, yang dihuni sekitar dua juta orang"), whatever verb the sentence has for the place."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Rebels vowed to seize Goma, home to about two million people."),
    ("en", "Rebels vowed to seize Goma, which is home to some two million people."),
    ("id", "Pemberontak berjanji merebut Goma, yang dihuni sekitar dua juta orang."),
])
def test_population_is_no_figure(code, text):
    doc = extract(text, lang=code, published="2025-06-01")
    assert [f.text for c in doc.claims for f in c.figures] == []
