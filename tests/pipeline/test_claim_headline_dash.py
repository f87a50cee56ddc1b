"""A wire title names its source after its last dash as after a colon ("Attack kills 12 soldiers -
sources", "Tiga Prajurit Tewas Diserang - Polisi"); a site's name a title carries after a dash
("... - Kompas.com") is no source."""

import pytest

from warta.pipeline.extract import extract


def headline_claimant(text, code):
    doc = extract(text, lang=code, published="2025-10-15")
    return next((c.claimant.text, c.claimant.kind) for c in doc.claims if c.sentence == 0)


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Militants kill 12 soldiers in northern Mali - sources\nBAMAKO - Militants killed 12 soldiers on "
           "Tuesday, two security sources said.", ("sources", "unknown")),
    ("en", "Drone strike kills four in Kharkiv - governor\nKYIV - A drone strike killed four people, the "
           "governor said.", ("governor", "official")),
    ("id", "Tiga Prajurit Tewas Diserang di Intan Jaya - Polisi\nJAYAPURA - Tiga prajurit tewas dalam "
           "serangan itu, kata polisi.", ("Polisi", "official")),
])
def test_a_title_names_its_source_after_a_dash(code, text, expected):
    assert headline_claimant(text, code) == expected
