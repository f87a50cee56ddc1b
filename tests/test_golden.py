"""warta's output on the dev articles is what tests/golden/outputs.json says:
a speed-up or refactoring that changes output fails here. A change meant to
alter output updates the file (`python scripts/golden.py --update`)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
assert _spec and _spec.loader
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


def test_outputs_match_the_golden_file() -> None:
    if not golden.GOLDEN.exists():
        pytest.skip("no golden file yet: `python scripts/golden.py --update` records one")
    recorded = json.loads(golden.GOLDEN.read_text("utf-8"))
    now = golden.current()
    if not (golden.SHARED / "news-dev").is_dir():
        pytest.skip("the shared dev data is not beside the project; only the examples are compared")
    assert len(recorded.keys() & now.keys()) >= len(recorded) - 2, "most golden articles must be compared"
    diff = golden.changed(recorded, now)
    assert not diff, (f"output changed for {diff}; if that is meant, run "
                      "`python scripts/golden.py --update` and say why in the commit")


def test_changed_lists_only_differences() -> None:
    assert golden.changed({"a": "1", "b": "2", "c": "3"}, {"a": "1", "b": "x", "d": "4"}) == ["b"]
