"""Bring articles into the store: readers for .txt, .html, .jsonl and WARC
files, and the ingest/reprocess runs.

The runs (and the store they write to) are imported on first use, so that
reading one file, as ``warta extract`` does, does not load them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from warta.ingest.readers import Document, ReadFailure, read

if TYPE_CHECKING:
    from warta.ingest.runner import Report, current_version, ingest, reprocess

__all__ = ["Document", "ReadFailure", "read", "Report", "current_version", "ingest",
           "reprocess"]
_RUNNER = ("Report", "current_version", "ingest", "reprocess")


def __getattr__(name: str) -> Any:
    if name in _RUNNER:
        from warta.ingest import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'warta.ingest' has no attribute {name!r}")
