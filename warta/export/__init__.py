"""Export the store: ACLED- and UCDP-shaped CSV, GeoJSON, JSON Lines, Parquet.

>>> export(store, "acled-csv", "events.csv")
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from warta.errors import WartaError
from warta.export import formats
from warta.store import Store
from warta.store.select import Filters

FORMATS = ("acled-csv", "ucdp-csv", "geojson", "figures-csv", "jsonl", "parquet")
__all__ = ["FORMATS", "export", "write"]


class ExportError(WartaError):
    """An export cannot be written."""

    code = "W600"


def write(store: Store, fmt: str, fh: IO[str], filters: Filters | None = None) -> int:
    """Write ``store`` (the rows matching ``filters``) as the text format
    ``fmt`` to ``fh``; the web UI's downloads and ``warta export`` both come here."""
    writer = {"acled-csv": formats.write_acled_csv, "ucdp-csv": formats.write_ucdp_csv,
              "geojson": formats.write_geojson, "figures-csv": formats.write_figures_csv,
              "jsonl": formats.write_jsonl}[fmt]
    return writer(store, fh, filters)


def export(store: Store, fmt: str, out: str | Path | None = None,
           what: str = "events", partition_by: tuple[str, ...] = (),
           filters: Filters | None = None) -> int:
    """Write ``store`` as ``fmt`` to ``out`` (stdout when None or "-");
    return the number of records. ``what`` picks events or figures for Parquet;
    ``partition_by`` columns make the Parquet output a partitioned dataset folder;
    ``filters`` the events and figures to write (those the web UI's
    filters of the same values show)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", f"Use one of {', '.join(FORMATS)}")
    to_stdout = out is None or str(out) == "-"
    if not to_stdout:
        folder = Path(str(out)).parent
        if not folder.is_dir():
            raise ExportError(f"cannot write {out}: there is no folder {folder}",
                              "create the folder first, or give --out a path in an existing one")
        if Path(str(out)).is_dir():
            raise ExportError(f"cannot write {out}: it is a folder", "give --out a file name")
    if fmt == "parquet":
        if to_stdout:
            raise ExportError("Parquet is binary and needs a file", "Add --out FILE.parquet")
        try:
            return formats.write_parquet(store, str(out), what, tuple(partition_by),
                                          filters)
        except ValueError as err:
            raise ExportError(str(err), "Pick partition columns from that list, e.g. "
                              "--partition-by year,country") from err
    if partition_by:
        raise ExportError(f"--partition-by applies to Parquet, not {fmt}", "Use --format parquet")
    if to_stdout:
        return write(store, fmt, sys.stdout, filters)
    with open(out, "w", encoding="utf-8", newline="") as fh:  # type: ignore[arg-type]
        return write(store, fmt, fh, filters)
