"""The package type-checks under mypy and the code passes ruff, both as
configured in pyproject.toml, so the test command fails on either."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINTED = ["warta", "tests", "scripts", "benchmarks", "build_backend", "setup.py"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)


def _check(proc: subprocess.CompletedProcess[str], what: str) -> None:
    if proc.returncode != 0:
        if "No module named" in proc.stderr:
            pytest.fail(f"{what} is not installed: pip install -e '.[test]'\n{proc.stderr}")
        pytest.fail(f"{what} failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")


def test_typing_mypy_finds_no_errors() -> None:
    _check(_run("mypy", "--config-file", "pyproject.toml", "warta"), "mypy warta")


def test_typing_ruff_finds_no_errors() -> None:
    _check(_run("ruff", "check", "--output-format", "concise", *LINTED),
           "ruff check " + " ".join(LINTED))
