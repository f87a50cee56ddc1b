"""Regular troops or officers a force has somewhere are deployed: "has some 400 police officers on the
ground", "has 4,000 troops on the border" (used), like "has 2,000 troops in Syria"."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("text, figure", [
    ("Kenya has some 400 police officers on the ground in Port-au-Prince.", "some 400 police officers"),
    ("The African Union force has some 4,000 troops on the border with Kenya.", "some 4,000 troops"),
])
def test_troops_on_the_ground_are_deployed(text, figure):
    doc = extract(text, lang="en", published="2025-06-01")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] == [(figure, "used")]
