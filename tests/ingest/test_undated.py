"""Warn, don't drop: an article with relative dates and no publication date is
reported (once per run, and recorded); HTML date metadata anchors it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.ingest import ingest
from warta.store import open_store

TEXTS = {
    "id": "Pasukan Rusia menyerang desa itu kemarin, dan 12 tentara tewas, kata kementerian.",
    "en": "Russian troops attacked the village yesterday and 12 soldiers were killed, the ministry said.",
}
ABSOLUTE = {
    "id": "Pasukan Rusia menyerang desa itu pada 5 Januari 2025, kata kementerian.",
    "en": "Russian troops attacked the village on 5 January 2025, the ministry said.",
}
BODY = ("<article><h1>Laporan</h1><p>{text} Pernyataan itu dibacakan di depan wartawan "
        "di ibu kota.</p></article>")
PAGES = {
    "meta": ('<html><head><title>A</title><meta property="article:published_time" '
             'content="2025-01-07T08:00:00+07:00"></head><body>{body}</body></html>'),
    "jsonld": ('<html><head><title>A</title><script type="application/ld+json">{{"@context": '
               '"https://schema.org", "@type": "NewsArticle", "datePublished": '
               '"2025-01-07T10:00:00Z"}}</script></head><body>{body}</body></html>'),
    "time": ('<html><head><title>A</title></head><body><p>Terbit <time datetime="2025-01-07">'
             '7/1/2025</time></p>{body}</body></html>'),
}


def _write(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for code, text in texts.items():
        p = folder / f"{code}.txt"
        p.write_text(text, "utf-8")
        (folder / f"{code}.meta.json").write_text(json.dumps({"lang": code}), "utf-8")
        out.append(p)
    return out


def test_extract_warns_once_per_run_and_records_it(tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", TEXTS) + _write(tmp_path / "abs", ABSOLUTE)
    r = CliRunner().invoke(main, ["extract", *map(str, paths), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert r.stderr.count("warning:") == 1 and "2 article(s)" in r.stderr
    for code in TEXTS:
        doc = json.loads((tmp_path / "out" / f"{code}.json").read_text("utf-8"))
        (w,) = doc["warnings"]
        assert w["code"] == "W210" and ("kemarin" in w["message"] or "yesterday" in w["message"])
    for name in ("id-2", "en-2"):  # absolute dates only: nothing lost, nothing said
        assert "warnings" not in json.loads((tmp_path / "out" / f"{name}.json").read_text("utf-8"))


@pytest.mark.parametrize("code", ["id", "en"])
def test_extract_with_a_publication_date_says_nothing(tmp_path: Path, code: str) -> None:
    (path,) = _write(tmp_path, {code: TEXTS[code]})
    r = CliRunner().invoke(main, ["extract", str(path), "--published", "2025-01-07"])
    assert r.exit_code == 0 and "warning" not in r.stderr
    assert "warnings" not in json.loads(r.stdout)
    single = CliRunner().invoke(main, ["extract", str(path)])
    assert single.stderr.count("warning:") == 1 and "1 article(s)" in single.stderr


def test_ingest_records_undated_articles_and_says_so_once(tmp_path: Path) -> None:
    _write(tmp_path / "in", TEXTS)
    with open_store(str(tmp_path / "w.db")) as store:
        rep = ingest([tmp_path / "in"], store, progress=False, workers=0)
        assert (rep.stored, rep.failed, rep.undated) == (2, 0, 2)
        assert rep.summary().count("warning:") == 1
        notes = {Path(e.origin).name: e for e in store.errors()}
        assert set(notes) == {"id.txt", "en.txt"} and {e.code for e in notes.values()} == {"W210"}
    with open_store(str(tmp_path / "dated.db")) as store:
        rep = ingest([tmp_path / "in"], store, progress=False, workers=0, published="2025-01-07")
        assert (rep.stored, rep.undated) == (2, 0) and store.errors() == []


@pytest.mark.parametrize("kind", sorted(PAGES))
@pytest.mark.parametrize("code", ["id", "en"])
def test_ingest_takes_the_date_from_html_metadata(tmp_path: Path, kind: str, code: str) -> None:
    page = PAGES[kind].format(body=BODY.format(text=TEXTS[code]))
    (tmp_path / "page.html").write_text(page, "utf-8")
    with open_store(str(tmp_path / "w.db")) as store:
        rep = ingest([tmp_path / "page.html"], store, lang=code, progress=False, workers=0)
        assert (rep.stored, rep.undated) == (1, 0)
        (art,) = store.articles()
        assert art.published == date(2025, 1, 7)
        times = store.result_json(art.id)["times"]
        assert any(t["start_date"] == "2025-01-06" for t in times), times
        assert store.errors() == []
