"""`warta extract` starts without loading what only other commands use
(the ingest runs, the store's writer, worker pools, sockets) or what only
some articles need (near matches of place names)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_EXTRACT = ("warta.ingest.runner", "warta.ingest.pool", "warta.store.sql",
                   "warta.store.writes", "multiprocessing", "socket", "hashlib",
                   "rapidfuzz")  # loaded by the first near match of a place name, if any


def test_the_cli_and_extract_load_none_of_the_other_commands_modules() -> None:
    code = ("import sys, warta.cli, warta.cli.extract\n"
            "from warta.ingest.readers import load_file\n"
            f"print(' '.join(m for m in {NOT_FOR_EXTRACT!r} if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == []


def test_the_ingest_package_still_offers_its_runs() -> None:
    import warta.ingest as pkg
    from warta.ingest import runner

    assert pkg.ingest is runner.ingest and pkg.reprocess is runner.reprocess
    assert pkg.Report is runner.Report and pkg.current_version is runner.current_version


def test_an_article_in_a_given_language_loads_neither_numpy_nor_the_language_model() -> None:
    """numpy (about 15 MB and 0.1 s of CPU at import) serves language detection only."""
    code = ("import sys\n"
            "from warta.pipeline.extract import extract\n"
            "got = extract('The ministry said 12 soldiers were killed near Kharkiv on Sunday.', "
            "lang='en', published='2025-01-05')\n"
            "assert got.places\n"
            "print(' '.join(m for m in ('numpy', 'py3langid') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == []
