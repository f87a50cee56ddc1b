"""Numbers too large for a float never become ``inf``, and every JSON output is
strict JSON (no ``Infinity`` or ``NaN``) from extract, export and the web app."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

import warta
from warta.cli import main
from warta.export import export
from warta.ingest import ingest
from warta.store import Store

HUGE = "9" * 400
TEXTS = {
    "id": f"Kementerian Pertahanan Rusia mengatakan {HUGE} tentara Ukraina tewas di Kursk.",
    "en": f"The Russian defence ministry said {HUGE} Ukrainian soldiers were killed near Kursk.",
}


def strict(text: str) -> object:
    def refuse(const: str) -> object:
        raise ValueError(f"not JSON: {const}")

    return json.loads(text, parse_constant=refuse)


def _numbers(obj: object) -> list[float]:
    if isinstance(obj, dict):
        return [n for v in obj.values() for n in _numbers(v)]
    if isinstance(obj, list):
        return [n for v in obj for n in _numbers(v)]
    return [float(obj)] if isinstance(obj, (int, float)) and not isinstance(obj, bool) else []


@pytest.mark.parametrize("code", ["id", "en"])
def test_huge_number_is_not_inf(code: str) -> None:
    art = warta.extract(TEXTS[code], lang=code, published="2025-01-05")
    doc = art.to_json()
    assert all(math.isfinite(n) for n in _numbers(doc))
    json.dumps(doc, allow_nan=False)


@pytest.mark.parametrize("code", ["id", "en"])
def test_extract_cli_writes_strict_json(code: str, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXTS[code], encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(src), "--lang", code, "--published", "2025-01-05"])
    assert r.exit_code == 0, r.output
    assert strict(r.stdout)["lang"] == code


def _filled(store: Store, tmp_path: Path) -> None:
    for code, text in TEXTS.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{code}.meta.json").write_text(json.dumps({"lang": code}), encoding="utf-8")
    rep = ingest([tmp_path], store, published="2025-01-05", workers=0, progress=False)
    assert rep.stored == 2, rep.failures


def test_export_and_web_json_stay_strict(store: Store, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from warta.web import create_app

    _filled(store, tmp_path)
    for fmt in ("jsonl", "geojson"):
        out = tmp_path / f"out.{fmt}"
        export(store, fmt, out)
        for line in out.read_text(encoding="utf-8").splitlines():
            strict(line)
    with TestClient(create_app(store), raise_server_exceptions=False) as client:
        for path in ("/claims.json", "/timeline.json", "/events.json", "/articles/1.json"):
            r = client.get(path)
            assert r.status_code == 200, (path, r.text[:200])
            strict(r.text)
