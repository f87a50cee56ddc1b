"""warta's build hook (the rest of the metadata is in pyproject.toml).

The web UI's browser assets (``warta/web/static/build``) are made during the
build, never taken from the working tree: ``npm ci`` installs the packages
pinned in ``warta/web/package-lock.json`` (integrity-checked) into a scratch
copy of ``package.json``, the lock file, ``build.mjs`` and ``data/`` (the
admin-1 layer, which ships pre-simplified in the repository), and
``node build.mjs`` writes the files. So every wheel built from a checkout and
every sdist holds the same assets, whatever a working tree has lying in
``static/build``. A wheel built from an sdist uses the assets the sdist
carries and needs no Node.js. An editable install (``pip install -e .``)
writes them into the tree, where ``warta serve`` finds them.

With ``WARTA_COMPILE=1`` the extraction engine (``warta/pipeline``,
``warta/geo`` and ``warta/model.py``) is also compiled to C with mypyc (see
``compiled.py``): about twice as fast, the same output. Without it warta is
pure Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "build_backend"))
from compiled import extensions  # noqa: E402

WEB = ROOT / "warta" / "web"
ASSETS = Path("warta", "web", "static", "build")
INPUTS = ("package.json", "package-lock.json", "build.mjs")


class AssetsError(SystemExit):
    """The browser assets could not be built (said with what to do)."""


def build_assets(out: Path) -> None:
    """Write the web UI's browser assets into ``out`` from the pinned npm packages."""
    out = out.resolve()  # npm and node run in a scratch folder
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        raise AssetsError("warta's build needs Node.js and npm to make the web UI's assets "
                          "(Debian: apt-get install nodejs npm), or build from warta's sdist, "
                          "which carries them")
    with tempfile.TemporaryDirectory(prefix="warta-web-") as tmp:
        for name in INPUTS:
            shutil.copy2(WEB / name, tmp)
        shutil.copytree(WEB / "data", Path(tmp) / "data")
        quiet = ["--no-audit", "--no-fund", "--loglevel=error"]
        for cmd in ([npm, "ci", "--ignore-scripts", *quiet], [node, "build.mjs", str(out)]):
            done = subprocess.run(cmd, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  text=True, check=False)
            if done.returncode != 0:
                raise AssetsError(f"building the web UI's assets failed ({' '.join(cmd[:2])}):\n"
                                  + done.stdout[-2000:])
    print(f"warta: web UI assets built into {out}", file=sys.stderr)


def from_sdist() -> bool:
    """True when building from an unpacked sdist that carries the assets."""
    return (ROOT / "PKG-INFO").is_file() and (ROOT / ASSETS / "MANIFEST.json").is_file()


class BuildPy(build_py):
    """build_py that puts freshly built assets into the build (or, editable, the tree)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            if not from_sdist():
                try:
                    build_assets(ROOT / ASSETS)
                except AssetsError as err:  # the library works without the web UI
                    print(f"warning: {err}; `warta serve` will say what to run", file=sys.stderr)
            return
        target = Path(self.build_lib) / ASSETS
        if from_sdist():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / ASSETS, target)
        else:
            build_assets(target)


class Sdist(sdist):
    """sdist whose release tree carries freshly built assets."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        target = Path(base_dir) / ASSETS
        shutil.rmtree(target, ignore_errors=True)
        if from_sdist():
            shutil.copytree(ROOT / ASSETS, target)
        else:
            build_assets(target)


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist}, ext_modules=extensions(ROOT),
      options={"build_ext": {"parallel": os.cpu_count() or 1}})
