"""Events reported by different articles that are the same event, merged
into clusters with the reason stored, and merges that can be undone.

Two events match when they have the same type, their dates overlap, their
sides are compatible (each of actor and target equal or unknown on one
side, and not the same side acting on itself once combined) and their
places lie within :data:`MERGE_KM` (points, settlements, admin2) or in the
same admin region. Events are matched once, when they are stored, so a
pair unmerged by hand is never merged again; the pairs are also kept in
``vetoes`` for any later re-clustering.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from warta.errors import StoreError
from warta.store.backend import Backend
from warta.store.records import ClusterInfo

MERGE_KM = 50.0
_COARSE = ("admin1", "country", "region")  # centroids: compare regions, not km
_COLS = ("id, article_id, type, actor, target, lat, lon, country, precision, admin1, "
         "place_name, date_start, date_end, cluster_id")


@dataclass(slots=True)
class EventKey:
    id: int
    article_id: int
    type: str
    actor: str | None
    target: str | None
    lat: float | None
    lon: float | None
    country: str | None
    precision: str | None
    admin1: str | None
    place_name: str | None
    date_start: str | None
    date_end: str | None
    cluster_id: int | None

    @property
    def region(self) -> str | None:
        if self.admin1:
            return self.admin1
        return self.place_name if self.precision == "admin1" else None


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(h)))


def why_same(a: EventKey, b: EventKey) -> tuple[float, str] | None:
    """(distance rank, reason) when ``a`` and ``b`` are the same event, else None."""
    if a.type != b.type or not (a.date_start and a.date_end and b.date_start and b.date_end):
        return None
    lo, hi = max(a.date_start, b.date_start), min(a.date_end, b.date_end)
    if lo > hi:
        return None
    for x, y in ((a.actor, b.actor), (a.target, b.target)):
        if x and y and x != y:
            return None
    actor, target = a.actor or b.actor, a.target or b.target
    if actor and actor == target:
        return None  # one says RU acted, the other that RU was acted upon
    place: str | None = None
    rank = math.inf
    if (a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
            and a.precision not in _COARSE and b.precision not in _COARSE):
        d = km(a.lat, a.lon, b.lat, b.lon)
        if d <= MERGE_KM:
            place, rank = f"places {d:.0f} km apart", d
    if place is None and a.region and a.region == b.region and a.country == b.country:
        place, rank = f"same admin region {a.region}", MERGE_KM
    if place is None:
        return None
    sides = f"{actor or '?'}→{target or '?'}"
    dates = lo if lo == hi else f"{lo}..{hi}"
    return rank, f"same type {a.type}; {place}; dates overlap {dates}; sides {sides}"


def _near(ev: EventKey) -> tuple[str, list[Any]] | None:
    """SQL for events of other articles that could match ``ev``: same type,
    dates overlapping, near it or in its region, alone or a cluster's seed."""
    near: list[str] = []
    params: list[Any] = [ev.type, ev.date_start, ev.date_end, ev.article_id]
    if ev.lat is not None and ev.lon is not None and ev.precision not in _COARSE:
        dlat = MERGE_KM / 110.0
        dlon = dlat / max(math.cos(math.radians(ev.lat)), 0.01)
        near.append("(lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)")
        params += [ev.lat - dlat, ev.lat + dlat, ev.lon - dlon, ev.lon + dlon]
    if ev.region:
        near.append("(admin1 = ? OR (precision = 'admin1' AND place_name = ?))")
        params += [ev.region, ev.region]
    if not near:
        return None
    return (f"SELECT {_COLS} FROM events WHERE type = ? AND date_end >= ? AND date_start <= ? "
            "AND article_id <> ? AND (" + " OR ".join(near) + ") AND (cluster_id IS NULL "
            "OR EXISTS (SELECT 1 FROM clusters c WHERE c.seed_event = events.id "
            "AND c.undone_at IS NULL))", params)


def _candidates(db: Backend, events: list[EventKey]) -> list[EventKey]:
    """Every event that could match one of ``events`` (one article's), in
    one query, each once."""
    parts = [p for p in map(_near, events) if p is not None]
    if not parts:
        return []
    sql = " UNION ALL ".join(q for q, _ in parts)
    found: dict[int, EventKey] = {}
    for r in db.query(sql, [x for _, ps in parts for x in ps]):
        found.setdefault(r[0], EventKey(*r))
    return list(found.values())


