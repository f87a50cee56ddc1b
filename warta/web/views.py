"""The pages, each with a JSON twin: the same data, as HTML at ``/page`` and
as JSON at ``/page.json``."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.templating import Jinja2Templates

from warta.store import Store
from warta.store.backend import Backend
from warta.store.claims import board
from warta.web import highlight, present, queries
from warta.web.filters import Filters, WebError, parse, refuse

MAP_LIMIT = 2000
BOARD_LIMIT = 50
TIMELINE_LIMIT = 100


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _db(request: Request) -> Backend:
    return queries.backend(_store(request))


def _reply(request: Request, template: str, data: dict[str, Any],
           context: dict[str, Any] | None = None) -> Response:
    """JSON when the path ends in .json, else the page rendered from ``data``."""
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    ctx = {"request": request, "data": data, "present": present, **(context or {})}
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, ctx)


def _filters(request: Request, limit: int) -> Filters:
    """The request's filters, each value one the store holds (else a 400
    listing those it does)."""
    f = parse(request.query_params, limit=limit)
    valid = _choices(request)
    with request.app.state.lock:
        refuse(f, valid, _db(request))
    return f


def _choices(request: Request) -> dict[str, Any]:
    """The values each filter can take (menus and checks), read again only
    when the store has changed."""
    state = request.app.state
    with state.lock:
        version = queries.version(_db(request))
        seen, cached = getattr(state, "choices", (None, None))
        if cached is None or seen != version:
            cached = queries.choices(_db(request))
            state.choices = (version, cached)
    return cached


def _event_json(e: dict[str, Any]) -> dict[str, Any]:
    out = dict(e)
    out["evidence_url"] = (f"/articles/{e['article_id']}?at={e['evidence_start']}-"
                           f"{e['evidence_end']}#target") if e["evidence_start"] is not None \
        else f"/articles/{e['article_id']}"
    out["colour"] = present.colour(e["type"])
    out["url"] = f"/events/{e['id']}"
    return out


def _figure_json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "article_id": r.article_id, "published": r.published,
            "source": r.source, "claimant": r.claimant, "claimant_country": r.claimant_country,
            "claimant_kind": r.claimant_kind, "value": r.value, "low": r.low, "high": r.high,
            "bound": r.bound, "unit": r.unit, "outcome": r.outcome, "side": r.side,
            "place": r.place, "period_start": r.period_start, "period_end": r.period_end,
            "running_total": r.running_total, "text": r.text, "start": r.start, "end": r.end,
            "evidence": r.evidence_text, "evidence_start": r.evidence_start,
            "evidence_end": r.evidence_end,
            "evidence_url": f"/articles/{r.article_id}?at={r.start}-{r.end}#target"}


def events_page(request: Request) -> Response:
    """The map of events (``/``) and its twin ``/events.json``."""
    f = _filters(request, MAP_LIMIT)
    db = _db(request)
    if request.url.path.endswith(".json"):
        with request.app.state.lock:
            rows, total = queries.events(db, f, located=True)
        return JSONResponse({"filters": f.echo(), "total": total, "count": len(rows),
                             "events": [_event_json(e) for e in rows]})
    with request.app.state.lock:
        total = queries.count_events(db, f, located=True)
    return _reply(request, "map.html", {"filters": f.echo(), "total": total},
                  {"f": f, "choices": _choices(request), "colours": present.COLOURS,
                   "src": "/events.json?" + _qs(f), "page": "map",
                   "dl": _dl(f, located=True)})


def timeline_page(request: Request) -> Response:
    """Events and figures in time, filtered; twin ``/timeline.json``."""
    f = _filters(request, TIMELINE_LIMIT)
    db = _db(request)
    with request.app.state.lock:
        evs, n_ev = queries.events(db, f) if f.kind in ("all", "events") else ([], 0)
        figs, n_fig = queries.figures(db, f) if f.kind in ("all", "figures") else ([], 0)
        hist, step = queries.histogram(db, f)
    data: dict[str, Any] = {"filters": f.echo(), "totals": {"events": n_ev, "figures": n_fig},
            "histogram": {"step": step, "bins": [{"period": d, "kind": k, "count": n}
                                                  for d, k, n in hist]},
            "events": [_event_json(e) for e in evs], "figures": [_figure_json(r) for r in figs]}
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    items = [{"kind": "event", "date": e["date_start"] or "", **e} for e in data["events"]]
    items += [{"kind": "figure", "date": r["period_end"] or r["published"] or "", **r}
              for r in data["figures"]]
    items.sort(key=lambda i: (i["date"], i["id"]), reverse=True)
    more = f.page * f.limit < max(n_ev, n_fig)
    return _reply(request, "timeline.html", data, {
        "f": f, "choices": _choices(request), "items": items, "bars": present.bars(hist),
        "step": step, "page": "timeline", "more": more, "qs": _qs, "colours": present.COLOURS,
        "dl": _dl(f),
    })


CHART_LIMIT = 5000


def chart_page(request: Request) -> Response:
    """Figures over time, one series per claimant and side, never averaged;
    twin ``/chart.json``. Without ``outcome``, killed."""
    from warta.web import chart

    params = dict(request.query_params)
    params.setdefault("outcome", "killed")
    f = parse(params, limit=CHART_LIMIT)
    valid = _choices(request)
    with request.app.state.lock:
        refuse(f, valid, _db(request))
        f.page = 1
        rows, total = queries.figures(_db(request), f)
    lines = chart.series(rows)
    data = {"filters": f.echo(), "total": total, "count": len(rows), "series": lines}
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    return _reply(request, "chart.html", data, {
        "f": f, "choices": valid, "page": "chart", "qs": _qs, "g": chart.geometry(lines),
        "dl": _dl(f),
    })


def claims_page(request: Request) -> Response:
    """The claims board: each measure, every claimant's figure side by side;
    twin ``/claims.json``."""
    f = _filters(request, BOARD_LIMIT)
    with request.app.state.lock:
        rows = queries.board_rows(_db(request), f)
    measures = board(rows, contested_only=f.contested)
    if f.claimant:
        measures = [m for m in measures if any(e.key == f.claimant for e in m.entries)]
    # disputed measures first, then the newest
    measures.sort(key=lambda m: (m.claimants >= 2, m.period_end or "", m.claimants),
                  reverse=True)
    total = len(measures)
    measures = measures[f.offset:f.offset + f.limit]
    out = []
    for m in measures:
        d = m.to_json()
        d["label"] = present.measure_label(m)
        for e in d["entries"]:
            for ev in e["evidence"]:
                ev["url"] = present.safe_url(ev["url"])
                ev["evidence_url"] = (f"/articles/{ev['article']}?at={ev['start']}-"
                                      f"{ev['end']}#target")
            dates = [ev["published"] for ev in e["evidence"] if ev["published"]]
            e["date"] = max(dates) if dates else None
        out.append(d)
    data = {"filters": f.echo(), "total": total, "count": len(out), "measures": out}
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    bars = [present.range_bars(m) for m in measures]
    return _reply(request, "claims.html", data, {
        "f": f, "choices": _choices(request), "bars": bars, "page": "claims",
        "more": f.offset + f.limit < total, "qs": _qs, "dl": _dl(f),
    })


def event_page(request: Request) -> Response:
    """One event: what, who on whom, where, when, every report of it with its
    evidence, the figures tied to it by claimant, and its clusters; twin
    ``/events/{id}.json``."""
    from warta.web import eventpage

    eid = int(request.path_params["id"])
    with request.app.state.lock:
        got = eventpage.event(_db(request), eid) if eid < 2**63 else None
    if got is None:
        raise WebError(404, "not_found", f"no event {eid}")
    data = {"event": _event_json(got["event"]),
            "reports": [{**_event_json(r), "article": r["article"], "reason": r["reason"]}
                        for r in got["reports"]],
            "figures": [{"claimant": g["claimant"], "label": g["label"],
                         "figures": [_figure_json(x) for x in g["figures"]]}
                        for g in got["figures"]],
            "clusters": got["clusters"]}
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    return _reply(request, "event.html", data, {"page": "map", "ev": data["event"]})


def _at(request: Request, length: int) -> tuple[int, int] | None:
    raw = request.query_params.get("at", "").strip()
    if not raw:
        return None
    a, sep, b = raw.partition("-")
    if not (sep and a.isdigit() and b.isdigit() and int(a) < int(b) <= length):
        raise WebError(400, "bad_parameter", f"at: expected START-END within the text, "
                       f"got {raw[:40]!r}", "at")
    return int(a), int(b)


def article_page(request: Request) -> Response:
    """One article, its text with every extracted item highlighted; twin
    ``/articles/{id}.json``."""
    aid = int(request.path_params["id"])
    store = _store(request)
    with request.app.state.lock:
        art = store.article(aid) if aid < 2**63 else None
        if art is None:
            raise WebError(404, "not_found", f"no article {aid}")
        result = store.result_json(aid)
        stored = queries.article_events(queries.backend(store), aid)
    target = _at(request, len(art.text))
    found = highlight.items(result, art.text, stored, target)
    meta = {"id": art.id, "title": art.title, "source": art.source,
            "url": present.safe_url(art.url), "published": art.published.isoformat()
            if art.published else None, "lang": art.lang, "origin": art.origin,
            "locator": art.locator, "extractor_version": art.extractor_version}
    data = {"article": {**meta, "text": art.text}, "items": [i.to_json() for i in found],
            "extraction": result}
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    counts: dict[str, int] = {}
    for i in found:
        counts[i.kind] = counts.get(i.kind, 0) + 1
    return _reply(request, "article.html", data, {
        "meta": meta, "html": highlight.render(art.text, found), "page": "articles",
        "items": data["items"], "counts": counts,
    })


SEARCH_LIMIT = 200


def search_page(request: Request) -> Response:
    """Full-text search over article text (``q``), or the newest articles;
    twin ``/search.json``."""
    f = parse(request.query_params, limit=50)
    if f.q and f.limit > SEARCH_LIMIT:
        raise WebError(400, "bad_parameter", f"limit: a search page holds at most "
                       f"{SEARCH_LIMIT} articles, got {f.limit}", "limit")
    store = _store(request)
    with request.app.state.lock:
        if f.q:
            rows, total = queries.search(queries.backend(store), f)
        else:
            rows, total = queries.articles(queries.backend(store), f)
    pieces = [r.pop("pieces", None) for r in rows]
    data = {"filters": f.echo(), "total": total, "count": len(rows), "articles": rows}
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    for r, p in zip(rows, pieces):
        if p is not None:
            r["snippet_html"] = _snippet(p)
        if r.get("url"):
            r["url"] = present.safe_url(r["url"])
    return _reply(request, "search.html", data, {
        "f": f, "page": "search", "more": f.offset + f.limit < total, "qs": _qs,
    })


def _snippet(pieces: list[tuple[str, bool]]) -> Any:
    """The search snippet escaped piece by piece, the matches in ``<mark>``."""
    from markupsafe import Markup, escape

    return Markup("").join(Markup("<mark>{}</mark>").format(t) if hit else escape(t)
                           for t, hit in pieces)


DOWNLOADS = {  # path -> (export format, media type)
    "/events.csv": ("acled-csv", "text/csv; charset=utf-8"),
    "/events.geojson": ("geojson", "application/geo+json"),
    "/figures.csv": ("figures-csv", "text/csv; charset=utf-8"),
}


def download(request: Request) -> Response:
    """Every row the filters select (no paging) as CSV or GeoJSON: the same
    writer, the same filters and so the same bytes as ``warta export``."""
    import io

    from warta.export import write

    fmt, media = DOWNLOADS[request.url.path]
    f = _filters(request, 500)
    buf = io.StringIO()
    with request.app.state.lock:
        n = write(_store(request), fmt, buf, f)
    name = "warta-" + request.url.path.strip("/")
    return Response(buf.getvalue(), media_type=media, headers={
        "content-disposition": f'attachment; filename="{name}"', "x-warta-records": str(n)})


def _dl(f: Filters, *, located: bool = False) -> str:
    """The query string of a download of what ``f`` shows (no paging)."""
    from urllib.parse import urlencode

    q = f.to_query(located=located or f.located)
    for k in ("limit", "page", "kind", "contested", "q"):
        q.pop(k, None)
    return urlencode(q)


def _qs(f: Filters, **change: Any) -> str:
    from urllib.parse import urlencode

    return urlencode(f.to_query(**change))
