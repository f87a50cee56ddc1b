"""Inputs cut into partitions that workers can read on their own.

A partition is one input file, or one row group of a Parquet file of
articles. Paths may be local or any fsspec URL (``s3://…``, ``gs://…``,
``file://…``), so that workers on other machines read their share directly.
Parquet datasets hold one article per row: a ``text`` column, and optionally
``url``, ``title``, ``published``, ``lang``, ``source`` (the JSON Lines fields).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.ingest.readers import Document, Item, ReadFailure, expand, parse_date, read
from warta.store.records import Source

PARQUET_SUFFIXES = (".parquet", ".pq")


@dataclass(frozen=True, slots=True)
class Part:
    """One unit of work: a file, or a row group of a Parquet file."""

    url: str
    row_group: int | None = None

    @property
    def label(self) -> str:
        return self.url if self.row_group is None else f"{self.url}#rg{self.row_group}"


def _is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def _parquet_file(url: str) -> Any:
    import fsspec
    import pyarrow.parquet as pq

    return pq.ParquetFile(fsspec.open(url, "rb").open())


def partitions(paths: Iterable[str | Path]) -> Iterator[Part]:
    """Every partition under ``paths``: local files and folders (as ``warta
    ingest`` reads them), Parquet files by row group, and fsspec URLs."""
    for raw in map(str, paths):
        if _is_url(raw):
            yield from _url_parts(raw)
            continue
        local = Path(raw.removeprefix("file://"))
        if local.is_dir():
            pq_files = sorted(p for p in local.rglob("*") if _is_parquet(p.name))
            for p in pq_files:
                yield from _parquet_parts(str(p))
            for p in expand([local]):
                yield Part(str(p))
        elif _is_parquet(local.name):
            yield from _parquet_parts(str(local))
        else:
            yield Part(str(local))


def _url_parts(url: str) -> Iterator[Part]:
    import fsspec

    fs, _, [root] = fsspec.get_fs_token_paths(url)
    protocol = url.split("://", 1)[0]
    names = sorted(fs.find(root)) if fs.isdir(root) else [root]
    for name in names:
        full = f"{protocol}://{name}"
        yield from (_parquet_parts(full) if _is_parquet(name) else [Part(full)])


def _parquet_parts(url: str) -> Iterator[Part]:
    try:
        groups = _parquet_file(url).num_row_groups
    except Exception:  # noqa: BLE001 - reported when the partition is read
        groups = 1
    for g in range(groups):
        yield Part(url, g)


def read_part(part: Part) -> Iterator[Item]:
    """The articles of one partition, or failures saying why they could not be read."""
    if part.row_group is not None:
        yield from _read_parquet(part)
    elif _is_url(part.url):
        yield from _read_remote(part.url)
    else:
        yield from read([part.url])


def _read_parquet(part: Part) -> Iterator[Item]:
    locator = f"row group {part.row_group}"
    try:
        table = _parquet_file(part.url).read_row_group(part.row_group)
    except Exception as err:  # noqa: BLE001 - a bad file is recorded, the batch goes on
        yield ReadFailure(part.url, locator, "W100", f"cannot read Parquet: {err}")
        return
    if "text" not in table.column_names:
        yield ReadFailure(part.url, locator, "W100",
                          "the Parquet file has no 'text' column; name the article column 'text'")
        return
    for i, row in enumerate(table.to_pylist()):
        where = f"{locator} row {i}"
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ReadFailure(part.url, where, "W101", "the row's 'text' is empty or not a string")
            continue

        def s(key: str, row: dict[str, Any] = row) -> str | None:
            v = row.get(key)
            return str(v) if v is not None else None

        yield Document(text, Source(part.url, where, url=s("url"), title=s("title"),
                                    source=s("source"), lang=s("lang"),
                                    published=parse_date(s("published"))))


def _read_remote(url: str) -> Iterator[Item]:
    import fsspec

    name = url.rsplit("/", 1)[-1]
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, name)
        try:
            with fsspec.open(url, "rb") as src, open(local, "wb") as dst:
                dst.write(src.read())
        except Exception as err:  # noqa: BLE001
            yield ReadFailure(url, "", "W100", f"cannot fetch: {err}")
            return
        for item in read([local]):
            if isinstance(item, Document):
                item.source.origin = url
            else:
                item.origin = url
            yield item
