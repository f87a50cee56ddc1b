"""Where a count happened is the place its own clause names; a finer place past a comma and a clause
opener ("..., as Israel struck targets in Tehran", "..., sementara ...") is another clause's."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-06-16")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Iranian missiles killed five people in northern Israel overnight, the ambulance service said on "
     "Monday, as Israel kept up its air strikes on Isfahan.", "five people"),
    ("id", "Rudal Iran menewaskan lima orang di Israel utara semalam, kata layanan ambulans pada Senin, "
     "sementara Israel terus menggempur Isfahan.", "lima orang"),
])
def test_the_figures_own_clause_says_where(code, text, figure):
    assert sides(text, code)[figure] == "IL"
