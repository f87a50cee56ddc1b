"""What the page of one event shows: the event, every report of it (the
events merged with it, each from its own article, with its evidence
sentence), every figure tied to those reports by claimant, and each cluster
it has been in, with the reason each member joined and whether the merge was
undone."""

from __future__ import annotations

from typing import Any

from warta.store.backend import Backend
from warta.store.claims import claimant_key
from warta.store.clusters import load
from warta.web import present, queries


def _member_ids(db: Backend, event_id: int, cluster_id: int | None) -> list[int]:
    if cluster_id is None:
        return [event_id]
    return [int(r[0]) for r in db.query(
        "SELECT event_id FROM cluster_members WHERE cluster_id = ? ORDER BY event_id",
        (cluster_id,))] or [event_id]


def _tied(fig: Any, ev: dict[str, Any]) -> bool:
    """A figure tells about an event when it stands in the event's sentence
    or names the event's place."""
    if fig.article_id != ev["article_id"]:
        return False
    return fig.sentence == ev["sentence"] or bool(
        fig.place and ev["place"] and fig.place.casefold() == ev["place"].casefold())


def event(db: Backend, event_id: int) -> dict[str, Any] | None:
    """The event page's data, or None when there is no such event."""
    got = queries.events_by_id(db, [event_id])
    if not got:
        return None
    ev = got[0]
    ids = _member_ids(db, event_id, ev["cluster_id"])
    reports = queries.events_by_id(db, ids)
    reasons = {}
    if ev["cluster_id"] is not None:
        for info in load(db, ev["cluster_id"]):
            reasons = dict(info.members)
    arts = queries.articles_by_id(db, sorted({r["article_id"] for r in reports}))
    figs = [f for f in queries.figures_of_articles(db, sorted(arts))
            if any(_tied(f, r) for r in reports)]
    by_claimant: dict[str, list[Any]] = {}
    for f in figs:
        by_claimant.setdefault(claimant_key(f), []).append(f)
    history = []
    for cid in queries.clusters_of_event(db, event_id):
        for info in load(db, cid):
            history.append({**info.to_json(), "current": cid == ev["cluster_id"],
                            "unmerge": None if info.undone_at else f"warta unmerge {cid}"})
    return {
        "event": ev,
        "reports": [{**r, "article": arts.get(r["article_id"]),
                     "reason": reasons.get(r["id"])} for r in reports],
        "figures": [{"claimant": key, "label": _label(rows), "figures": rows}
                    for key, rows in sorted(by_claimant.items())],
        "clusters": history,
    }


def _label(rows: list[Any]) -> str:
    """A claimant's fullest name among its figures, with its country (the
    outlet for a reporter)."""
    names = [(r.source or "reporter") if r.claimant_kind == "reporter" else (r.claimant or "unknown")
             for r in rows]
    name = max(names, key=lambda n: (len(n), n))
    country = rows[0].claimant_country
    return f"{name} ({country})" if country and rows[0].claimant_kind != "reporter" else name


def article_json(row: tuple[Any, ...]) -> dict[str, Any]:
    aid, title, source, url, published, lang = row
    return {"id": int(aid), "title": title, "source": source, "url": present.safe_url(url),
            "published": published, "lang": lang}
