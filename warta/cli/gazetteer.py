"""``warta gazetteer build|import|info`` and ``warta geocode``: the place
index and single-name lookups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from warta.cli import main
from warta.errors import GazetteerError

if TYPE_CHECKING:
    from warta.geo.gazetteer import Gazetteer


def _index() -> Gazetteer:
    from warta.geo.gazetteer import Gazetteer

    return Gazetteer()


@main.group("gazetteer")
def gazetteer_group() -> None:
    """The place index: where it is, what it holds, adding GeoNames dumps."""


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when a complete index exists.")
def build_cmd(force: bool) -> None:
    """Build the index from the packaged data (done on first use anyway)."""
    from warta.geo.build import build_index, is_complete
    from warta.geo.gazetteer import default_path

    path = default_path()
    if force or not is_complete(path):
        build_index(path)
    click.echo(f"index ready: {path}", err=True)


@gazetteer_group.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_cmd(files: tuple[Path, ...]) -> None:
    """Add GeoNames dumps (allCountries.txt, XX.txt, alternateNamesV2.txt).

    Place files come first, then alternate names. The index is replaced only
    when every file is in; malformed lines are counted and skipped."""
    from warta.geo.importer import import_files

    gaz = _index()
    path = gaz.path
    gaz.close()
    for r in import_files(path, list(files)):
        line = f"{r.path}: {r.kind}, {r.places:,} places, {r.names:,} names added"
        if r.skipped:
            line += f", {r.skipped:,} malformed lines skipped (first: {r.bad_lines[:5]})"
        click.echo(line)


@gazetteer_group.command("info")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def info_cmd(fmt: str) -> None:
    """Where the index is, its sources and how many places and names it holds."""
    info = _index().info()
    if fmt == "json":
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"index:   {info['path']} ({info['size_bytes'] / 1e6:.1f} MB, "
               f"schema {info['schema_version']})")
    click.echo("places:  " + ", ".join(f"{k} {v:,}" for k, v in sorted(info["places"].items())))
    click.echo(f"names:   {info['names']:,}")
    for s in info["sources"]:
        click.echo(f"source:  {s['name']}: {s['places']:,} places, {s['names']:,} names, "
                   f"{s['skipped']:,} skipped, added {s['added']}")


def _point(value: str | None) -> tuple[float, float] | None:
    if not value:
        return None
    try:
        lat, lon = (float(x) for x in value.split(","))
    except ValueError as err:
        raise GazetteerError(f"--near {value!r} is not LAT,LON", "write e.g. --near 51.7,36.2") \
            from err
    return lat, lon


@main.command("geocode")
@click.argument("name")
@click.option("--country", help="Keep candidates in this country (ISO2, e.g. UA).")
@click.option("--near", help="Favour candidates near LAT,LON.")
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--lang", default="en", show_default=True,
              help="Whose place words to use (the names a language's data fixes, e.g. id).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def geocode_cmd(name: str, country: str | None, near: str | None, limit: int, lang: str,
                fmt: str) -> None:
    """Ranked gazetteer candidates for NAME, with scores and why: the
    candidates and ranking the pipeline uses for a name with no context."""
    from warta.geo.fold import fold
    from warta.geo.geocode import geocode
    from warta.lang import load
    from warta.pipeline.place_lexicon import lexicon

    curated = lexicon(load(lang)).curated.get(fold(name), ())
    ranked = geocode(_index(), name, country=country, near=_point(near), limit=limit,
                     curated=curated)
    if fmt == "json":
        click.echo(json.dumps([s.to_json() for s in ranked], ensure_ascii=False, indent=2))
        return
    if not ranked:
        click.echo(f"no place called {name!r} in the index", err=True)
        return
    for n, s in enumerate(ranked, start=1):
        c = s.candidate
        click.echo(f"{n:>2}. {s.score:6.2f}  {c.name} [{c.kind}, {c.country or '-'}] "
                   f"{c.lat:.4f},{c.lon:.4f}  geonameid={c.gid or '-'}")
        click.echo(f"            why: {'; '.join(s.why)}")
