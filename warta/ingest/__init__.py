"""Bring articles into the store: readers for .txt, .html, .jsonl and WARC
files, and the ingest/reprocess runs."""

from warta.ingest.readers import Document, ReadFailure, read
from warta.ingest.runner import Report, current_version, ingest, reprocess

__all__ = ["Document", "ReadFailure", "read", "Report", "current_version", "ingest",
           "reprocess"]
