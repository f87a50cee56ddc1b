"""The SQL dialect differences, isolated: one small connection wrapper per
database. Everything above this module writes portable SQL with ``?``
placeholders and calls these few methods."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from warta.errors import StoreError

Params = Sequence[Any]


class Backend(Protocol):
    """A connection that speaks warta's portable SQL."""

    name: str  # "sqlite" | "postgres"

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]: ...
    def execute(self, sql: str, params: Params = ()) -> None: ...
    def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...
    def insert_ids(self, sql: str, rows: Sequence[Params]) -> list[int | None]: ...
    def new_ids(self, table: str, n: int) -> list[int]: ...
    def copy(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None: ...
    def transaction(self) -> Any: ...
    def id_column(self) -> str: ...
    def sync_search(self) -> None: ...
    def close(self) -> None: ...


class SqliteBackend:
    """SQLite in WAL mode; each transaction is ``BEGIN IMMEDIATE`` … ``COMMIT``."""

    name = "sqlite"

    def __init__(self, path: str) -> None:
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30,
                                        check_same_thread=False)  # handed to a writer thread
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=OFF")
        except sqlite3.Error as err:
            raise StoreError(f"cannot open SQLite database {path!r}: {err}",
                             "Check the path and that its folder is writable") from err
        self._depth = 0

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Params = ()) -> None:
        self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def insert_ids(self, sql: str, rows: Sequence[Params]) -> list[int | None]:
        """The id of each row inserted, None for a row the statement skipped."""
        out: list[int | None] = []
        for params in rows:
            row = self.conn.execute(sql + " RETURNING id", params).fetchone()
            out.append(None if row is None else int(row[0]))
        return out

    def new_ids(self, table: str, n: int) -> list[int]:
        """``n`` ids for rows of ``table`` the caller inserts next in this
        transaction (a write transaction: no one else inserts meanwhile)."""
        top = int(self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
        return list(range(top + 1, top + n + 1))

    def copy(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        """Insert ``rows`` (values for ``columns``, in order)."""
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                         f"VALUES ({', '.join('?' * len(columns))})", rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def id_column(self) -> str:
        return "INTEGER PRIMARY KEY"

    def sync_search(self) -> None:
        """Index articles stored since the last sync, in one go."""
        from warta.store.search import sync

        sync(self)

    def close(self) -> None:
        self.conn.close()


class PostgresBackend:
    """PostgreSQL through psycopg 3; ``?`` placeholders become ``%s``."""

    name = "postgres"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as err:  # pragma: no cover - a pinned dependency
            raise StoreError("psycopg is not installed", "pip install 'psycopg[binary]'") from err
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as err:
            raise StoreError(f"cannot connect to PostgreSQL: {err}".splitlines()[0],
                             "Check the postgresql:// URL and that the server runs") from err

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(self._sql(sql), params).fetchall()

    def execute(self, sql: str, params: Params = ()) -> None:
        self.conn.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def insert_ids(self, sql: str, rows: Sequence[Params]) -> list[int | None]:
        """The id of each row inserted (None: skipped), in one pipelined round trip."""
        if not rows:
            return []
        out: list[int | None] = []
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(sql) + " RETURNING id", rows, returning=True)
            for _ in cur.results():
                row = cur.fetchone()
                out.append(None if row is None else int(row[0]))
        return out

    def new_ids(self, table: str, n: int) -> list[int]:
        """``n`` ids from ``table``'s id sequence, for rows the caller inserts itself."""
        rows = self.conn.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) "
                                 "FROM generate_series(1, %s)", (table, n)).fetchall()
        return sorted(int(r[0]) for r in rows)

    def copy(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        """Insert ``rows`` (values for ``columns``, in order) with one COPY."""
        if not rows:
            return
        with self.conn.cursor() as cur, \
                cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)

    def transaction(self) -> Any:
        return self.conn.transaction()

    def id_column(self) -> str:
        return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    def sync_search(self) -> None:
        """Index articles stored since the last sync (their stems and words)."""
        from warta.store.search import sync

        sync(self)

    def close(self) -> None:
        self.conn.close()


def connect(url: str) -> Backend:
    """A backend for ``url``: ``postgresql://…`` (or ``postgres://``) or a file path."""
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SqliteBackend(url)
