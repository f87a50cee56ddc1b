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
from dataclasses import dataclass, field
from typing import Any

from warta.errors import StoreError
from warta.store.backend import Backend
from warta.store.records import ClusterInfo

MERGE_KM = 50.0
_COARSE = ("admin1", "country", "region")  # centroids: compare regions, not km
_COLS = ("id, article_id, type, actor, target, lat, lon, country, precision, admin1, "
         "place_name, date_start, date_end, cluster_id")
_PARTS_PER_QUERY = 100  # candidate queries sent as one UNION ALL


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
    """SQL for stored events that could match ``ev``: same type, dates
    overlapping, near it or in its region, alone or a cluster's seed."""
    near: list[str] = []
    params: list[Any] = [ev.type, ev.date_start, ev.date_end]
    box = _box(ev)
    if box is not None:
        near.append("(lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)")
        params += box
    if ev.region:
        near.append("(admin1 = ? OR (precision = 'admin1' AND place_name = ?))")
        params += [ev.region, ev.region]
    if not near:
        return None
    return (f"SELECT ?, {_COLS} FROM events WHERE type = ? AND date_end >= ? "
            "AND date_start <= ? AND (" + " OR ".join(near) + ") AND (cluster_id IS NULL "
            "OR EXISTS (SELECT 1 FROM clusters c WHERE c.seed_event = events.id "
            "AND c.undone_at IS NULL))", params)


def _box(ev: EventKey) -> list[float] | None:
    """Latitude and longitude bounds around a located event (None: no point to compare)."""
    if ev.lat is None or ev.lon is None or ev.precision in _COARSE:
        return None
    dlat = MERGE_KM / 110.0
    dlon = dlat / max(math.cos(math.radians(ev.lat)), 0.01)
    return [ev.lat - dlat, ev.lat + dlat, ev.lon - dlon, ev.lon + dlon]


def _could(ev: EventKey, c: EventKey) -> bool:
    """What :func:`_near` selects, for an event not stored yet."""
    if (c.type != ev.type or c.date_end is None or c.date_start is None
            or not (c.date_end >= (ev.date_start or "") and c.date_start <= (ev.date_end or ""))):
        return False
    box = _box(ev)
    if (box is not None and c.lat is not None and c.lon is not None
            and box[0] <= c.lat <= box[1] and box[2] <= c.lon <= box[3]):
        return True
    r = ev.region
    return bool(r) and (c.admin1 == r or (c.precision == "admin1" and c.place_name == r))


def _stored(db: Backend, batch: list[list[EventKey]]) -> list[list[EventKey]]:
    """For each article of ``batch``, the stored events that could match one
    of its events, each once; the same query for the same event is asked once."""
    parts: dict[tuple[Any, ...], tuple[str, set[int]]] = {}
    for k, events in enumerate(batch):
        for ev in events:
            got = _near(ev)
            if got is not None:
                parts.setdefault(tuple(got[1]), (got[0], set()))[1].add(k)
    found: dict[int, EventKey] = {}
    out: list[dict[int, EventKey]] = [{} for _ in batch]
    todo = list(parts.items())
    for i in range(0, len(todo), _PARTS_PER_QUERY):
        chunk = todo[i:i + _PARTS_PER_QUERY]
        sql = " UNION ALL ".join(q for _, (q, _) in chunk)
        params = [x for j, (ps, _) in enumerate(chunk) for x in (i + j, *ps)]
        for r in db.query(sql, params):
            ev = found.setdefault(r[1], EventKey(*r[1:]))
            for k in todo[r[0]][1][1]:
                out[k][ev.id] = ev
    return [list(d.values()) for d in out]


@dataclass(slots=True)
class Plan:
    """The rows a batch's clustering adds: clusters, their members, and the
    stored events that now seed a cluster (cluster id, event id)."""

    clusters: list[tuple[Any, ...]] = field(default_factory=list)
    members: list[tuple[Any, ...]] = field(default_factory=list)
    seeded: list[tuple[int, int]] = field(default_factory=list)


def plan(db: Backend, batch: list[list[EventKey]], at: str) -> Plan:
    """Cluster the new events of a batch of articles (one list per article, in
    the order they are stored, ids given), as storing them one article at a
    time would: each event joins the closest matching cluster (compared with
    its seed event) or lone event of another article, stored or earlier in the
    batch. Sets each new event's ``cluster_id``; returns the rows to write."""
    batch = [[e for e in events if e.date_start and e.date_end] for events in batch]
    stored = _stored(db, batch)
    out = Plan()
    earlier: dict[str, list[EventKey]] = {}  # this batch's events, by type
    seeds: set[int] = set()  # ids of events seeding a cluster made in this batch
    for events, cands in zip(batch, stored):
        for kind in {e.type for e in events}:
            earlier[kind] = [c for c in earlier.get(kind, ())  # joined a cluster: never again
                             if c.cluster_id is None or c.id in seeds]
            same = [e for e in events if e.type == kind]
            cands = cands + [c for c in earlier[kind] if any(_could(e, c) for e in same)]
        for ev in events:
            _join(ev, cands, at, out, seeds)
        for ev in events:
            earlier.setdefault(ev.type, []).append(ev)
    if out.clusters:  # placeholder ids (-1, -2, …) become the table's next ids
        real = dict(zip(range(-1, -len(out.clusters) - 1, -1),
                        db.new_ids("clusters", len(out.clusters))))
        out.clusters = [(real[c[0]], *c[1:]) for c in out.clusters]
        out.members = [(real.get(m[0], m[0]), *m[1:]) for m in out.members]
        out.seeded = [(real.get(c, c), e) for c, e in out.seeded]
        for events, cands in zip(batch, stored):
            for e in (*events, *cands):
                if e.cluster_id is not None and e.cluster_id < 0:
                    e.cluster_id = real[e.cluster_id]
    return out


def _join(ev: EventKey, cands: list[EventKey], at: str, out: Plan, seeds: set[int]) -> None:
    """Put ``ev`` in the cluster of its closest match among ``cands``, if any."""
    matches = []
    for c in cands:
        if c.article_id == ev.article_id:
            continue
        got = why_same(ev, c)
        if got is not None:
            matches.append((got[0], 0 if c.cluster_id else 1, c.id, got[1], c))
    if not matches:
        return
    _, _, _, reason, other = min(matches, key=lambda m: m[:3])
    cid = other.cluster_id
    if cid is None:
        cid = -len(out.clusters) - 1
        out.clusters.append((cid, ev.type, other.id, at))
        out.members.append((cid, other.id, "first reported"))
        other.cluster_id = cid
        seeds.add(other.id)
        out.seeded.append((cid, other.id))
    out.members.append((cid, ev.id, f"matches event {other.id}: {reason}"))
    ev.cluster_id = cid


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
