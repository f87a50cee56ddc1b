"""Adding GeoNames dumps to the index: the 19-column place files
(allCountries.txt, RU.txt, cities500.txt …) and alternateNamesV2.txt.

The import works on a copy of the index that replaces it only when every
file is in, so a failed import leaves the old index untouched. Malformed
lines are counted, reported and skipped.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.errors import GazetteerError
from warta.geo.build import INDEXES, insert_rows, record_source
from warta.geo.fold import fold
from warta.geo.sources import Row, geo_data, good_alias

# Alternate-name "languages" that are codes or links, not names.
_NOT_NAMES = {"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid"}


@dataclass(slots=True)
class ImportReport:
    """What one file added and what it skipped (line numbers of the first few)."""

    path: str
    kind: str  # places | alternate names
    places: int = 0
    names: int = 0
    skipped: int = 0
    bad_lines: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"path": self.path, "kind": self.kind, "places": self.places,
                "names": self.names, "skipped": self.skipped,
                "first_bad_lines": self.bad_lines[:10]}


def _kind(fclass: str, fcode: str) -> str | None:
    if fclass == "P":
        return "settlement"
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        if fcode == "ADM1":
            return "admin1"
        if fcode.startswith("ADM"):
            return "admin2"
        return None
    if fclass in ("L", "H", "T", "V", "U"):
        return "region"
    if fclass in ("S", "R"):
        return "point"
    return None


def _sniff(path: Path) -> str:
    """"places" (19 columns) or "alternate names" (8-10 columns)."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                n = line.rstrip("\n").count("\t") + 1
                return "places" if n >= 19 else "alternate names"
    return "places"


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of every data line of a dump."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip() and not line.startswith("#"):
                yield lineno, line.rstrip("\n").split("\t")


def _place_rows(path: Path, report: ImportReport, min_len: int) -> Iterator[Row]:
    for lineno, f in _records(path):
        try:
            if len(f) != 19:
                raise ValueError("column count")
            gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not f[1]:
                raise ValueError("coordinates")
            pop = int(f[14] or 0)
        except ValueError:
            report.skipped += 1
            report.bad_lines.append(lineno)
            continue
        kind = _kind(f[6], f[7])
        if kind is None:
            continue
        cc = f[8] or None
        keys = {fold(f[1]): 1}
        for alt in [f[2], *f[3].split(",")]:
            key = good_alias(alt, min_len)
            if key:
                keys.setdefault(key, 0)
        code = cc if kind == "country" and cc else (
            f"{cc}.{f[10]}" if kind == "admin1" and cc else f"gn:{gid}")
        yield Row(code=code, name=f[1], kind=kind, country=cc, lat=lat, lon=lon,
                  population=pop, admin1=f"{cc}.{f[10]}" if cc and f[10] else None,
                  gid=gid, source=path.name, feature=f"{f[6]}.{f[7]}",
                  aliases=list(keys.items()))


def _import_alternates(con: sqlite3.Connection, path: Path, report: ImportReport,
                       min_len: int) -> None:
    cur = con.cursor()
    batch: list[tuple[str, int]] = []

    def flush() -> None:
        before = con.total_changes
        cur.executemany("INSERT OR IGNORE INTO alias(key, place, is_primary) "
                        "SELECT ?, id, 0 FROM place WHERE gid = ?", batch)
        report.names += con.total_changes - before
        batch.clear()

    for lineno, f in _records(path):
        try:
            if len(f) < 4:
                raise ValueError("column count")
            gid = int(f[1])
        except ValueError:
            report.skipped += 1
            report.bad_lines.append(lineno)
            continue
        if f[2] in _NOT_NAMES or (len(f) > 7 and f[7] == "1"):
            continue
        key = good_alias(f[3], min_len)
        if key:
            batch.append((key, gid))
        if len(batch) >= 10_000:
            flush()
    flush()


def import_files(index: Path, files: list[Path]) -> list[ImportReport]:
    """Add GeoNames dump files to the index at ``index`` (all or nothing)."""
    for f in files:
        if not f.is_file():
            raise GazetteerError(f"no such file: {f}", "give GeoNames dump files "
                                 "(allCountries.txt, XX.txt, alternateNamesV2.txt)")
    min_len = int(geo_data().get("min_alias_length", 3))
    fd, tmp_name = tempfile.mkstemp(prefix=index.name + ".", suffix=".tmp", dir=index.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    reports: list[ImportReport] = []
    try:
        shutil.copyfile(index, tmp)
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode=OFF")
        with con:
            con.execute("UPDATE meta SET value='0' WHERE key='complete'")
        order = sorted(files, key=lambda f: _sniff(f) != "places")  # places before names
        for f in order:
            report = ImportReport(str(f), _sniff(f))
            with con:
                if report.kind == "places":
                    report.places, report.names = insert_rows(
                        con, _place_rows(f, report, min_len), merge=True)
                else:
                    _import_alternates(con, f, report, min_len)
                record_source(con, f.name, report.places, report.names, report.skipped)
            reports.append(report)
        with con:
            con.executescript(INDEXES)
            con.execute("UPDATE meta SET value='1' WHERE key='complete'")
        con.close()
        os.replace(tmp, index)
    except BaseException as err:
        tmp.unlink(missing_ok=True)
        if isinstance(err, (OSError, sqlite3.Error, UnicodeError)):
            raise GazetteerError(f"import failed, index left unchanged: {err}",
                                 "check the files and the free disk space") from err
        raise
    return reports
