"""Commands over the store: ingest, errors, reprocess, events, unmerge,
claims, search, export. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import click

from warta.cli import main
from warta.model import OUTCOMES, UNITS

_db = click.option("--db", default="warta.db", show_default=True, envvar="WARTA_DB",
                   help="SQLite file, or a postgresql:// URL (env WARTA_DB).")
_as_json = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _open(db: str, create: bool = False) -> Any:
    """The store at ``db``; a command that only reads refuses a SQLite file
    that does not exist (rather than creating an empty one)."""
    from warta.errors import StoreError
    from warta.store import open_store

    if not create and not db.startswith(("postgresql://", "postgres://")):
        path = Path(db.removeprefix("sqlite:///"))
        if not path.is_file():
            raise StoreError(f"no database at {db}",
                             f"ingest articles first (warta ingest FILES --db {db}) or check --db")
    return open_store(db)


def _lower_choice(values: tuple[str, ...]) -> click.Choice:
    return click.Choice(values, case_sensitive=False)


def _side(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise click.BadParameter(f"{value!r} is not a two-letter country code; "
                                 "give one such as UA or RU (any case)")
    return code


def _since(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; give it as YYYY-MM-DD, "
                                 "e.g. 2025-01-05") from None


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    return _since(ctx, param, value)


def _num(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_db
@click.option("--lang", default=None, help="Language of articles that do not say (id, en).")
@click.option("--published", default=None, metavar="YYYY-MM-DD", callback=_published,
              help="Publication date of articles that do not say.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only on a terminal).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extract in N processes: a local Dask cluster with warta[dask], else a process pool "
                   "(default: one extraction process per core, up to four, beside the storing one).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Run on an existing Dask cluster (needs warta[dask]).")
@click.option("--budget", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="CPU seconds one article may take to extract; an article over it is "
                   "recorded in `warta errors` and the batch goes on (0: no limit).")
def ingest(paths: tuple[str, ...], db: str, lang: str | None, published: str | None,
           progress: bool | None, workers: int | None, scheduler: str | None,
           budget: float) -> None:
    """Read .txt, .html, .jsonl, WARC and Parquet files (or folders, or fsspec
    URLs with --workers/--scheduler), extract each article and store it.
    Running it again skips what is stored."""
    from warta.ingest import ingest as run
    from warta.ingest.cluster import dask_available, ingest_cluster

    if scheduler or (workers and workers > 1 and dask_available()):
        rep = ingest_cluster(paths, db, workers=workers or 2, scheduler=scheduler, lang=lang,
                             published=published, progress=progress)
    else:
        with _open(db, create=True) as store:
            rep = run(paths, store, lang=lang, published=published, progress=progress,
                      workers=workers, budget=budget or None)
    click.echo(rep.summary(), err=True)


@main.command()
@_db
@_as_json
def errors(db: str, as_json: bool) -> None:
    """List inputs that could not be stored, with where and why."""
    with _open(db) as store:
        errs = store.errors()
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(e) for e in errs], ensure_ascii=False,
                              indent=1))
        return
    for e in errs:
        where = f"{e.origin}:{e.locator}" if e.locator else e.origin
        click.echo(f"{where}\t[{e.code}] {e.reason}")
    click.echo(f"{len(errs)} errors", err=True)


@main.command()
@_db
@click.option("--all", "everything", is_flag=True, help="Re-extract every article.")
@click.option("--progress/--no-progress", default=None)
def reprocess(db: str, everything: bool, progress: bool | None) -> None:
    """Re-extract stored articles made by another extractor version."""
    from warta.ingest import reprocess as run

    with _open(db) as store:
        rep = run(store, everything=everything, progress=progress)
    click.echo(rep.summary("re-extracted"), err=True)


@main.command()
@_db
@click.option("--cluster", "cluster_id", type=int, default=None,
              help="Show one cluster: its events, why each joined, the evidence.")
@_as_json
def events(db: str, cluster_id: int | None, as_json: bool) -> None:
    """List merged event clusters, or inspect one."""
    with _open(db) as store:
        infos = store.clusters(cluster_id)
        if cluster_id is not None and not infos:
            from warta.errors import StoreError

            raise StoreError(f"no cluster {cluster_id}", "List clusters with `warta events`")
        rows = {e.id: e for e in store.event_rows(
            event_ids=[m for c in infos for m, _ in c.members])}
        lone = store.counts()["events"] - sum(
            len(c.members) for c in infos if c.undone_at is None)
    if as_json:
        out = []
        for c in infos:
            d = c.to_json()
            for m in d["members"]:
                e = rows.get(m["event"])
                if e is not None:
                    m.update({k: getattr(e, k) for k in (
                        "article_id", "type", "actor", "target", "place_name", "lat", "lon",
                        "date_start", "date_end", "source", "evidence_text")})
            out.append(d)
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for c in infos:
        first = rows.get(c.members[0][0]) if c.members else None
        state = f" [unmerged {c.undone_at}]" if c.undone_at else ""
        where = first.place_name if first else "?"
        when = first.date_start if first else "?"
        click.echo(f"cluster {c.id}: {c.type} at {where} on {when}, "
                   f"{len(c.members)} events{state}")
        if cluster_id is not None:
            for eid, reason in c.members:
                e = rows.get(eid)
                if e is None:
                    continue
                click.echo(f"  event {eid} (article {e.article_id}, {e.source or '-'}): "
                           f"{e.actor or '?'}→{e.target or '?'} {e.place_name} "
                           f"{e.date_start}..{e.date_end}")
                click.echo(f"    why: {reason}")
                click.echo(f"    evidence: {e.evidence_text}")
    if cluster_id is None:
        click.echo(f"{len(infos)} clusters, {lone} events standing alone", err=True)


@main.command()
@click.argument("cluster_id", type=int)
@_db
def unmerge(cluster_id: int, db: str) -> None:
    """Undo a merge: the cluster's events stand alone and stay apart."""
    with _open(db) as store:
        info = store.unmerge(cluster_id)
    click.echo(f"cluster {info.id} unmerged: {len(info.members)} events stand alone", err=True)


