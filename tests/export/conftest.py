"""A store on each backend: SQLite in a temp dir, and PostgreSQL when
WARTA_TEST_PG_URL is set (under CI=true it must be)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from warta.store import Store, open_store
from warta.store.testing import pg_url, reset_postgres


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:  # noqa: ANN001
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
