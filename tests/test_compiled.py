"""The compiled build (build_backend/compiled.py): which modules mypyc compiles, and, in the
CI step that builds it (WARTA_EXPECT_COMPILED=1), that those are the modules warta runs."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest

import warta

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_backend"))
import compiled  # noqa: E402


def test_the_engine_is_compiled_but_the_modules_kept_python():
    names = compiled.sources(ROOT)
    assert "warta/pipeline/places.py" in names and "warta/geo/resolve.py" in names
    assert "warta/model.py" in names  # the records the engine reads field by field
    assert not any(n.endswith("__init__.py") for n in names)
    assert not any(n in compiled.KEPT_PYTHON for n in names)


def test_every_module_kept_python_exists():
    engine = {p.relative_to(ROOT).as_posix() for package in compiled.PACKAGES
              for p in (ROOT / package).glob("*.py")}
    assert compiled.KEPT_PYTHON <= engine


def test_without_the_variable_the_build_makes_no_extension(monkeypatch):
    monkeypatch.delenv("WARTA_COMPILE", raising=False)
    assert compiled.extensions(ROOT) == []
    monkeypatch.setenv("WARTA_COMPILE", "1")
    monkeypatch.setattr(compiled, "asking", True)  # setuptools asking what the build needs
    assert compiled.extensions(ROOT) == []


@pytest.mark.skipif(os.environ.get("WARTA_EXPECT_COMPILED") != "1",
                    reason="run by scripts/test.sh against the compiled build")
def test_the_compiled_build_runs_compiled_modules():
    for name in compiled.sources(ROOT):
        module = importlib.import_module(name[:-3].replace("/", "."))
        assert module.__file__ is not None and module.__file__.endswith(".so"), name
    assert importlib.import_module("warta.pipeline.extract").__file__.endswith(".py")
    assert warta.build() == "compiled"


def test_the_build_is_named_by_warta_version():
    from click.testing import CliRunner

    from warta.cli import main

    out = CliRunner().invoke(main, ["--version"]).output
    assert out == f"warta {warta.__version__} ({warta.build()} build)\n"
    expected = "compiled" if os.environ.get("WARTA_EXPECT_COMPILED") == "1" else "pure Python"
    assert warta.build() == expected
