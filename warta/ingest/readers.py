"""Articles out of files: plain text, HTML, JSON Lines and WARC archives.

Each reader yields a :class:`Document` per article, or a :class:`ReadFailure`
for an input that cannot be read (binary, not UTF-8, malformed JSON line,
HTML without main text), so one bad input never stops a batch.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from warta.store.records import Source

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
SIDECAR_SUFFIX = ".meta.json"  # story.txt + story.meta.json: published, lang, source...
MIN_HTML_TEXT = 25  # shorter main text is navigation left-overs, not an article
_ALL = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES


@dataclass(slots=True)
class Document:
    text: str
    source: Source


@dataclass(slots=True)
class ReadFailure:
    origin: str
    locator: str
    code: str
    reason: str


Item = Document | ReadFailure


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suf in _ALL:
        if name.endswith(suf):
            return suf
    return path.suffix.lower()


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and readable files under folders named (sorted, recursive)."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    fp = Path(root, f)
                    if _suffix(fp) in _ALL and not f.endswith(SIDECAR_SUFFIX):
                        yield fp
        else:
            yield p


def read(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every article in ``paths`` (files or folders), in order."""
    for path in expand(paths):
        origin = str(path)
        if not path.exists():
            yield ReadFailure(origin, "", "W100", "no such file")
            continue
        suf = _suffix(path)
        try:
            if suf in JSONL_SUFFIXES:
                yield from read_jsonl(path)
            elif suf in WARC_SUFFIXES:
                yield from read_warc(path)
            elif suf in HTML_SUFFIXES:
                yield _one(origin, "", html_document(path.read_bytes(), Source(origin)))
            else:
                yield _one(origin, "", text_document(path.read_bytes(), _sidecar(path)))
        except OSError as err:
            yield ReadFailure(origin, "", "W100", f"cannot read file: {err.strerror or err}")


def _one(origin: str, locator: str, got: Document | str) -> Item:
    return got if isinstance(got, Document) else ReadFailure(origin, locator, "W100", got)


def decode(data: bytes) -> str | None:
    """UTF-8 text, or None when ``data`` is binary or another encoding."""
    if b"\x00" in data[:8192]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    bad = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    return None if sample and bad / len(sample) > 0.05 else text


def parse_date(value: Any) -> date | None:
    """A date from an ISO string (time and zone ignored), or None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _meta_source(origin: str, locator: str, meta: dict[str, Any]) -> Source:
    def s(key: str) -> str | None:
        v = meta.get(key)
        return v if isinstance(v, str) and v.strip() else None

    return Source(origin, locator, title=s("title"), url=s("url"), source=s("source"),
                  published=parse_date(meta.get("published")), lang=s("lang"))


def _sidecar(path: Path) -> Source:
    side = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    if side.exists():
        try:
            meta = json.loads(side.read_text("utf-8"))
            if isinstance(meta, dict):
                return _meta_source(str(path), "", meta)
        except (OSError, ValueError):
            pass
    return Source(str(path))


def text_document(data: bytes, source: Source) -> Document | str:
    """A plain-text article, or the reason it cannot be one."""
    text = decode(data)
    if text is None:
        return "binary or not UTF-8 text"
    if not text.strip():
        return "empty text"
    return Document(text, source)


def html_document(data: bytes | str, source: Source) -> Document | str:
    """The main text, title and publication date of an HTML page."""
    import htmldate
    import trafilatura

    html = data if isinstance(data, str) else _decode_html(data)
    if html is None:
        return "binary, not HTML"
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as err:  # noqa: BLE001 - a broken page must not stop the batch
        return f"HTML could not be parsed: {type(err).__name__}"
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.strip()) < MIN_HTML_TEXT:
        return "HTML with no main text"
    if source.title is None:
        source.title = getattr(doc, "title", None)
    if source.published is None:
        try:
            found = htmldate.find_date(html, original_date=True, extensive_search=False)
        except Exception:  # noqa: BLE001
            found = None
        source.published = parse_date(found or getattr(doc, "date", None))
    return Document(text, source)


def _decode_html(data: bytes) -> str | None:
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_jsonl(path: Path) -> Iterator[Item]:
    """One article per line: ``text`` and optionally url, title, published,
    lang, source."""
    origin = str(path)
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            loc = f"line {n}"
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield ReadFailure(origin, loc, "W100", "line is not UTF-8")
                continue
            except ValueError as err:
                yield ReadFailure(origin, loc, "W100", f"malformed JSON: {err}")
                continue
            if not isinstance(obj, dict):
                yield ReadFailure(origin, loc, "W100", "line is not a JSON object")
                continue
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                yield ReadFailure(origin, loc, "W100", "no \"text\" string in the object")
                continue
            yield Document(text, _meta_source(origin, loc, obj))


def read_warc(path: Path) -> Iterator[Item]:
    """HTML and plain-text responses (and resources) in a WARC/ARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    found = 0
    with path.open("rb") as fh:
        try:
            for rec in ArchiveIterator(fh, arc2warc=True):
                if rec.rec_type not in ("response", "resource"):
                    continue
                if rec.rec_type == "response" and rec.http_headers is not None:
                    ctype = rec.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = rec.rec_headers.get_header("Content-Type") or ""
                ctype = ctype.lower()
                if "html" not in ctype and "text/plain" not in ctype:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                loc = "record " + (rec.rec_headers.get_header("WARC-Record-ID") or "?")
                data = rec.content_stream().read()
                src = Source(origin, loc, url=url)
                got = (html_document(data, src) if "html" in ctype
                       else text_document(data, src))
                found += 1
                yield _one(origin, loc, got)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as err:
            yield ReadFailure(origin, "", "W100", f"not a readable WARC file: {err}")
            return
    if not found:
        yield ReadFailure(origin, "", "W100", "no HTML or text records in the WARC file")
