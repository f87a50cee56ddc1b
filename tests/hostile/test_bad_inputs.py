"""Hostile files: NUL characters, UTF-16, truncated archives, damaged lines.
``extract`` and ``ingest`` read them alike, and SQLite and PostgreSQL end up
with the same articles and the same error rows."""

from __future__ import annotations

import io
import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.ingest import ingest
from warta.ingest.readers import Document, read
from warta.store import Source, Store, content_hash, open_store
from warta.store.testing import fake_extract, pg_url, reset_postgres

ROOT = Path(__file__).resolve().parents[2]
GOOD_ID = "Kementerian Pertahanan mengatakan 12 tentara tewas di dekat Kursk pada hari Minggu."
GOOD_EN = "The defence ministry said 12 soldiers were killed near Kursk on Sunday."


def _warc(gzip: bool, n: int = 3) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    for i in range(n):
        body = (f"<html><head><title>Laporan {i}</title></head><body><article><p>{GOOD_ID} "
                f"Laporan nomor {i} dari arsip {int(gzip)}.</p></article></body></html>").encode()
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://example.org/{i}", "response",
                                            payload=io.BytesIO(body), http_headers=hh))
    return buf.getvalue()


def bad_folder(root: Path) -> Path:
    """One of every kind of bad input, with good articles between them."""
    d = root / "bad"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD_ID, "utf-8")
    (d / "b_nul_late.txt").write_text(GOOD_EN + " " * 9000 + "\x00 tail", "utf-8")
    (d / "c_utf16.txt").write_bytes(GOOD_EN.replace("12", "14").encode("utf-16"))
    (d / "d_latin.txt").write_bytes("Kherson: 5 tewas, kata pejabat é".encode("latin-1"))
    (d / "e_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    lines = [json.dumps({"text": GOOD_EN.replace("12", "15")}),
             json.dumps({"text": "Pasukan kehilangan 3 tank\u0000 di Kursk."}),
             json.dumps({"text": "Serangan di Kherson\ud800 melukai 4 warga."}),
             '{"text": "unfinished',
             json.dumps({"text": GOOD_ID.replace("12", "16"), "title": "Judul\u0000"}),
             json.dumps({"text": GOOD_ID.replace("12", "17")})]
    (d / "f_lines.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (d / "g_cut.warc").write_bytes(_warc(False)[:-100])  # the last record lacks its end
    whole = _warc(True)
    (d / "h_cut.warc.gz").write_bytes(whole[:len(whole) * 5 // 6])
    return d


def _ingest(url: str, folder: Path) -> tuple[dict[str, int], list[tuple[str, str, str, str]]]:
    with open_store(url) as store:
        ingest([folder], store, extractor=fake_extract, progress=False, workers=0,
               published="2025-01-06")
        rep = ingest([folder], store, extractor=fake_extract, progress=False, workers=0,
                     published="2025-01-06")
        assert rep.stored == 0  # a rerun fails the same way and stores nothing twice
        rows = sorted((Path(e.origin).name, e.locator, e.code, e.reason) for e in store.errors())
        return store.counts(), rows


def test_bad_folder_is_recorded_alike_on_both_stores(tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    counts, rows = _ingest(str(tmp_path / "w.db"), folder)
    errors = {(name, loc): reason for name, loc, _, reason in rows}
    assert counts["articles"] == 1 + 1 + 2 + 2 + 2  # txt, utf-16, jsonl, warc, warc.gz
    assert counts["errors"] == len(rows) == 9
    assert "NUL byte at byte" in errors[("b_nul_late.txt", "")]
    assert "NUL character at character" in errors[("f_lines.jsonl", "line 2")]
    assert "lone surrogate" in errors[("f_lines.jsonl", "line 3")]
    assert "byte " in errors[("f_lines.jsonl", "line 4")]
    assert "title" in errors[("f_lines.jsonl", "line 5")]
    cut = [r for (name, _), r in errors.items() if name == "g_cut.warc"]
    assert len(cut) == 1 and "truncated" in cut[0] and "2 records read" in cut[0]
    cut_gz = [(loc, r) for (name, loc), r in errors.items() if name == "h_cut.warc.gz"]
    assert len(cut_gz) == 1 and cut_gz[0][0].startswith("byte ") and "lost" in cut_gz[0][1]
    url = pg_url()
    if url is None:
        pytest.skip("no PostgreSQL: eval \"$(bash .ci/postgres.sh)\" sets WARTA_TEST_PG_URL")
    reset_postgres(url)
    assert _ingest(url, folder) == (counts, rows)


def test_extract_and_ingest_read_files_alike(tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    items = {Path(i.source.origin if isinstance(i, Document) else i.origin).name: i
             for i in read(files)}
    for path in files:
        r = CliRunner().invoke(main, ["extract", str(path), "--lang", "en"])
        got = items[path.name]
        if isinstance(got, Document):
            assert r.exit_code == 0, r.output
            sents = json.loads(r.stdout)["sentences"]
            assert sents and sents[-1]["end"] <= len(got.text)
        else:
            assert r.exit_code == 2
            assert got.reason.split(".")[0] in r.output


def test_store_refuses_nul_alike(store: Store) -> None:
    from warta.errors import UnstorableError

    text = "Pasukan kehilangan 3 tank\x00 di Kursk."
    with pytest.raises(UnstorableError, match="NUL"):
        store.add_article(text, fake_extract(text), Source("x.txt"), content_hash(text), "v1")
    store.record_error("x.txt", "", "W100", "reason with a NUL \x00 in it")
    assert [e.reason for e in store.errors()] == ["reason with a NUL \\x00 in it"]
    assert store.counts()["articles"] == 0


def test_html_reader_dependency_is_declared() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    assert any(d.replace("-", "_").startswith(("lxml_html_clean==", "lxml[html_clean]==")) for d in deps)
    import lxml_html_clean  # noqa: F401 - what trafilatura imports to read any HTML


@pytest.mark.parametrize("param", ["q", "place", "claimant"])
def test_web_nul_in_text_parameters_is_a_bad_request(store: Store, param: str) -> None:
    from starlette.testclient import TestClient

    from warta.web import create_app

    with TestClient(create_app(store), raise_server_exceptions=False) as client:
        for path in ("/search.json", "/events.json", "/claims.json"):
            r = client.get(path, params={param: "Kursk\x00"})
            assert r.status_code == 400, (path, r.status_code, r.text[:200])
            assert r.json()["error"]["param"] == param



def test_html_without_its_packages_is_an_error_row_not_a_crash(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    (tmp_path / "a.html").write_text(f"<html><body><article><p>{GOOD_ID}</p></article></body></html>",
                                     "utf-8")
    (tmp_path / "b.txt").write_text(GOOD_EN, "utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as on a broken install
    with open_store(str(tmp_path / "w.db")) as store:
        rep = ingest([tmp_path], store, extractor=fake_extract, progress=False, workers=0,
                     published="2025-01-06")
        assert (rep.stored, rep.failed) == (1, 1)
        (err,) = store.errors()
        assert Path(err.origin).name == "a.html" and "package is missing" in err.reason
