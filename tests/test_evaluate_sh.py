"""scripts/evaluate.sh: finds the project's venv from the repository root and says what is missing."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(tmp_path, *args):
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "evaluate.sh", repo / "scripts" / "evaluate.sh")
    (repo / ".venv" / "bin").mkdir(parents=True)
    (repo / ".venv" / "bin" / "python").symlink_to(sys.executable)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WARTA_SHARED": str(tmp_path / "nowhere")}
    env.pop("PYTHON", None)
    return subprocess.run(["bash", "scripts/evaluate.sh", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_venv_of_the_repository_is_found_and_missing_data_is_named(tmp_path):
    done = run(tmp_path)
    assert done.returncode == 2
    assert "no evaluation data found" in done.stderr  # past the interpreter check: warta imported
    assert "cannot import warta" not in done.stderr


def test_an_unknown_option_is_refused_with_the_known_ones(tmp_path):
    done = run(tmp_path, "--everything")
    assert done.returncode == 2 and "--ner" in done.stderr