def assign(db: Backend, events: list[EventKey], at: str) -> None:
    """Merge each new event (all from one article) into the closest matching
    cluster (compared with its seed event) or lone event from another
    article, inside the caller's transaction."""
    events = [e for e in events if e.date_start and e.date_end]
    if not events:
        return
    cands = _candidates(db, events)
    for ev in events:
        matches = []
        for c in cands:
            got = why_same(ev, c)
            if got is not None:
                matches.append((got[0], 0 if c.cluster_id else 1, c.id, got[1], c))
        matches.sort(key=lambda m: m[:3])
        if not matches:
            continue
        chosen = matches[0]
        reason, other = chosen[3], chosen[4]
        cid = other.cluster_id
        if cid is None:
            cid = db.insert_id("INSERT INTO clusters (type, seed_event, created_at) "
                               "VALUES (?, ?, ?)", (ev.type, other.id, at))
            db.execute("INSERT INTO cluster_members (cluster_id, event_id, reason) "
                       "VALUES (?, ?, ?)", (cid, other.id, "first reported"))
            db.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (cid, other.id))
            other.cluster_id = cid
        db.execute("INSERT INTO cluster_members (cluster_id, event_id, reason) "
                   "VALUES (?, ?, ?)", (cid, ev.id, f"matches event {other.id}: {reason}"))
        db.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (cid, ev.id))


def unmerge(db: Backend, cluster_id: int, at: str) -> ClusterInfo:
    """Undo a cluster: its events stand alone and each pair is vetoed."""
    infos = load(db, cluster_id)
    if not infos:
        raise StoreError(f"no cluster {cluster_id}", "List clusters with `warta events`")
    info = infos[0]
    if info.undone_at:
        raise StoreError(f"cluster {cluster_id} was already unmerged at {info.undone_at}")
    ids = sorted(e for e, _ in info.members)
    db.executemany(
        "INSERT INTO vetoes (event_a, event_b, cluster_id) VALUES (?, ?, ?) "
        "ON CONFLICT (event_a, event_b) DO NOTHING",
        [(a, b, cluster_id) for i, a in enumerate(ids) for b in ids[i + 1:]])
    db.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id = ?", (cluster_id,))
    db.execute("UPDATE clusters SET undone_at = ? WHERE id = ?", (at, cluster_id))
    info.undone_at = at
    return info


def drop_events(db: Backend, article_id: int) -> None:
    """Delete an article's events, leaving clusters of one event dissolved."""
    touched = [r[0] for r in db.query(
        "SELECT DISTINCT cluster_id FROM events WHERE article_id = ? "
        "AND cluster_id IS NOT NULL", (article_id,))]
    ids = "SELECT id FROM events WHERE article_id = ?"
    db.execute(f"DELETE FROM cluster_members WHERE event_id IN ({ids})", (article_id,))
    db.execute(f"DELETE FROM vetoes WHERE event_a IN ({ids}) OR event_b IN ({ids})",
               (article_id, article_id))
    db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    for cid in touched:
        left = db.query("SELECT event_id FROM cluster_members WHERE cluster_id = ?", (cid,))
        if len(left) < 2:
            db.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id = ?", (cid,))
            db.execute("DELETE FROM cluster_members WHERE cluster_id = ?", (cid,))
            db.execute("DELETE FROM clusters WHERE id = ?", (cid,))
        else:
            db.execute("UPDATE clusters SET seed_event = ? WHERE id = ?",
                       (min(r[0] for r in left), cid))


def load(db: Backend, cluster_id: int | None = None) -> list[ClusterInfo]:
    """Clusters (all, or one) with their members and the reason each joined."""
    sql = "SELECT id, type, created_at, undone_at FROM clusters"
    params: tuple[Any, ...] = ()
    if cluster_id is not None:
        sql += " WHERE id = ?"
        params = (cluster_id,)
    out = {r[0]: ClusterInfo(*r) for r in db.query(sql + " ORDER BY id", params)}
    msql = "SELECT cluster_id, event_id, reason FROM cluster_members"
    if cluster_id is not None:
        msql += " WHERE cluster_id = ?"
    for cid, eid, reason in db.query(msql + " ORDER BY cluster_id, event_id", params):
        if cid in out:
            out[cid].members.append((eid, reason))
    return list(out.values())
