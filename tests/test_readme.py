"""The README's example commands print exactly what the README shows."""

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_examples_match_real_output(monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("readme", ROOT / "scripts" / "readme.py")
    readme = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(readme)
    monkeypatch.chdir(ROOT)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.BLOCK.search(text), "README has no checked examples"
    assert readme.render(text) == text, "README examples are stale: run python scripts/readme.py"


def test_readme_names_the_install_and_test_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in text
    assert re.search(r"pip install .*warta extract|warta ingest", text, re.S)
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
