"""The compiled build: which of warta's modules mypyc turns into C, and when.

``WARTA_COMPILE=1 pip install .`` (or ``python -m build``) compiles the
extraction engine, ``warta/pipeline`` and ``warta/geo``, and the records it makes
(``warta/model.py``) with mypyc: the same code and the same output, about twice
as fast. Without the variable (and
always for an editable install's sources) warta stays pure Python.

A few modules stay Python; KEPT_PYTHON says why for each.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

MYPY = "mypy==2.4.1"  # mypyc ships with mypy; the same pin as the test extras
PACKAGES = ("warta/pipeline", "warta/geo")
# the records every step makes and reads (compiled, the engine reads their fields natively)
MODULES = ("warta/model.py",)
KEPT_PYTHON = {  # by path
    # a subclass of py3langid's identifier, a class mypyc did not compile
    "warta/pipeline/langid_model.py",
    # mypyc's str.lower() does not give Greek a final sigma; name keys must equal the index's
    "warta/geo/fold.py",
    # the public entry point checks its arguments itself and says what is wrong (compiled, a
    # bytes text would stop at a bare TypeError first)
    "warta/pipeline/extract.py",
    # the GeoNames reader, run once per index build: its test makes read_sources fail to see that a
    # failed build leaves no file, and compiled, build.py would call the original
    "warta/geo/sources.py",
}


asking = False  # True while the build backend only asks setup.py what the build needs


def wanted() -> bool:
    """True when this build compiles (``WARTA_COMPILE=1``)."""
    return os.environ.get("WARTA_COMPILE", "") == "1"


def sources(root: Path) -> list[str]:
    """The modules to compile, relative to ``root``."""
    paths = [path for package in PACKAGES for path in sorted((root / package).glob("*.py"))]
    paths += [root / module for module in MODULES]
    return [path.relative_to(root).as_posix() for path in paths
            if path.name != "__init__.py" and path.relative_to(root).as_posix() not in KEPT_PYTHON]


def extensions(root: Path) -> list[Any]:
    """The C extensions of the compiled build ([] unless ``WARTA_COMPILE=1``)."""
    if not wanted() or asking:  # (setuptools runs setup.py to ask, before mypy is installed)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as err:
        raise SystemExit(f"WARTA_COMPILE=1 needs mypyc, which comes with mypy: pip install '{MYPY}'") from err
    here = os.getcwd()
    os.chdir(root)  # mypyc names modules by their paths
    try:
        # the build may lack warta's dependencies: what mypy cannot see it treats as Any
        flags = ["--ignore-missing-imports", "--no-warn-unused-ignores"]
        # one shared library for all modules (a module of its own per module ran about 15% slower:
        # calls between libraries go through tables of pointers, and 130 libraries each carried the
        # runtime), its modules in C files of their own (one file of 130 MB took gcc far too long)
        built = mypycify([*flags, *sources(root)], opt_level="3", multi_file=True, group_name="warta")
        for extension in built:  # the library's functions hidden: its C files call each other directly,
            # not through its PLT (each module's own init stays exported by Python's PyMODINIT_FUNC)
            extension.extra_compile_args = [*extension.extra_compile_args, "-fvisibility=hidden"]
        return list(built)
    finally:
        os.chdir(here)
