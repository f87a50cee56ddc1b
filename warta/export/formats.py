"""Writers for each export format: ACLED- and UCDP-shaped CSV, GeoJSON,
JSON Lines (one article and its extraction per line) and Parquet."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from warta.export.rows import ACLED_COLUMNS, WARTA_COLUMNS, country_name, event_records, table
from warta.store import FigureRow, Store
from warta.store.select import Filters, check, figure_where, values
from warta.store.sql import FIGURE_COLUMNS as FIGURE_SQL, FIGURE_FROM

UCDP_COLUMNS = (
    "id", "year", "type_of_violence", "side_a", "side_b", "source_article", "where_prec",
    "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "country",
    "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low",
    "warta_event_type", "warta_cluster", "warta_claimants", "warta_claims",
)
FIGURE_COLUMNS = (
    "figure_id", "article_id", "published", "source", "url", "claimant", "claimant_country",
    "claimant_kind", "value", "low", "high", "bound", "unit", "outcome", "side", "place",
    "period_start", "period_end", "running_total", "text", "start", "end", "evidence", "year",
)


def _acled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cols = ACLED_COLUMNS + WARTA_COLUMNS
    return [{c: r[c] for c in cols} for r in rows]


def write_acled_csv(store: Store, fh: IO[str], filters: Filters | None = None) -> int:
    return _write_csv(fh, ACLED_COLUMNS + WARTA_COLUMNS, _acled(event_records(store, filters)))


def _write_csv(fh: IO[str], columns: tuple[str, ...], rows: list[dict[str, Any]]) -> int:
    """``rows`` under a header of ``columns``; the number of rows written."""
    w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return len(rows)


def _ucdp_date_prec(d0: str | None, d1: str | None) -> int:
    from datetime import date

    if not d0 or not d1:
        return 5
    n = (date.fromisoformat(d1) - date.fromisoformat(d0)).days
    return 1 if n == 0 else 2 if n <= 6 else 3 if n <= 7 else 4 if n <= 31 else 5


def ucdp_records(store: Store, filters: Filters | None = None) -> list[dict[str, Any]]:
    wp = table()["ucdp_where_prec"]
    out = []
    for r in event_records(store, filters):
        est, per = r["_estimates"], r["_estimates"]["per_side"]
        lat, lon = r["latitude"], r["longitude"]
        both_states = bool(r["warta_actor"] and r["warta_target"])
        out.append({
            "id": r["event_id_cnty"], "year": r["year"],
            "type_of_violence": 1 if both_states else None,
            "side_a": country_name(r["warta_actor"]), "side_b": country_name(r["warta_target"]),
            "source_article": r["source"], "where_prec": wp.get(r["_precision"] or "", None),
            "where_coordinates": r["location"], "adm_1": r["admin1"], "adm_2": r["admin2"],
            "latitude": lat, "longitude": lon,
            "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
            "country": r["country"], "date_prec": _ucdp_date_prec(r["event_date"],
                                                                  r["warta_date_end"]),
            "date_start": r["event_date"], "date_end": r["warta_date_end"],
            "deaths_a": per.get(r["warta_actor"]) if r["warta_actor"] else None,
            "deaths_b": per.get(r["warta_target"]) if r["warta_target"] else None,
            "deaths_civilians": per.get("civilians"),
            "deaths_unknown": per.get(None),
            "best": est["best"], "high": est["high"], "low": est["low"],
            "warta_event_type": r["warta_event_type"], "warta_cluster": r["warta_cluster"],
            "warta_claimants": r["warta_claimants"], "warta_claims": r["warta_claims"],
        })
    return out


def write_ucdp_csv(store: Store, fh: IO[str], filters: Filters | None = None) -> int:
    return _write_csv(fh, UCDP_COLUMNS, ucdp_records(store, filters))


def write_geojson(store: Store, fh: IO[str], filters: Filters | None = None) -> int:
    """Events with coordinates as Point features (lon, lat; WGS 84)."""
    feats = []
    for r in _acled(event_records(store, filters)):
        if r["latitude"] is None or r["longitude"] is None:
            continue
        feats.append({"type": "Feature",
                      "geometry": {"type": "Point",
                                   "coordinates": [r["longitude"], r["latitude"]]},
                      "properties": r})
    # dumps, not dump: the C encoder (dump to a stream runs the pure-Python one)
    fh.write(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False,
                        allow_nan=False))
    fh.write("\n")
    return len(feats)


def write_jsonl(store: Store, fh: IO[str], filters: Filters | None = None) -> int:
    """One stored article per line: its metadata, text and extraction
    (every article: filters select events and figures, not articles)."""
    n = 0
    for a in store.articles():
        rec = {"id": a.id, "content_hash": a.content_hash, "title": a.title, "url": a.url,
               "source": a.source, "published": a.published.isoformat() if a.published else None,
               "lang": a.lang, "origin": a.origin, "locator": a.locator,
               "extractor_version": a.extractor_version, "text": a.text,
               "extraction": store.result_json(a.id)}
        fh.write(json.dumps(rec, ensure_ascii=False, allow_nan=False) + "\n")
        n += 1
    return n


def selected_figures(store: Store, filters: Filters | None) -> list[FigureRow]:
    """The store's figures, or those matching ``filters``, in id order."""
    if filters is None:
        return store.figure_rows()

    db = store.db  # type: ignore[attr-defined]
    check(filters, values(db), db)
    where, params = figure_where(filters)
    return [FigureRow(*r[:18], bool(r[18]), *r[19:])  # type: ignore[call-arg]
            for r in db.query(f"SELECT {FIGURE_SQL}{FIGURE_FROM}{where} ORDER BY f.id", params)]


