"""The place index is named by its schema version: a change to the shared
gazetteer data (lang/_base/geo.toml) must come with a new version, or every
user's cached index would go on without it."""

from __future__ import annotations

import hashlib

from warta.geo.build import GEO_DATA_SHA256, SCHEMA_VERSION
from warta.geo.gazetteer import default_path
from warta.geo.sources import GEO_TOML


def test_geo_data_change_bumps_the_index_version() -> None:
    got = hashlib.sha256(GEO_TOML.read_bytes()).hexdigest()
    assert got == GEO_DATA_SHA256, (
        "lang/_base/geo.toml changed: bump SCHEMA_VERSION in warta/geo/build.py (so cached "
        f"indexes are rebuilt) and set GEO_DATA_SHA256 = {got!r}")


def test_index_file_is_named_by_version() -> None:
    assert default_path().name == f"gazetteer-v{SCHEMA_VERSION}.sqlite"
