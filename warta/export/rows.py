"""One flat row per event cluster (or lone event), shaped like ACLED with
warta's claimant columns, and the UCDP best/low/high from the claims.

Figures relate to an event when they come from one of its articles and
stand in the event's sentence or name the event's place. Claimants are
listed, never averaged: fatalities is the lowest claimed value (ACLED's
conservative rule); UCDP ``best`` is a neutral claimant's value (no country, or
not a government or military of a side) when there is one, else the lowest.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from warta.store import EventRow, FigureRow, Store
from warta.store.select import Filters, check, event_where, values

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)
WARTA_COLUMNS = (
    "warta_event_type", "warta_actor", "warta_target", "warta_date_end", "warta_cluster",
    "warta_events", "warta_articles", "warta_claimants", "warta_claims",
    "fatalities_low", "fatalities_high",
)


@cache
def table() -> dict[str, Any]:
    """The event-type and precision mapping in ``acled.toml``."""
    return tomllib.loads(resources.files("warta.export").joinpath("acled.toml").read_text("utf-8"))


@cache
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    from babel import Locale

    name: str = Locale("en").territories.get(code.upper(), code)
    return name


def actor(code: str | None) -> str | None:
    name = country_name(code)
    return table()["actors"]["template"].format(name=name) if name else None


def _days(d0: str | None, d1: str | None) -> int:
    if not d0 or not d1:
        return 0
    return (date.fromisoformat(d1) - date.fromisoformat(d0)).days


def time_precision(d0: str | None, d1: str | None) -> int:
    tp, n = table()["time_precision"], _days(d0, d1)
    return int(tp["day"] if n == 0 else tp["week"] if n <= 7 else tp["longer"])


def groups(events: list[EventRow]) -> Iterator[list[EventRow]]:
    """Events grouped by cluster (a lone event is its own group), in id order."""
    members: dict[int, list[EventRow]] = {}
    for e in events:
        if e.cluster_id is not None:
            members.setdefault(e.cluster_id, []).append(e)
    seen: set[int] = set()
    for e in events:
        if e.cluster_id is None:
            yield [e]
        elif e.cluster_id not in seen:
            seen.add(e.cluster_id)
            yield members[e.cluster_id]


def related(group: list[EventRow], figs: list[FigureRow] | dict[int, list[FigureRow]]
            ) -> list[FigureRow]:
    """Fatality figures from the group's articles tied to its events
    (``figs``: a list, or lists by article id)."""
    fat = table()["fatalities"]
    out = []
    if isinstance(figs, dict):
        figs = [f for aid in sorted({e.article_id for e in group}) for f in figs.get(aid, [])]
    for f in figs:
        if f.unit not in fat["units"] or f.outcome not in fat["outcomes"]:
            continue
        for e in group:
            if f.article_id == e.article_id and (
                    f.sentence == e.sentence
                    or (f.place and e.place_name and f.place.casefold() == e.place_name.casefold())):
                out.append(f)
                break
    return out


def _val(f: FigureRow, which: str) -> float | None:
    v = getattr(f, which)
    return v if v is not None else f.value


def claimant_label(f: FigureRow) -> str:
    who = f.claimant or "unknown"
    return f"{who} ({f.claimant_country})" if f.claimant_country else who


def _neutral(f: FigureRow, parties: set[str]) -> bool:
    """A claimant tied to no side (a monitor, an agency, the outlet): no
    country, or one that is neither acting nor counted."""
    if f.claimant_kind in (None, "unknown"):
        return False
    if f.claimant_country is None:
        return True
    return f.claimant_country not in parties and f.claimant_kind not in ("government",
                                                                          "military")


def estimates(figs: list[FigureRow], parties: set[str]) -> dict[str, Any]:
    """UCDP-style best/low/high summed over the sides counted; per side, low
    and high span the claimants and best prefers a non-party claimant."""
    by_side: dict[str | None, list[FigureRow]] = {}
    parties = parties | {f.side for f in figs if f.side}
    for f in figs:
        by_side.setdefault("civilians" if f.unit == "civilians" else f.side, []).append(f)
    per: dict[str | None, float] = {}
    low = best = high = 0.0
    open_high = False
    for side, fs in by_side.items():
        lows = [v for f in fs if (v := _val(f, "low")) is not None]
        if not lows:
            continue
        highs = [_val(f, "high") for f in fs]
        neutral = [v for f in fs if _neutral(f, parties) and (v := _val(f, "low")) is not None]
        per[side] = min(neutral) if neutral else min(lows)
        low += min(lows)
        best += per[side]
        if any(h is None for h in highs):
            open_high = True
        else:
            high += max(h for h in highs if h is not None)
    if not per:
        return {"best": None, "low": None, "high": None, "per_side": {}}
    return {"best": best, "low": low, "high": None if open_high else high, "per_side": per}


def selected_events(store: Store, filters: Filters | None) -> list[EventRow]:
    """The store's events, or those matching ``filters`` (checked against the
    values the store holds), in id order."""
    if filters is None:
        return store.event_rows()
    db = store.db  # type: ignore[attr-defined]
    check(filters, values(db), db)
    where, params = event_where(filters, located=filters.located)
    ids = [int(r[0]) for r in db.query("SELECT e.id FROM events e" + where, params)]
    return store.event_rows(event_ids=ids) if ids else []


def event_records(store: Store, filters: Filters | None = None) -> list[dict[str, Any]]:
    """One ACLED-shaped dict (plus warta columns) per cluster or lone event;
    with ``filters``, over the matching events only (a cluster is the
    matching events it holds)."""
    events = selected_events(store, filters)
    by_article: dict[int, list[FigureRow]] = {}
    for f in store.figure_rows():
        by_article.setdefault(f.article_id, []).append(f)
    t = table()
    rows = []
    for group in groups(events):
        e = group[0]
        rel = related(group, by_article)
        est = estimates(rel, {x for x in (e.actor, e.target) if x})
        sources = sorted({g.source or g.url or "" for g in group} - {""})
        mapped = t["event_types"].get(e.type, t["event_types"]["other"])
        d0 = max(g.date_start for g in group if g.date_start) if any(
            g.date_start for g in group) else None
        d1 = min((g.date_end for g in group if g.date_end), default=None)
        if d0 and d1 and d0 > d1:
            d0, d1 = e.date_start, e.date_end
        rows.append({
            "event_id_cnty": f"WARTA{e.cluster_id or 0}-{e.id}",
            "event_date": d0, "year": int(d0[:4]) if d0 else None,
            "time_precision": time_precision(d0, d1),
            "event_type": mapped["event_type"], "sub_event_type": mapped["sub_event_type"],
            "actor1": actor(e.actor), "actor2": actor(e.target),
            "country": country_name(e.country), "admin1": e.admin1, "admin2": None,
            "location": e.place_name, "latitude": e.lat, "longitude": e.lon,
            "geo_precision": t["geo_precision"].get(e.precision or "", None),
            "source": "; ".join(sources), "notes": e.evidence_text,
            "fatalities": int(est["low"] or 0) if est["low"] is not None else 0,
            "warta_event_type": e.type, "warta_actor": e.actor, "warta_target": e.target,
            "warta_date_end": d1, "warta_cluster": e.cluster_id,
            "warta_events": " ".join(str(g.id) for g in group),
            "warta_articles": " ".join(sorted({str(g.article_id) for g in group})),
            "warta_claimants": "; ".join(sorted({claimant_label(f) for f in rel})),
            "warta_claims": "; ".join(f"{claimant_label(f)}: {f.text} = {_fmt(f)}" for f in rel),
            "fatalities_low": est["low"], "fatalities_high": est["high"],
            "_estimates": est, "_precision": e.precision,
        })
    return rows


def _fmt(f: FigureRow) -> str:
    v: float | None
    if f.value is not None:
        v = f.value
    elif f.low is not None and f.high is not None:
        return f"{_n(f.low)}-{_n(f.high)}"
    else:
        v = f.low if f.low is not None else f.high
    return _n(v)


def _n(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else str(v)
