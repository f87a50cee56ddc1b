"""Community figures are counted as people: "more than 60 social leaders" killed, "tiga aktivis"
arrested."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The ombudsman says more than 60 social leaders have been killed this year.",
     ("more than 60 social leaders", "civilians", "killed")),
    ("id", "Polisi mengatakan tiga aktivis ditangkap di depan gedung parlemen.",
     ("tiga aktivis", "civilians", "captured")),
])
def test_community_figures_are_people(code, text, expected):
    doc = extract(text, lang=code, published="2025-04-11")
    assert [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures] == [expected]
