"""``warta geocode`` and the pipeline are one engine: for a name standing
alone they give the same place, and the same candidates."""

from __future__ import annotations

import pytest

from warta.geo.fold import fold
from warta.geo.geocode import geocode
from warta.lang import load
from warta.pipeline.place_lexicon import lexicon
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

NAMES = ["Kursk", "Pokrovsk", "Kharkiv", "Georgia", "Lebanon", "Rafah", "Goma", "Paris", "Jayapura",
         "Belgorod", "Springfield"]


@pytest.mark.parametrize("code, frame", [("en", "Fighting was reported in {}."),
                                         ("id", "Pertempuran dilaporkan di {}.")])
def test_geocode_agrees_with_the_pipeline_on_a_lone_name(gaz, code, frame):
    lang = load(code)
    for name in NAMES:
        text = frame.format(name)
        found = [p for p in find_places(text, lang, sentences(text, lang), gaz) if p.text == name]
        curated = lexicon(lang).curated.get(fold(name), ())
        ranked = geocode(gaz, name, curated=curated)
        assert found and ranked, name
        top = ranked[0].candidate
        assert (found[0].geonameid, found[0].country) == (top.gid, top.country), name


def test_geocode_gives_curated_names_their_language_place(gaz):
    # Indonesian data names "Korea Utara" (not in the index under that name)
    curated = lexicon(load("id")).curated.get(fold("Korea Utara"), ())
    assert curated
    top = geocode(gaz, "Korea Utara", curated=curated)[0]
    assert top.candidate.country == "KP" and any("language data" in w for w in top.why)
