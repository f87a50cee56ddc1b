"""Readers: .txt (+ sidecar), .html, .jsonl, WARC, folders, and bad inputs."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from warta.ingest.readers import Document, ReadFailure, read

HTML = """<html><head><title>Serangan drone di Belgorod</title>
<meta property="article:published_time" content="2025-02-03T08:00:00Z"></head>
<body><nav>Beranda | Dunia | Olahraga</nav><article><h1>Serangan drone di Belgorod</h1>
<p>Gubernur wilayah Belgorod mengatakan pada hari Senin bahwa tiga warga sipil terluka
ketika sebuah drone menghantam gedung apartemen di pinggiran kota.</p>
<p>Kementerian Pertahanan Rusia menyatakan pasukannya menembak jatuh 27 drone dalam
semalam di atas beberapa wilayah perbatasan.</p></article>
<footer>Hak cipta dilindungi</footer></body></html>"""


def _items(*paths: Path) -> list[Document | ReadFailure]:
    return list(read(paths))


def test_read_txt_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Twelve drones were shot down overnight.\n", "utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"published": "2025-01-05T10:00:00+07:00", "lang": "en",
                    "source": "Wire"}), "utf-8")
    (doc,) = _items(tmp_path)
    assert isinstance(doc, Document)
    assert doc.text == "Twelve drones were shot down overnight.\n"
    assert doc.source.published == date(2025, 1, 5) and doc.source.lang == "en"
    assert doc.source.source == "Wire" and doc.source.origin.endswith("a.txt")


def test_read_html_main_text_title_date(tmp_path: Path) -> None:
    p = tmp_path / "p.html"
    p.write_text(HTML, "utf-8")
    (doc,) = _items(p)
    assert isinstance(doc, Document)
    assert "tiga warga sipil terluka" in doc.text and "27 drone" in doc.text
    assert "Beranda" not in doc.text and "Hak cipta" not in doc.text
    assert doc.source.title == "Serangan drone di Belgorod"
    assert doc.source.published == date(2025, 2, 3)


def test_read_jsonl_lines_and_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": "Ukraina mengklaim 40 tentara Rusia tewas.", "lang": "id",
                    "published": "2025-03-01", "url": "https://example.org/1",
                    "title": "Klaim", "source": "Kantor berita"}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Russia said 120 soldiers were killed.", "published": "bad"}),
    ]
    p.write_text("\n".join(lines) + "\n", "utf-8")
    items = _items(p)
    assert [type(i).__name__ for i in items] == [
        "Document", "ReadFailure", "ReadFailure", "ReadFailure", "Document"]
    first, bad_json, no_text, not_obj, last = items
    assert isinstance(first, Document) and first.source.locator == "line 1"
    assert first.source.published == date(2025, 3, 1) and first.source.lang == "id"
    assert first.source.url == "https://example.org/1" and first.source.title == "Klaim"
    assert isinstance(bad_json, ReadFailure) and bad_json.locator == "line 2"
    assert "malformed JSON" in bad_json.reason
    assert isinstance(no_text, ReadFailure) and no_text.locator == "line 4"
    assert isinstance(not_obj, ReadFailure) and "not a JSON object" in not_obj.reason
    assert isinstance(last, Document) and last.source.published is None


def test_read_bad_files_become_failures(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "latin.txt").write_bytes("Serangan di Kherson, kata pejabat é".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "nav.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp_path / "bad.warc.gz").write_bytes(b"this is not a warc archive at all")
    items = _items(tmp_path, tmp_path / "missing.txt")
    reasons = {Path(i.origin).name: i.reason for i in items if isinstance(i, ReadFailure)}
    assert not [i for i in items if isinstance(i, Document)]
    assert "NUL byte at byte 8" in reasons["bin.txt"]
    assert "not valid UTF-8 (byte 34)" in reasons["latin.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "HTML with no main text" in reasons["nav.html"]
    assert reasons["bad.warc.gz"].startswith(("no HTML or text records", "not a readable"))
    assert "no such file" in reasons["missing.txt"]


def test_read_warc_html_and_text_records(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with p.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, ctype, body in (
            ("https://example.org/a", "text/html; charset=utf-8", HTML.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\x00\x00"),
            ("https://example.org/empty", "text/html", b"<html><body></body></html>"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                       protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=headers))
    items = _items(p)
    assert len(items) == 2
    doc, empty = items
    assert isinstance(doc, Document) and doc.source.url == "https://example.org/a"
    assert "27 drone" in doc.text and doc.source.published == date(2025, 2, 3)
    assert doc.source.locator.startswith("record <urn:uuid:")
    assert isinstance(empty, ReadFailure) and empty.reason == "HTML with no main text"
