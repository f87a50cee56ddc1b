"""The store commands end to end: ingest (with a bad input), errors, claims,
events, unmerge, search, export, reprocess; SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import warta.ingest.runner as runner
from warta.cli import main
from warta.store.testing import fake_extract, make_article

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def _run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, list(args))
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res.exit_code, res.stdout, res.stderr


def test_cli_ingest_then_errors_and_claims(store_url: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "default_extractor", lambda: fake_extract)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "Ukraina: 40 tentara tewas.", "published": "2025-01-05"})
                   + "\n{oops\n" + json.dumps({"text": "Rusia: 340 tentara tewas.",
                                               "published": "2025-01-05"}) + "\n", "utf-8")
    code, out, err = _run("ingest", str(src), "--db", store_url)
    assert code == 0 and "2 stored" in err and "1 failed" in err and "warta errors" in err
    code, out, err = _run("ingest", str(src), "--db", store_url)
    assert "0 stored, 2 already stored" in err
    code, out, _ = _run("errors", "--db", store_url)
    assert out.startswith(f"{src}:line 2\t[W100] malformed JSON")
    code, out, _ = _run("claims", "--db", store_url, "--side", "UA", "--json")
    (m,) = json.loads(out)
    assert m["range"] == {"low": 40, "high": 340} and len(m["entries"]) == 2
    code, out, _ = _run("claims", "--db", store_url, "--unit", "tanks")
    assert out == ""
    code, out, _ = _run("search", "tentara", "--db", store_url)
    assert len(out.splitlines()) == 2
    code, out, _ = _run("export", "--db", store_url, "--format", "jsonl")
    assert len(out.splitlines()) == 2


def test_cli_events_inspect_and_unmerge(store_url: str) -> None:
    from warta.store import Source, content_hash, open_store

    with open_store(store_url) as store:
        for n, lat in enumerate((51.73, 51.75)):
            text, art = make_article(lat=lat, extra=f" Laporan {n}.")
            store.add_article(text, art, Source(f"{n}.txt"), content_hash(text), "v1")
        (cl,) = store.clusters()
    code, out, err = _run("events", "--db", store_url)
    assert out.startswith(f"cluster {cl.id}: attack at Kursk on 2025-01-05, 2 events")
    code, out, _ = _run("events", "--db", store_url, "--cluster", str(cl.id))
    assert "why: matches event" in out and "evidence: Serangan itu terjadi" in out
    code, out, _ = _run("events", "--db", store_url, "--cluster", str(cl.id), "--json")
    assert len(json.loads(out)[0]["members"]) == 2
    code, _, err = _run("unmerge", str(cl.id), "--db", store_url)
    assert code == 0 and "unmerged" in err
    code, _, err = _run("unmerge", str(cl.id), "--db", store_url)
    assert code == 2 and "W500" in err
    code, _, err = _run("events", "--db", store_url, "--cluster", "999")
    assert code == 2


def test_cli_example_corpus_shows_disagreement(tmp_path: Path) -> None:
    """The real extractor over examples/corpus: some measure has two or more
    claimants with different values, and every evidence span holds."""
    db = str(tmp_path / "ex.db")
    code, _, err = _run("ingest", str(CORPUS), "--db", db)
    assert code == 0 and "0 failed" in err, err
    code, out, _ = _run("claims", "--db", db, "--contested", "--json")
    measures = json.loads(out)
    assert any(len({e["value"] for e in m["entries"]}) >= 2 for m in measures)
    code, _, err = _run("claims", "--db", db, "--side", "ua", "--unit", "personnel", "--outcome", "killed")
    assert code == 0 and err.strip().endswith(("1 measure", "2 measures", "3 measures"))
    assert " 1 measures" not in err
    from warta.store import open_store

    with open_store(db) as store:
        for f in store.figure_rows():
            a = store.article(f.article_id)
            assert a is not None and a.text[f.start:f.end] == f.text
            assert a.text[f.evidence_start:f.evidence_end] == f.evidence_text
        for e in store.event_rows():
            a = store.article(e.article_id)
            assert a is not None and all(0 <= s < t <= len(a.text) for s, t in e.evidence)
    code, _, err = _run("reprocess", "--db", db)
    assert "0 re-extracted" in err
    code, _, err = _run("reprocess", "--db", db, "--all")
    assert "8 re-extracted" in err


def test_cli_claims_text_shows_one_claimant_bounds_and_disputes(tmp_path: Path) -> None:
    """The example corpus names Russia's defence ministry in both languages, gives
    a lower bound ("at least 90") and doubts figures ("could not be verified")."""
    db = str(tmp_path / "ex.db")
    _run("ingest", str(CORPUS), "--db", db)
    code, out, _ = _run("claims", "--db", db, "--side", "UA", "--unit", "personnel")
    lines = [ln for ln in out.splitlines() if not ln.startswith("              [")]
    ministry = [ln for ln in lines if "Kementerian Pertahanan Rusia" in ln]
    assert len(ministry) == 1 and "also named Russia's defence ministry" in ministry[0]
    assert "DISPUTED by" in ministry[0]
    assert any(ln.split()[0] == "≥90" for ln in lines[1:])
    assert not any("hari Senin" in ln for ln in lines)
