"""A place index shared by the geo and places tests, built once per machine
into the temp dir (not the user's cache)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from warta.geo.build import SCHEMA_VERSION
from warta.geo.gazetteer import Gazetteer

SHARED = Path(tempfile.gettempdir()) / "warta-test-cache" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def shared_gazetteer() -> Gazetteer:
    """The test index (built on first use, about 15 s; reused afterwards)."""
    return Gazetteer(SHARED, progress=False)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return shared_gazetteer()
