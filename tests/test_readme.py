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


def _readme_module():  # noqa: ANN202
    import importlib.util

    spec = importlib.util.spec_from_file_location("readme", ROOT / "scripts" / "readme.py")
    readme = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(readme)
    return readme


def test_readme_commands_are_found_and_synopses_left_out():
    readme = _readme_module()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    cmds = readme.commands(text)
    assert any(c.startswith("python3 -m venv .venv && .venv/bin/pip install -e .") for c in cmds)
    assert any(c.endswith("warta serve --db warta.db") for c in cmds)
    assert "bash scripts/test.sh" not in cmds and "bash scripts/test.sh" in text
    assert not any("[--" in c or "PATH" in c for c in cmds)
    sample = "```console\nwarta export --format X [--out FILE]\n```\n```console\necho hi\n```\n"
    assert readme.commands(sample) == ["echo hi"]


def test_readme_links_stay_inside_the_repository():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)", text)
    assert links, "README has no links to check"
    for link in links:
        assert "://" not in link and not link.startswith(("/", "..")), link
        assert (ROOT / link).exists(), f"README links to {link}, which is not in the repository"


def test_readme_commands_run_in_a_fresh_clone(tmp_path):
    """Every README command, exactly as written, in a fresh clone with an empty
    cache (pip, npm and the first place-index build included). Slow: run under
    CI, or with WARTA_TEST_README_COMMANDS=1."""
    import shutil
    import socket
    import subprocess

    import pytest

    if os.environ.get("CI") != "true" and not os.environ.get("WARTA_TEST_README_COMMANDS"):
        pytest.skip("slow: runs under CI=true or WARTA_TEST_README_COMMANDS=1")
    if not shutil.which("git") or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", 8000)) == 0:
            pytest.skip("port 8000, which the README's serve command uses, is taken")
    readme = _readme_module()
    clone = tmp_path / "warta"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    text = (clone / "README.md").read_text(encoding="utf-8")
    timings = readme.run_commands(text, clone, tmp_path / "cache")
    assert len(timings) >= 2
    for cmd, secs in timings:
        print(f"{secs:7.1f} s  {cmd}")
