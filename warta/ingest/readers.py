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

from warta.errors import InputError
from warta.io import MAX_BYTES, check_text, decode, read_bytes
from warta.store.records import Source

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
SIDECAR_SUFFIX = ".meta.json"  # story.txt + story.meta.json: published, lang, source...
MIN_HTML_TEXT = 25  # shorter main text is navigation left-overs, not an article
HTML_START = ("<!doctype html", "<html")
_ALL = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES


@dataclass(slots=True)
class Document:
    text: str
    source: Source
    html: bool = False  # the text is an HTML page's main text


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


def read(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every article in ``paths`` (files or folders), in order."""
    for path in expand(paths):
        origin = str(path)
        suf = _suffix(path)
        try:
            if suf in JSONL_SUFFIXES:
                yield from read_jsonl(path)
            elif suf in WARC_SUFFIXES:
                yield from read_warc(path)
            else:
                yield load_file(path, max_bytes)
        except InputError as err:  # the origin is recorded beside the reason
            yield ReadFailure(origin, "", err.code, str(err).removeprefix(origin).lstrip(": "))
        except OSError as err:
            yield ReadFailure(origin, "", "W100", f"cannot read file: {err.strerror or err}")


def is_html(path: str | Path, text: str) -> bool:
    """An HTML page by its name, or by how its text begins."""
    return (_suffix(Path(path)) in HTML_SUFFIXES
            or text.lstrip()[:15].lower().startswith(HTML_START))


def load_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """The article in one text or HTML file (``-`` = standard input), the one
    reader ``extract`` and ``ingest`` share; InputError says why it cannot be read.
    An HTML page gives its main text, title and date; a text file its exact
    text and what its ``.meta.json`` sidecar says."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    html = name != "-" and _suffix(Path(name)) in HTML_SUFFIXES
    text = decode(data, name, fallback="cp1252" if html else None)
    if not text.strip():
        raise InputError(f"{name} is empty", "give warta an article with some text")
    source = _sidecar(Path(name)) if name != "-" else Source(name)
    if not is_html(name, text):
        return Document(text, source)
    got = html_document(text, source)
    if isinstance(got, str):
        raise InputError(f"{name}: {got}",
                         "give warta the article's text, or a page with an article in it")
    got.html = True
    return got


def _one(origin: str, locator: str, got: Document | str) -> Item:
    return got if isinstance(got, Document) else ReadFailure(origin, locator, "W100", got)


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
    try:
        text = decode(data, "the text")
    except InputError as err:
        return str(err)
    if not text.strip():
        return "empty text"
    return Document(text, source)


def html_document(data: bytes | str, source: Source) -> Document | str:
    """The main text, title and publication date of an HTML page."""
    try:
        import htmldate
        import trafilatura
    except ImportError as err:  # a broken install: every page says so, the batch goes on
        return f"cannot read HTML, a package is missing ({err}); reinstall warta"
    try:
        html = data if isinstance(data, str) else decode(data, "the page", fallback="cp1252")
    except InputError as err:
        return str(err)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except ImportError as err:
        return f"cannot read HTML, a package is missing ({err}); reinstall warta"
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


def read_jsonl(path: Path) -> Iterator[Item]:
    """One article per line: ``text`` and optionally url, title, published,
    lang, source. A bad line is reported with its line number and byte offset."""
    origin = str(path)
    offset = 0
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            at, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            yield _jsonl_line(raw, origin, f"line {n}", at)


def _jsonl_line(raw: bytes, origin: str, loc: str, at: int) -> Item:
    where = f"({loc}, byte {at} of the file)"
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        return ReadFailure(origin, loc, "W100", f"not UTF-8 at byte {at + err.start} {where}")
    except json.JSONDecodeError as err:
        return ReadFailure(origin, loc, "W100",
                           f"malformed JSON ({err.msg}) at byte {at + err.pos} {where}")
    except (ValueError, RecursionError) as err:
        return ReadFailure(origin, loc, "W100", f"malformed JSON: {err} {where}")
    if not isinstance(obj, dict):
        return ReadFailure(origin, loc, "W100", f"line is not a JSON object {where}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(origin, loc, "W100", f"no \"text\" string in the object {where}")
    try:
        for key in ("text", "title", "url", "source", "lang", "published"):
            value = obj.get(key)
            if isinstance(value, str):
                check_text(value, f"the \"{key}\" field")
    except InputError as err:
        return ReadFailure(origin, loc, err.code, f"{err.message} {where}")
    return Document(text, _meta_source(origin, loc, obj))


def read_warc(path: Path) -> Iterator[Item]:
    """HTML and plain-text responses (and resources) in a WARC/ARC file. A
    truncated or damaged archive is reported with the offset where reading
    stopped and how many bytes after it were lost."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    found = 0
    size = path.stat().st_size
    with path.open("rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True)
        try:
            for rec in it:
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
                missing = getattr(rec.raw_stream, "limit", 0) or 0
                if missing:
                    yield ReadFailure(origin, loc, "W100", _lost(size, found, missing))
                    return
                src = Source(origin, loc, url=url)
                got = (html_document(data, src) if "html" in ctype
                       else text_document(data, src))
                found += 1
                yield _one(origin, loc, got)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as err:
            where = f"byte {it.offset}"
            yield ReadFailure(origin, where, "W100",
                              f"not a readable WARC file at {where}: {err}; "
                              f"{found} records read before it, the rest ({size - it.offset} bytes) lost")
            return
    if it.offset < size:
        yield ReadFailure(origin, f"byte {it.offset}", "W100",
                          f"the archive is truncated or damaged at byte {it.offset}: {found} records "
                          f"read, the last {size - it.offset} bytes could not be read and are lost")
    elif not found:
        yield ReadFailure(origin, "", "W100", "no HTML or text records in the WARC file")


def _lost(size: int, found: int, missing: int) -> str:
    return (f"the archive is truncated at byte {size}: this record lacks its last {missing} "
            f"bytes and is lost ({found} records read before it)")
