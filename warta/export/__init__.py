"""Export the store: ACLED- and UCDP-shaped CSV, GeoJSON, JSON Lines, Parquet.

>>> export(store, "acled-csv", "events.csv")
"""

from __future__ import annotations

import sys
from pathlib import Path

from warta.errors import WartaError
from warta.export import formats
from warta.store import Store

FORMATS = ("acled-csv", "ucdp-csv", "geojson", "jsonl", "parquet")
__all__ = ["FORMATS", "export"]


class ExportError(WartaError):
    """An export cannot be written."""

    code = "W600"


def export(store: Store, fmt: str, out: str | Path | None = None,
           what: str = "events", partition_by: tuple[str, ...] = ()) -> int:
    """Write ``store`` as ``fmt`` to ``out`` (stdout when None or "-");
    return the number of records. ``what`` picks events or figures for Parquet;
    ``partition_by`` columns make the Parquet output a partitioned dataset folder."""
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
            return formats.write_parquet(store, str(out), what, tuple(partition_by))
        except ValueError as err:
            raise ExportError(str(err), "Pick partition columns from that list, e.g. "
                              "--partition-by year,country") from err
    if partition_by:
        raise ExportError(f"--partition-by applies to Parquet, not {fmt}", "Use --format parquet")
    writer = {"acled-csv": formats.write_acled_csv, "ucdp-csv": formats.write_ucdp_csv,
              "geojson": formats.write_geojson, "jsonl": formats.write_jsonl}[fmt]
    if to_stdout:
        return writer(store, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as fh:  # type: ignore[arg-type]
        return writer(store, fh)
