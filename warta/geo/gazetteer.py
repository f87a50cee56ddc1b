"""The place index as the pipeline sees it: batched lookups of folded names,
places by code, and where the index lives.

The index is an SQLite file in the user cache directory (``WARTA_CACHE_DIR``
overrides it). It is built from the packaged sources on first use and rebuilt
when it is missing, half-written or of an older schema.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from warta.errors import GazetteerError
from warta.geo.build import SCHEMA_VERSION, build_index, is_complete

ENV_CACHE = "WARTA_CACHE_DIR"
_COLUMNS = "p.id, p.code, p.gid, p.name, p.kind, p.country, p.lat, p.lon, p.population, " \
           "p.admin1, p.source, p.feature"
_BATCH = 500
_MEMO = 200_000  # keys whose candidates are kept in memory (found or not)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place the index holds; ``primary`` tells whether the name looked up
    is its main name rather than an alternate one."""

    id: int
    code: str
    gid: int | None
    name: str
    kind: str  # country | admin1 | admin2 | settlement | region
    country: str | None
    lat: float
    lon: float
    population: int
    admin1: str | None
    source: str
    feature: str
    primary: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "geonameid": self.gid, "name": self.name,
                "kind": self.kind, "country": self.country, "lat": self.lat,
                "lon": self.lon, "population": self.population, "admin1": self.admin1,
                "source": self.source, "feature": self.feature, "primary": self.primary}


# one row of _COLUMNS: a Candidate's fields up to ``primary``
_Row = tuple[int, str, int | None, str, str, str | None, float, float, int, str | None, str, str]


def cache_dir() -> Path:
    """Where warta keeps built data: ``$WARTA_CACHE_DIR`` or the user cache dir."""
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("warta"))


def default_path() -> Path:
    """The index file in :func:`cache_dir`."""
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


class Gazetteer:
    """Read access to one index file (built first if needed)."""

    def __init__(self, path: Path | None = None, build: bool = True,
                 progress: bool = True, cities: str = "cities500") -> None:
        self.path = Path(path) if path else default_path()
        self._lock = threading.Lock()
        if not is_complete(self.path):
            if not build:
                raise GazetteerError(f"no complete place index at {self.path}",
                                     "run `warta gazetteer build`")
            self.path.unlink(missing_ok=True)
            build_index(self.path, cities=cities, progress=progress)
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                        check_same_thread=False)
        except sqlite3.Error as err:
            raise GazetteerError(f"cannot open the place index {self.path}: {err}",
                                 "delete it and run `warta gazetteer build`") from err
        self._by_code: dict[str, Candidate | None] = {}
        self._memo: dict[str, list[Candidate]] = {}

    def close(self) -> None:
        self._con.close()

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Candidate]]:
        """Candidates for every folded key that the index knows."""
        memo = self._memo
        out: dict[str, list[Candidate]] = {}
        wanted: list[str] = []
        for k in dict.fromkeys(keys):
            hit = memo.get(k)
            if hit is None:
                if k:
                    wanted.append(k)
            elif hit:
                out[k] = hit
        if not wanted:
            return out
        fresh: dict[str, list[Candidate]] = {}
        with self._lock:
            for i in range(0, len(wanted), _BATCH):
                part = wanted[i:i + _BATCH]
                sql = (f"SELECT a.key, a.is_primary, {_COLUMNS} FROM alias a "
                       f"JOIN place p ON p.id = a.place "
                       f"WHERE a.key IN ({','.join('?' * len(part))})")
                for row in self._con.execute(sql, part):
                    cols: _Row = row[2:]
                    fresh.setdefault(row[0], []).append(Candidate(*cols, primary=bool(row[1])))
            if len(memo) + len(wanted) > _MEMO:
                memo.clear()
            for k in wanted:
                memo[k] = fresh.get(k, [])
        out.update(fresh)
        return out

    def keys_between(self, low: str, high: str, min_len: int, max_len: int) -> list[str]:
        """Distinct keys ``low <= key < high`` of this length range (for fuzzy search)."""
        with self._lock:
            rows = self._con.execute(
                "SELECT DISTINCT key FROM alias WHERE key >= ? AND key < ? "
                "AND length(key) BETWEEN ? AND ?", (low, high, min_len, max_len)).fetchall()
        return [r[0] for r in rows]

    def by_code(self, code: str) -> Candidate | None:
        """The place with this code: ISO2 for countries, GeoNames admin codes
        ("RU.41"), ``region:<key>`` for regions, ``gn:<geonameid>``."""
        if code not in self._by_code:
            with self._lock:
                row = self._con.execute(
                    f"SELECT {_COLUMNS} FROM place p WHERE p.code = ? "
                    f"ORDER BY p.population DESC LIMIT 1", (code,)).fetchone()
            self._by_code[code] = Candidate(*row) if row else None
        return self._by_code[code]

    def info(self) -> dict[str, Any]:
        """Where the index is, its sources and how many places and names it holds."""
        with self._lock:
            meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
            kinds = dict(self._con.execute(
                "SELECT kind, count(*) FROM place GROUP BY kind").fetchall())
            names = self._con.execute("SELECT count(*) FROM alias").fetchone()[0]
            sources = [dict(zip(("name", "places", "names", "added", "skipped"), r))
                       for r in self._con.execute("SELECT * FROM source ORDER BY added")]
        return {"path": str(self.path), "size_bytes": self.path.stat().st_size,
                "schema_version": meta.get("version"), "places": kinds,
                "names": names, "sources": sources}


@lru_cache(maxsize=4)
def _open(path: Path) -> Gazetteer:
    return Gazetteer(path)


@lru_cache(maxsize=4)
def _path_for(env: str | None) -> Path:
    return default_path()


def default_gazetteer() -> Gazetteer:
    """The shared index at :func:`default_path` (opened once per process)."""
    return _open(_path_for(os.environ.get(ENV_CACHE)))
