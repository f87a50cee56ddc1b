"""A side or place named inside a relative clause between commas ("The group, which was founded in Uganda,
has killed ...") tells of the subject; it is not where the count happened nor whose it is."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-07-21")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The militia struck again near Bunia on Sunday.\nThe group, which was founded in Uganda in the "
     "1990s, has killed more than 600 civilians in eastern Congo this year.", "more than 600 civilians"),
])
def test_a_relative_aside_says_nothing_of_the_count(code, text, figure):
    assert sides(text, code)[figure] == "CD"
