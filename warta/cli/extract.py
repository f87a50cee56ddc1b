"""``warta extract``: one or many articles to contract JSON or a readable table."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from warta.cli import main
from warta.errors import ExtractorError, InputError, WartaError
from warta.io import MAX_BYTES
from warta.pipeline.extract import extract, parse_published
from warta.pipeline.undated import UNDATED, note, unanchored, warning
from warta.report import render

_UNDATED: list[str] = []  # inputs of this run whose relative dates had no anchor


def _load(path: str, max_bytes: int) -> tuple[str, date | None, bool]:
    """The article's text, its own publication date (HTML metadata or a
    ``.meta.json`` sidecar), and whether it was HTML: the reader ``ingest`` uses.

    For an HTML page, the text is its main text (offsets refer to that text,
    which the JSON then carries); otherwise the file's text exactly as decoded.
    """
    from warta.ingest.readers import load_file

    doc = load_file(path, max_bytes)
    return doc.text, doc.source.published, doc.html


def _run(path: str, max_bytes: int, code: str | None, when: date | None,  # noqa: ANN202
         demonyms: bool = False, literal: bool = False, facilities: bool = False):
    text, page_date, html = _load(path, max_bytes)
    try:
        article = extract(text, lang=code, published=when or page_date, demonyms=demonyms,
                          literal_places=literal, facilities=facilities)
    except WartaError:
        raise
    except Exception as err:  # noqa: BLE001 - a fault of warta's stops no batch and shows no traceback
        raise ExtractorError(f"extraction failed on {path}: {type(err).__name__}: {err}",
                             "this is a bug in warta: please report it with the article") from err
    doc = article.to_json()
    if html:
        doc["text"] = article.text  # the offsets refer to the page's main text
    lost = unanchored(article)
    if lost:  # recorded in the output; the run says so once
        doc["warnings"] = [{"code": UNDATED, "message": note(lost)}]
        _UNDATED.append(path)
    return article, doc


def _format(article, doc: dict, fmt: str, doc_id: str) -> str:  # noqa: ANN001
    if fmt == "table":
        return render(article)
    if fmt == "timeml":
        from warta.timeml import to_timeml

        return to_timeml(article, doc_id)
    return _dump(doc)


def _dump(article_json: dict) -> str:
    return json.dumps(article_json, ensure_ascii=False, indent=2, allow_nan=False)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", default="auto", show_default=True,
              help="Language of the articles (id, en) or auto to detect each.")
@click.option("--published", help="Publication date YYYY-MM-DD, the anchor for relative dates.")
@click.option("--format", "fmt", type=click.Choice(["json", "table", "timeml"]), default="json",
              show_default=True, help="json (the contract), table, or timeml (text with TIMEX3 tags).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/<file stem>.json for each article (needed for several files).")
@click.option("--max-mb", type=float, default=MAX_BYTES / (1024 * 1024), show_default=True,
              help="Refuse articles larger than this many megabytes.")
@click.option("--demonyms", is_flag=True,
              help='Also give adjectives of peoples ("Russian forces") as places, marked "demonym": true '
                   "(as geoparsing corpora count them; off by default, as news convention has it).")
@click.option("--literal-places", "literal", is_flag=True,
              help='Give as places only names used as locations, not a place acting ("Moscow said") or '
                   'modifying a noun ("warga Palestina"), as named-entity corpora tag them.')
@click.option("--facilities", is_flag=True,
              help='Also give named buildings and sites ("Al-Shifa Hospital", "Gedung DPR") as places '
                   "of precision point (off by default, as news convention has it).")
def extract_cmd(paths: tuple[str, ...], lang: str, published: str | None, fmt: str,
                out_dir: Path | None, max_mb: float, demonyms: bool, literal: bool, facilities: bool) -> None:
    """Extract claims, figures, events, places and dates from articles.

    PATH is a UTF-8 text file, an HTML page (its main text is extracted and
    carried in the JSON as "text"), or - for standard input.
    """
    when = parse_published(published)
    _UNDATED.clear()
    max_bytes = int(max_mb * 1024 * 1024)
    code = None if lang == "auto" else lang
    if out_dir is None:
        if len(paths) > 1:
            raise InputError(f"{len(paths)} articles given but no --out",
                             "add --out DIR to write one JSON file per article")
        article, doc = _run(paths[0], max_bytes, code, when, demonyms, literal, facilities)
        click.echo(_format(article, doc, fmt, _stem(paths[0])), nl=fmt == "json")
        _warn_undated()
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = _batch(paths, out_dir, code, when, max_bytes, fmt, demonyms, literal, facilities)
    done = len(paths) - failed
    click.echo(f"{done} of {len(paths)} articles written to {out_dir}"
               + (f"; {failed} failed" if failed else ""), err=True)
    _warn_undated()
    if failed:
        sys.exit(2)


def _batch(paths: tuple[str, ...], out_dir: Path, code: str | None, when, max_bytes: int, fmt: str,  # noqa: ANN001
           demonyms: bool = False, literal: bool = False, facilities: bool = False) -> int:
    from tqdm import tqdm

    failed = 0
    names = out_names(paths)
    bar = tqdm(paths, unit="article", disable=not sys.stderr.isatty(), file=sys.stderr)
    for path, stem in zip(bar, names):
        try:
            article, doc = _run(path, max_bytes, code, when, demonyms, literal, facilities)
        except WartaError as err:
            failed += 1
            bar.write(f"Error [{err.code}]: {path}: {err}", file=sys.stderr)
            continue
        suffix, body = {"table": ".txt", "timeml": ".tml"}.get(fmt, ".json"), _format(article, doc, fmt, stem)
        if stem != _stem(path):
            bar.write(f"note: {path} written as {stem}{suffix} (another input has the same name)",
                      file=sys.stderr)
        (out_dir / f"{stem}{suffix}").write_text(body, encoding="utf-8")
    return failed


def _warn_undated() -> None:
    """Once per run: how many articles lost relative dates to a missing publication date."""
    if _UNDATED:
        click.echo(warning(len(_UNDATED)), err=True)
        _UNDATED.clear()


def _stem(path: str) -> str:
    return Path(path).stem if path != "-" else "stdin"


def out_names(paths: tuple[str, ...] | list[str]) -> list[str]:
    """One distinct output name per input: its stem, or for a second input of
    the same stem (a/x.txt, b/x.html) the stem with -2, -3... that no other uses."""
    stems = [_stem(p) for p in paths]
    taken = set(stems)
    seen: set[str] = set()
    out = []
    for stem in stems:
        name, n = stem, 1
        while name in seen or (name != stem and name in taken):
            n += 1
            name = f"{stem}-{n}"
        seen.add(name)
        out.append(name)
    return out
