"""`warta export` with the web UI's filters: the rows the filters select,
unknown values refused, and the web downloads byte for byte the same."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.export import write
from warta.store import Source, Store, content_hash, open_store
from warta.store.select import FilterError, Filters
from warta.store.testing import make_article


def _fill(store: Store) -> None:
    specs = [  # claimant, country, kind, key, place, lat, lon, place country, type, actor, target
        ("Kementerian Pertahanan Rusia", "RU", "government", "RU:government:defence ministry",
         "Kursk", 51.73, 36.19, "RU", "attack", "UA", "RU"),
        ("Ukraine's General Staff", "UA", "military", "UA:military:general staff", "Pokrovsk",
         48.28, 37.18, "UA", "strike", "RU", "UA"),
        ("Gubernur Kharkiv", "UA", "official", "", "Kharkiv", 49.99, 36.23, "UA", "strike", "RU",
         "UA"),
    ]
    for n, (who, cc, kind, key, place, lat, lon, pcc, typ, actor, target) in enumerate(specs):
        text, art = make_article(claimant=who, country=cc, kind=kind, place=place, lat=lat,
                                 lon=lon, place_country=pcc, event_type=typ, actor=actor,
                                 target=target, value=10 + n, lang="en" if n == 1 else "id",
                                 admin1=f"{place} Oblast", day=date(2025, 1, 5 + 7 * n))
        art.claims[0].claimant.key = key
        store.add_article(text, art, Source(f"{n}.txt", source=f"Wire {n}"),
                          content_hash(text), "v1")


@pytest.fixture
def filled(store: Store) -> Store:
    _fill(store)
    return store


def _csv(store: Store, fmt: str, f: Filters | None) -> list[dict[str, str]]:
    buf = io.StringIO()
    write(store, fmt, buf, f)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def test_filters_select_events_and_figures(filled: Store) -> None:
    assert len(_csv(filled, "acled-csv", None)) == 3
    assert {r["location"] for r in _csv(filled, "acled-csv", Filters(country="UA"))} == \
        {"Pokrovsk", "Kharkiv"}
    assert [r["location"] for r in _csv(filled, "acled-csv", Filters(place="kharkiv"))] == \
        ["Kharkiv"]
    assert [r["location"] for r in _csv(filled, "acled-csv", Filters(type="attack"))] == \
        ["Kursk"]
    figs = _csv(filled, "figures-csv", Filters(claimant="UA:military:general staff"))
    assert [(r["claimant"], r["value"]) for r in figs] == [("Ukraine's General Staff", "11.0")]
    assert len(_csv(filled, "figures-csv", Filters(country="UA"))) == 2
    assert _csv(filled, "figures-csv", Filters(start="2026-01-01")) == []


def test_unknown_values_are_refused(filled: Store) -> None:
    with pytest.raises(FilterError, match="Valid values: RU, UA"):
        write(filled, "acled-csv", io.StringIO(), Filters(country="FR"))


def test_cli_export_takes_the_filters(store_url: str, tmp_path: Path) -> None:
    with open_store(store_url) as s:
        _fill(s)
    out = tmp_path / "ua.geojson"
    r = CliRunner().invoke(main, ["export", "--db", store_url, "--format", "geojson",
                                  "--out", str(out), "--country", "UA", "--type", "strike"])
    assert r.exit_code == 0, r.output
    feats = json.loads(out.read_text("utf-8"))["features"]
    assert {f["properties"]["location"] for f in feats} == {"Pokrovsk", "Kharkiv"}
    bad = CliRunner().invoke(main, ["export", "--db", store_url, "--format", "acled-csv",
                                    "--claimant", "ministry"])
    assert bad.exit_code == 2 and "RU:government:defence ministry" in bad.output
    bad = CliRunner().invoke(main, ["export", "--db", store_url, "--format", "acled-csv",
                                    "--from", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_web_download_equals_cli_export(store_url: str, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from warta.web import create_app

    with open_store(store_url) as s:
        _fill(s)
    cases = [("/events.csv", "acled-csv", {"country": "UA", "from": "2025-01-01"}),
             ("/events.geojson", "geojson", {"type": "strike", "located": "1"}),
             ("/figures.csv", "figures-csv", {"claimant": "UA:military:general staff"})]
    for path, fmt, params in cases:
        out = tmp_path / f"out.{fmt}"
        args = ["export", "--db", store_url, "--format", fmt, "--out", str(out)]
        for k, v in params.items():
            args += [f"--{k}"] if k == "located" else [f"--{k}", v]
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 0, r.output
        with open_store(store_url) as s, TestClient(create_app(s)) as client:
            got = client.get(path, params=params)
        assert got.status_code == 200, got.text
        assert "attachment" in got.headers["content-disposition"]
        assert got.content == out.read_bytes() and len(got.content) > 200, path
