"""Every export format, read back by its reader: csv, json, pyarrow."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from warta.export import FORMATS, ExportError, export
from warta.export.rows import ACLED_COLUMNS, table
from warta.model import EVENT_TYPES
from warta.store import Source, Store, content_hash
from warta.store.testing import make_article


@pytest.fixture
def filled(store: Store) -> Store:
    for n, (who, cc, kind, value, lat) in enumerate([
            ("Kementerian Pertahanan Rusia", "RU", "government", 340, 51.73),
            ("Staf Umum Ukraina", "UA", "military", 40, 51.75),
            ("Misi pemantau PBB", None, "organization", 90, 51.74)]):
        text, art = make_article(claimant=who, country=cc, kind=kind, value=value, lat=lat,
                                 extra=f" Laporan {n}.")
        store.add_article(text, art, Source(f"{n}.txt", source=f"Wire {n}"),
                          content_hash(text), "v1")
    text, art = make_article(place="Pokrovsk", lat=48.28, lon=37.18, place_country="UA",
                             admin1="Donetsk Oblast", event_type="strike", actor="RU",
                             target="UA", side=None, unit="civilians", value=7)
    store.add_article(text, art, Source("p.txt", source="Wire 9"), content_hash(text), "v1")
    return store


def test_acled_map_covers_every_event_type() -> None:
    assert set(table()["event_types"]) == set(EVENT_TYPES)


def test_export_acled_csv(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert export(filled, "acled-csv", out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    kursk, pokrovsk = rows
    assert (kursk["event_type"], kursk["sub_event_type"]) == ("Battles", "Armed clash")
    assert kursk["actor1"] == "Military Forces of Ukraine"
    assert kursk["actor2"] == "Military Forces of Russia"
    assert kursk["country"] == "Russia" and kursk["location"] == "Kursk"
    assert kursk["event_date"] == "2025-01-05" and kursk["time_precision"] == "1"
    assert kursk["fatalities"] == "40" and kursk["fatalities_high"] == "340.0"
    assert kursk["source"] == "Wire 0; Wire 1; Wire 2"
    assert "Kementerian Pertahanan Rusia (RU): 340 tentara = 340" in kursk["warta_claims"]
    assert "Staf Umum Ukraina (UA)" in kursk["warta_claimants"]
    assert pokrovsk["event_type"] == "Explosions/Remote violence"
    assert pokrovsk["country"] == "Ukraine" and pokrovsk["fatalities"] == "7"


def test_export_ucdp_csv_best_low_high(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "u.csv"
    export(filled, "ucdp-csv", out)
    kursk, pokrovsk = list(csv.DictReader(out.open(encoding="utf-8")))
    # the non-party claimant's value is best; low/high span all claimants
    assert (kursk["best"], kursk["low"], kursk["high"]) == ("90.0", "40.0", "340.0")
    assert kursk["side_a"] == "Ukraine" and kursk["type_of_violence"] == "1"
    assert kursk["deaths_a"] == "90.0" and kursk["where_prec"] == "1"
    assert pokrovsk["deaths_civilians"] == "7.0" and pokrovsk["best"] == "7.0"
    assert pokrovsk["geom_wkt"] == "POINT (37.18 48.28)"


def test_export_geojson(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    export(filled, "geojson", out)
    doc = json.loads(out.read_text("utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    f = doc["features"][1]
    assert f["geometry"] == {"type": "Point", "coordinates": [37.18, 48.28]}
    assert f["properties"]["location"] == "Pokrovsk"
    assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())


def test_export_jsonl_articles(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert export(filled, "jsonl", out) == 4
    recs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    r = recs[0]
    fig = r["extraction"]["claims"][0]["figures"][0]
    assert r["text"][fig["start"]:fig["end"]] == fig["text"] == "340 tentara"
    assert r["published"] == "2025-01-05" and r["source"] == "Wire 0"


def test_export_parquet_events_and_figures(filled: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    export(filled, "parquet", out)
    tbl = pq.read_table(out)
    assert tbl.num_rows == 2 and tbl.column_names[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert tbl.column("location").to_pylist() == ["Kursk", "Pokrovsk"]
    assert tbl.column("fatalities").to_pylist() == [40, 7]
    figs = tmp_path / "f.parquet"
    assert export(filled, "parquet", figs, what="figures") == 4
    ft = pq.read_table(figs).to_pylist()
    assert [r["value"] for r in ft] == [340, 40, 90, 7]
    assert ft[0]["evidence"].startswith("Kementerian Pertahanan Rusia mengatakan 340")


def test_export_parquet_partitioned_dataset(filled: Store, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    out = tmp_path / "events"
    assert export(filled, "parquet", out, partition_by=("year", "country")) == 2
    folders = sorted(p.relative_to(out).as_posix() for p in out.glob("*/*"))
    assert folders == ["year=2025/country=Russia", "year=2025/country=Ukraine"]
    got = ds.dataset(out, format="parquet", partitioning="hive").to_table().to_pylist()
    assert sorted((r["location"], r["country"], r["year"]) for r in got) == [
        ("Kursk", "Russia", 2025), ("Pokrovsk", "Ukraine", 2025)]
    figs = tmp_path / "figures"
    assert export(filled, "parquet", figs, what="figures", partition_by=("year",)) == 4
    assert [p.name for p in figs.iterdir()] == ["year=2025"]
    with pytest.raises(ExportError, match="cannot partition events by colour"):
        export(filled, "parquet", tmp_path / "x", partition_by=("colour",))
    with pytest.raises(ExportError, match="applies to Parquet"):
        export(filled, "jsonl", tmp_path / "x.jsonl", partition_by=("year",))


def test_export_empty_store_and_bad_requests(store: Store, tmp_path: Path) -> None:
    for fmt in FORMATS:
        assert export(store, fmt, tmp_path / f"x.{fmt}") == 0
    with pytest.raises(ExportError):
        export(store, "xml", tmp_path / "x.xml")
    with pytest.raises(ExportError):
        export(store, "parquet", None)
