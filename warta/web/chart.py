"""The chart of figures over time: one series per claimant and side (and
unit and outcome), every claimed value its own point, so that claimants who
disagree stand apart on the same day; nothing is averaged."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from warta.store.claims import claimant_key
from warta.store.records import FigureRow
from warta.web import present

WIDTH, HEIGHT = 760, 300
PAD_L, PAD_R, PAD_T, PAD_B = 64, 16, 12, 36
SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
                  "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")
MAX_SERIES = 12


def _day(r: FigureRow) -> str | None:
    return r.period_end or r.published


def _name(r: FigureRow) -> str:
    if r.claimant_kind == "reporter":
        return r.source or "reporter"
    who = r.claimant or "unknown"
    return f"{who} ({r.claimant_country})" if r.claimant_country else who


def series(rows: list[FigureRow]) -> list[dict[str, Any]]:
    """Figures grouped by (claimant, side, unit, outcome), each a list of
    points in date order; the series with the most points first."""
    groups: dict[tuple[str, str | None, str, str], list[FigureRow]] = {}
    for r in rows:
        if _day(r) is None or (r.value is None and r.low is None and r.high is None):
            continue
        groups.setdefault((claimant_key(r), r.side, r.unit, r.outcome), []).append(r)
    out: list[dict[str, Any]] = []
    for (key, side, unit, outcome), rs in groups.items():
        rs.sort(key=lambda r: (_day(r) or "", r.id))
        name = max((_name(r) for r in rs), key=lambda n: (len(n), n))
        out.append({
            "claimant": key, "name": name, "side": side, "unit": unit, "outcome": outcome,
            "label": f"{name}: {present.side_name(side) if side else 'unknown side'} "
                     f"{unit.replace('_', ' ')} {outcome}",
            "points": [{"date": _day(r), "value": r.value, "low": r.low, "high": r.high,
                        "bound": r.bound, "running_total": r.running_total, "figure": r.id,
                        "text": r.text,
                        "evidence_url": f"/articles/{r.article_id}?at={r.start}-{r.end}#target"}
                       for r in rs],
        })
    out.sort(key=lambda s: (-len(s["points"]), s["label"]))
    return out


def _ord(day: str) -> int:
    return date.fromisoformat(day[:10]).toordinal()


def geometry(data: list[dict[str, Any]]) -> dict[str, Any]:
    """SVG geometry for the series: an x axis of days, a y axis (log when the
    values span more than two orders of magnitude), one polyline and one
    circle (with a low-high bar for ranges) per point."""
    shown = data[:MAX_SERIES]
    vals = [v for s in shown for p in s["points"]
            for v in (p["value"], p["low"], p["high"]) if v is not None and v > 0]
    days = [_ord(p["date"]) for s in shown for p in s["points"]]
    if not vals or not days:
        return {"series": [], "width": WIDTH, "height": HEIGHT}
    lo_v, hi_v = min(vals), max(vals)
    log = hi_v / lo_v > 100
    d0, d1 = min(days), max(days)
    if d0 == d1:
        d0, d1 = d0 - 1, d1 + 1
    top = 10 ** math.ceil(math.log10(hi_v)) if log else _nice(hi_v)
    bottom = 10 ** math.floor(math.log10(lo_v)) if log else 0.0
    plot_w, plot_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B

    def x(day: str) -> float:
        return round(PAD_L + (_ord(day) - d0) / (d1 - d0) * plot_w, 1)

    def y(v: float) -> float:
        v = max(v, bottom)
        frac = (math.log10(v) - math.log10(bottom)) / (math.log10(top) - math.log10(bottom)) \
            if log else (v - bottom) / (top - bottom)
        return round(PAD_T + plot_h * (1 - frac), 1)

    out = []
    for i, s in enumerate(shown):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        pts = []
        for p in s["points"]:
            v = p["value"] if p["value"] is not None else (p["low"] or p["high"])
            if v is None or v <= 0 and log:
                continue
            pts.append({**p, "x": x(p["date"]), "y": y(v),
                        "y_low": y(p["low"]) if p["low"] not in (None, 0) or not log else None,
                        "y_high": y(p["high"]) if p["high"] is not None else None,
                        "shown": present.num(v)})
        out.append({**s, "colour": colour, "svg_points": pts,
                    "path": " ".join(f"{p['x']},{p['y']}" for p in pts)})
    ticks = ([10 ** k for k in range(int(math.log10(bottom)), int(math.log10(top)) + 1)]
             if log else [top * k / 4 for k in range(5)])
    return {
        "series": out, "width": WIDTH, "height": HEIGHT, "log": log,
        "y_ticks": [{"y": y(t) if t > 0 or not log else y(bottom), "label": present.num(t)}
                    for t in ticks],
        "x_ticks": [{"x": x(date.fromordinal(o).isoformat()), "label": date.fromordinal(o)
                     .isoformat()} for o in _day_ticks(d0, d1)],
        "left": PAD_L, "right": WIDTH - PAD_R, "top": PAD_T, "bottom": HEIGHT - PAD_B,
        "hidden": max(0, len(data) - MAX_SERIES),
    }


def _nice(v: float) -> float:
    """A round number at or above v (1, 2 or 5 times a power of ten)."""
    mag = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 5, 10):
        if v <= m * mag:
            return float(m * mag)
    return float(10 * mag)


def _day_ticks(d0: int, d1: int, n: int = 5) -> list[int]:
    step = max(1, (d1 - d0) // (n - 1))
    return list(range(d0, d1 + 1, step))[:n + 1]
