"""A scare-quoted modifier between a number and its noun is a modifier ('11 Kenyan "crusader" troops',
'23 "apostate" soldiers'), not the end of the noun phrase."""

import pytest

from warta.pipeline.extract import extract


def units(text, code="en"):
    doc = extract(text, lang=code, published="2025-06-01")
    return {f.text: (f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("text, figure", [
    ('The militants said on a website that they had killed 14 Ugandan "infidel" soldiers near Marka.',
     '14 Ugandan "infidel" soldiers'),
    ('The group claimed its men had killed 9 "apostate" policemen at the checkpoint.',
     '9 "apostate" policemen'),
])
def test_a_scare_quoted_modifier(text, figure):
    assert units(text)[figure] == ("personnel", "killed")