def write_figures_csv(store: Store, fh: IO[str], filters: Filters | None = None) -> int:
    """One row per claimed figure, with its claimant and evidence sentence."""
    return _write_csv(fh, FIGURE_COLUMNS, figure_records(store, filters))


def figure_records(store: Store, filters: Filters | None = None) -> list[dict[str, Any]]:
    return [{
        "figure_id": f.id, "article_id": f.article_id, "published": f.published,
        "source": f.source, "url": f.url, "claimant": f.claimant,
        "claimant_country": f.claimant_country, "claimant_kind": f.claimant_kind,
        "value": f.value, "low": f.low, "high": f.high, "bound": f.bound, "unit": f.unit,
        "outcome": f.outcome, "side": f.side, "place": f.place,
        "period_start": f.period_start, "period_end": f.period_end,
        "running_total": f.running_total, "text": f.text, "start": f.start, "end": f.end,
        "evidence": f.evidence_text,
        "year": _year(f.period_start or f.published),
    } for f in selected_figures(store, filters)]


def _year(day: Any) -> int | None:
    text = day.isoformat() if hasattr(day, "isoformat") else day
    return int(text[:4]) if isinstance(text, str) and text[:4].isdigit() else None


def write_parquet(store: Store, path: str, what: str = "events",
                  partition_by: tuple[str, ...] = (), filters: Filters | None = None) -> int:
    """Events (ACLED-shaped) or figures (one per claimed figure) as Parquet:
    one file, or with ``partition_by`` (e.g. ``("year", "country")``) a
    hive-partitioned dataset folder (``year=2025/country=Ukraine/…``) that
    DuckDB, Spark and pandas read as one table."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    cols: tuple[str, ...]
    if what == "figures":
        rows, cols = figure_records(store, filters), FIGURE_COLUMNS
    else:
        rows, cols = _acled(event_records(store, filters)), ACLED_COLUMNS + WARTA_COLUMNS
    unknown = [c for c in partition_by if c not in cols]
    if unknown:
        raise ValueError(f"cannot partition {what} by {', '.join(unknown)}; "
                         f"columns are {', '.join(cols)}")
    types = _arrow_types(cols)
    schema = pa.schema([(c, types[c]) for c in cols])
    tbl = pa.Table.from_pylist(rows, schema=schema)
    if partition_by:
        part_schema = pa.schema([(c, types[c]) for c in partition_by])
        ds.write_dataset(tbl, path, format="parquet",
                         partitioning=ds.partitioning(part_schema, flavor="hive"),
                         existing_data_behavior="delete_matching")
    else:
        pq.write_table(tbl, path)
    return len(rows)


def _arrow_types(cols: tuple[str, ...]) -> dict[str, Any]:
    import pyarrow as pa

    ints = {"year", "time_precision", "geo_precision", "fatalities", "warta_cluster",
            "figure_id", "article_id", "start", "end"}
    floats = {"latitude", "longitude", "fatalities_low", "fatalities_high", "value", "low",
              "high"}
    out: dict[str, Any] = {}
    for c in cols:
        out[c] = (pa.int64() if c in ints else pa.float64() if c in floats
                  else pa.bool_() if c == "running_total" else pa.string())
    return out
