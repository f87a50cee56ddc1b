"""The backends' executemany: every row of a large batch stored, and a
conflict clause after VALUES honoured, on both stores."""

from __future__ import annotations

from warta.store.backend import connect

MULTI_ROW = 500  # a batch larger than one round of rows


def test_executemany_inserts_every_row_in_chunks_and_keeps_on_conflict(store_url: str) -> None:
    db = connect(store_url)
    try:
        db.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)")
        rows = [(i, f"row {i}") for i in range(2 * MULTI_ROW + 3)]
        db.executemany("INSERT INTO t (a, b) VALUES (?, ?)", rows)
        assert db.query("SELECT count(*), min(a), max(a) FROM t") == [(len(rows), 0, len(rows) - 1)]
        assert db.query("SELECT b FROM t WHERE a = ?", (MULTI_ROW + 1,)) == [(f"row {MULTI_ROW + 1}",)]
        db.executemany("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO NOTHING",
                       [(0, "again"), (len(rows), "new")])
        assert db.query("SELECT b FROM t WHERE a IN (0, ?) ORDER BY a", (len(rows),)) == [
            ("row 0",), ("new",)]
        db.executemany("INSERT INTO t (a, b) VALUES (?, ?)", [])
    finally:
        db.execute("DROP TABLE IF EXISTS t")
        db.close()
