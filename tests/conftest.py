"""Fixtures shared by the whole suite: a place index built once, and a store
on each backend (SQLite in a temp dir; PostgreSQL when WARTA_TEST_PG_URL is
set, which under CI=true it must be)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.geo.build import SCHEMA_VERSION
from warta.geo.gazetteer import ENV_CACHE, Gazetteer, default_path
from warta.store import Store, open_store
from warta.store.testing import pg_url, reset_postgres


def _index_path() -> Path:
    """The run's cache dir when one is set (scripts/test.sh sets it, so the
    pipeline's own default index is reused), else a temp dir, never the user's cache."""
    if os.environ.get(ENV_CACHE):
        return default_path()
    return Path(tempfile.gettempdir()) / "warta-test-cache" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The place index (built on first use, about 15 s; reused afterwards)."""
    return Gazetteer(_index_path(), progress=False)


@pytest.fixture(scope="session")
def gaz(gazetteer: Gazetteer) -> Gazetteer:
    return gazetteer


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "warta.db")
    url = pg_url()
    if url is None:
        pytest.skip("no PostgreSQL: eval \"$(bash .ci/postgres.sh)\" sets WARTA_TEST_PG_URL")
    reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()
