"""Check what warta's build produced (scripts/test.sh runs it):

    python scripts/check_dist.py SDIST WHEEL [WHEEL...]

The sdist holds the tests, examples, docs, scripts, benchmarks and LICENSE;
every archive holds the web UI's assets (``warta/web/static/build``), each
file as its MANIFEST.json lists it, and all archives hold the same assets.
Prints the sizes; exits 1 on any difference.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tarfile
import zipfile
from pathlib import Path

ASSETS = "warta/web/static/build/"
SDIST_NEEDS = ("LICENSE", "README.md", "setup.py", "MANIFEST.in", "tests/conftest.py",
               "tests/web/test_browser.py", "examples/corpus", "docs/web.md", "scripts/test.sh",
               "benchmarks/gazetteer_bench.py", "warta/web/data/admin1-10m.json",
               "warta/web/package-lock.json")


def members(path: Path) -> dict[str, bytes]:
    """Every file of an sdist (without its top folder) or a wheel."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    out = {}
    with tarfile.open(path) as t:
        for m in t.getmembers():
            f = t.extractfile(m) if m.isfile() else None
            if f is not None:
                out[m.name.split("/", 1)[1]] = f.read()
    return out


def assets(files: dict[str, bytes], name: str) -> dict[str, str]:
    """The assets' sha256 by name, checked against their MANIFEST.json."""
    got = {k[len(ASSETS):]: hashlib.sha256(v).hexdigest() for k, v in files.items()
           if k.startswith(ASSETS)}
    if "MANIFEST.json" not in got:
        sys.exit(f"check_dist: {name} has no {ASSETS}MANIFEST.json")
    listed = json.loads(files[ASSETS + "MANIFEST.json"])
    del got["MANIFEST.json"]
    if listed != got:
        sys.exit(f"check_dist: {name}: the assets differ from their MANIFEST.json")
    return got


def main(argv: list[str]) -> int:
    sdist, *wheels = (Path(a) for a in argv)
    files = members(sdist)
    missing = [p for p in SDIST_NEEDS if not any(k == p or k.startswith(p + "/") for k in files)]
    if missing:
        sys.exit(f"check_dist: {sdist.name} lacks {missing}")
    first = assets(files, sdist.name)
    for wheel in wheels:
        if assets(members(wheel), wheel.name) != first:
            sys.exit(f"check_dist: {wheel.name} holds other web assets than {sdist.name}")
    for path in (sdist, *wheels):
        print(f"check_dist: {path.name}: {path.stat().st_size / 1e6:.2f} MB, "
              f"{len(first)} web assets as in {sdist.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
