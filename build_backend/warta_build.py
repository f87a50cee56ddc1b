"""warta's build backend: setuptools', asking for mypy when the build compiles.

pyproject.toml names this module (``backend-path``); every hook is
setuptools' own, except that with ``WARTA_COMPILE=1`` the build
environment also gets mypy, whose mypyc compiles the engine (compiled.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import compiled
from compiled import MYPY, wanted
from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (every other hook, unchanged)


def _with_mypy(ask: Callable[[dict[str, Any] | None], list[str]],
               config_settings: dict[str, Any] | None) -> list[str]:
    compiled.asking = True
    try:
        requires = ask(config_settings)
    finally:
        compiled.asking = False
    return [*requires, MYPY] if wanted() else requires


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypy(build_meta.get_requires_for_build_wheel, config_settings)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypy(build_meta.get_requires_for_build_editable, config_settings)