@main.command()
@_db
@click.option("--side", default=None, callback=_side, help="ISO2 of the side counted (UA, RU...).")
@click.option("--unit", default=None, type=_lower_choice(UNITS),
              help="personnel, civilians, tanks, drones...")
@click.option("--outcome", default=None, type=_lower_choice(OUTCOMES),
              help="killed, wounded, destroyed...")
@click.option("--since", default=None, metavar="YYYY-MM-DD", callback=_since,
              help="Only figures whose period ends on or after this date.")
@click.option("--contested", is_flag=True, help="Only measures with two or more claimants.")
@_as_json
def claims(db: str, side: str | None, unit: str | None, outcome: str | None,
           since: str | None, contested: bool, as_json: bool) -> None:
    """Figures on the same measure side by side, one line per claimant (one
    source named in two languages is one claimant), each value with its bound
    (≥ at least, ≤ at most, ~ about), disputed values marked, with the range
    across claimants and the sentence each comes from."""
    from warta.store.claims import board

    with _open(db) as store:
        measures = board(store.figure_rows(side=side, unit=unit, outcome=outcome, since=since),
                         contested_only=contested)
    if as_json:
        click.echo(json.dumps([m.to_json() for m in measures], ensure_ascii=False, indent=1))
        return
    for m in measures:
        period = (m.period_start if m.period_start == m.period_end
                  else f"{m.period_start}..{m.period_end}")
        total = " (running total)" if m.running_total else ""
        click.echo(f"{m.side or '?'} {m.unit} {m.outcome}{total} at {m.place or '?'}, "
                   f"{period}: {m.claimants} claimant(s), range {_num(m.low)}–{_num(m.high)}")
        for e in m.entries:
            who = f"{e.claimant} ({e.country or '?'}, {e.kind or '?'})"
            if len(e.names) > 1:
                who += f" also named {', '.join(n for n in e.names if n != e.claimant)}"
            if e.disputed_by:
                who += f" DISPUTED by {', '.join(e.disputed_by)}"
            click.echo(f"  {e.shown:>10}  {who}")
            for ev in e.evidence:
                click.echo(f"              [{ev.article_id}:{ev.start}-{ev.end} "
                           f"{ev.source or ''} {ev.published or ''}] {ev.text}")
    click.echo(f"{len(measures)} measure{'' if len(measures) == 1 else 's'}", err=True)


@main.command()
@click.argument("query")
@_db
@click.option("--limit", default=20, show_default=True)
def search(query: str, db: str, limit: int) -> None:
    """Full-text search over stored article text."""
    with _open(db) as store:
        for hit in store.search(query, limit):
            click.echo(f"{hit.article_id}\t{hit.title or ''}\t{hit.snippet}")


@main.command()
@_db
@click.option("--format", "fmt", required=True,
              type=click.Choice(["acled-csv", "ucdp-csv", "geojson", "figures-csv", "jsonl",
                                 "parquet"]))
@click.option("--out", default="-", show_default=True, help="File to write; - for stdout.")
@click.option("--table", "what", default="events", show_default=True,
              type=click.Choice(["events", "figures"]), help="Parquet: events or figures.")
@click.option("--partition-by", default="", metavar="COL,COL",
              help="Parquet: a dataset folder partitioned by these columns, e.g. year,country.")
@click.option("--from", "start", metavar="YYYY-MM-DD", help="Events and figures from this day.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="… up to this day.")
@click.option("--side", help="A side (country code) acting or acted on, or counted.")
@click.option("--country", help="ISO 3166 alpha-2 code of where events and figures are.")
@click.option("--type", "etype", help="Event type (attack, strike…).")
@click.option("--place", help="A place name or GeoNames id, exactly.")
@click.option("--claimant", help="A canonical claimant key (UA:military:general_staff).")
@click.option("--unit", help="Figures of this unit (personnel, civilians…).")
@click.option("--outcome", help="Figures of this outcome (killed, wounded…).")
@click.option("--located", is_flag=True, help="Only events placed finer than a country.")
def export(db: str, fmt: str, out: str, what: str, partition_by: str,
           start: str | None, end: str | None,
           side: str | None, country: str | None, etype: str | None, place: str | None,
           claimant: str | None, unit: str | None, outcome: str | None, located: bool) -> None:
    """Export events (ACLED/UCDP-shaped CSV, GeoJSON, Parquet), figures (CSV,
    Parquet) or articles (JSONL); the filters are the web UI's, and a
    download from its pages equals this command with the same values."""
    from warta.export import export as run
    from warta.web.filters import WebError, parse

    cols = tuple(c.strip() for c in partition_by.split(",") if c.strip())
    given = {"from": start, "to": end, "side": side, "country": country, "type": etype,
             "place": place, "claimant": claimant, "unit": unit, "outcome": outcome,
             "located": "1" if located else None}
    params = {k: v for k, v in given.items() if v is not None}
    try:
        filters = parse(params) if params else None
    except WebError as err:
        raise click.UsageError(err.message) from None
    with _open(db) as store:
        n = run(store, fmt, out, what, cols, filters)
    click.echo(f"{n} records written to {'stdout' if out == '-' else out}", err=True)
