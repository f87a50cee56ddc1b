"""Command-line values are checked before any work: dates, vocabulary (any
case, valid values listed), databases that must exist, output paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.store import Source, content_hash, open_store
from warta.store.testing import make_article

ID_TEXT = "Kementerian Pertahanan mengatakan 40 tentara tewas di dekat Kursk pada hari Minggu."
EN_TEXT = "The defence ministry said 40 soldiers were killed near Kursk on Sunday."


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args))


def clean_error(r, *needles: str) -> None:  # noqa: ANN001
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    for needle in needles:
        assert needle in r.output, (needle, r.output)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "w.db")
    with open_store(path) as store:
        text, art = make_article(value=40, side="UA")
        store.add_article(text, art, Source("a.txt"), content_hash(text), "v1")
    return path


def test_claims_values_are_case_insensitive(db: str) -> None:
    plain = run("claims", "--db", db, "--side", "UA", "--unit", "personnel", "--outcome",
                "killed", "--since", "2025-01-01", "--json")
    mixed = run("claims", "--db", db, "--side", "ua", "--unit", "Personnel", "--outcome",
                "KILLED", "--since", " 2025-01-01", "--json")
    assert plain.exit_code == mixed.exit_code == 0, mixed.output
    assert len(json.loads(plain.stdout)) == 1
    assert json.loads(mixed.stdout) == json.loads(plain.stdout)


@pytest.mark.parametrize("option, value, valid", [
    ("--unit", "tank", "tanks"), ("--outcome", "dead", "killed"),
    ("--side", "ukraine", "UA"), ("--since", "notadate", "YYYY-MM-DD"),
    ("--since", "2025-13-45", "YYYY-MM-DD")])
def test_claims_bad_values_name_the_valid_ones(db: str, option: str, value: str,
                                               valid: str) -> None:
    clean_error(run("claims", "--db", db, option, value), option, valid)


def test_ingest_refuses_an_impossible_date(tmp_path: Path) -> None:
    from warta.errors import InputError
    from warta.ingest import ingest

    src = tmp_path / "a.txt"
    src.write_text(ID_TEXT, "utf-8")
    db = tmp_path / "w.db"
    clean_error(run("ingest", str(src), "--db", str(db), "--published", "2025-13-45"),
                "--published", "YYYY-MM-DD")
    with open_store(str(db)) as store, pytest.raises(InputError, match="not a date"):
        ingest([src], store, published="2025-13-45", workers=0, progress=False)
    with open_store(str(db)) as store:
        assert store.counts()["articles"] == 0


@pytest.mark.parametrize("args", [["claims"], ["errors"], ["events"], ["search", "Kursk"],
                                  ["export", "--format", "jsonl"], ["reprocess"],
                                  ["unmerge", "1"]])
def test_commands_refuse_a_database_that_does_not_exist(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "missing.db"
    clean_error(run(*args, "--db", str(missing)), "no database at", "warta ingest")
    assert not missing.exists()


def test_export_to_a_missing_folder_is_a_clean_error(db: str, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "dir" / "x.jsonl"
    clean_error(run("export", "--db", db, "--format", "jsonl", "--out", str(out)),
                "no folder", str(out.parent))


def test_extract_out_gives_same_stems_distinct_names(tmp_path: Path) -> None:
    for folder, text in (("id", ID_TEXT), ("en", EN_TEXT)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    r = run("extract", str(tmp_path / "id" / "story.txt"), str(tmp_path / "en" / "story.txt"),
            "--out", str(out), "--published", "2025-01-05")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["story-2.json", "story.json"]
    assert json.loads((out / "story.json").read_text("utf-8"))["lang"] == "id"
    assert json.loads((out / "story-2.json").read_text("utf-8"))["lang"] == "en"
    assert "written as story-2.json" in r.stderr


def test_out_names_never_take_another_inputs_name() -> None:
    from warta.cli.extract import out_names

    assert out_names(["a/x.txt", "b/x.txt", "c/x-2.txt"]) == ["x", "x-3", "x-2"]
    assert out_names(["a/x.txt", "-", "b/x.html", "-"]) == ["x", "stdin", "x-2", "stdin-2"]
