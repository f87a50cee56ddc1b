"""Small pieces of presentation shared by the pages: names of sides, numbers,
colours of event types, safe links, range bars and histogram bars."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from warta.model import EVENT_TYPES
from warta.store.claims import Measure

# one colour per event type (colour-blind-friendly order), and figures
_PALETTE = ("#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#1f77b4", "#8c564b",
            "#e377c2", "#bcbd22", "#17becf", "#7f7f7f", "#393b79")
COLOURS: dict[str, str] = dict(zip(EVENT_TYPES, _PALETTE))
COLOURS["figure"] = "#555555"


def colour(kind: str | None) -> str:
    return COLOURS.get(kind or "other", COLOURS["other"])


@lru_cache(maxsize=512)
def side_name(code: str | None) -> str:
    """"Ukraine" for "UA"; the code itself when no name is known."""
    if not code:
        return "?"
    own = _names().get(code.upper())
    if own:
        return own
    try:
        from babel import Locale

        return str(Locale.parse("en").territories.get(code.upper(), code))
    except Exception:  # noqa: BLE001 - a name is a nicety, never an error
        return code


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).parent / "names.toml").read_text("utf-8"))
    return {str(k): str(v) for k, v in data["countries"].items()}


def num(x: float | int | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) link, else None (never a
    ``javascript:`` or ``data:`` link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def measure_label(m: Measure) -> str:
    """"Ukraine's personnel killed in Kursk Oblast", and whether it is a running total."""
    who = f"{side_name(m.side)}'s" if m.side else "Unknown side's"
    total = ", running total" if m.running_total else ""
    where = f" in {m.place}" if m.place else ""
    return f"{who} {m.unit.replace('_', ' ')} {m.outcome}{where}{total}"


def period_label(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "undated"
    return start or "?" if start == end else f"{start or '?'} – {end or '?'}"


BAR_WIDTH = 240


def range_bars(m: Measure) -> dict[str, Any]:
    """SVG geometry of a measure's range bar: one row per claimant, the
    scale from 0 to the highest value any claimant gave."""
    top = max((v for e in m.entries for v in (e.high, e.value, e.low) if v is not None),
              default=0.0) or 1.0
    rows = []
    for e in m.entries:
        lo = e.low if e.low is not None else e.value
        hi = e.high if e.high is not None else e.value
        val = e.value if e.value is not None else lo
        if e.bound == "lower" or hi is None:
            hi = top  # "at least": the bar runs to the end of the scale
        if e.bound == "upper":
            lo = 0.0  # "up to"
        rows.append({
            "x1": round((lo or 0) / top * BAR_WIDTH, 1),
            "x2": round(hi / top * BAR_WIDTH, 1),
            "cx": None if val is None else round(val / top * BAR_WIDTH, 1),
        })
    return {"top": num(top), "width": BAR_WIDTH, "rows": rows}


def _slot(period: str) -> int:
    """A period's position on a continuous axis: days, or months for "YYYY-MM"."""
    if len(period) == 7:
        return int(period[:4]) * 12 + int(period[5:7])
    from datetime import date

    return date.fromisoformat(period[:10]).toordinal()


def bars(hist: list[tuple[str, str, int]], height: int = 80, width: int = 720) -> dict[str, Any]:
    """SVG geometry of the timeline histogram: one stacked bar per period,
    placed on a continuous time axis (empty periods leave gaps)."""
    periods = sorted({d for d, _, _ in hist})
    if not periods:
        return {"bars": [], "width": 0, "height": height, "first": None, "last": None}
    totals: dict[str, int] = {}
    for d, _, n in hist:
        totals[d] = totals.get(d, 0) + n
    peak = max(totals.values())
    first = _slot(periods[0])
    slots = _slot(periods[-1]) - first + 1
    step = min(24.0, width / slots)
    out = []
    stacked: dict[str, float] = {}
    for d, kind, n in hist:
        h = n / peak * height
        y0 = stacked.get(d, 0.0)
        stacked[d] = y0 + h
        out.append({"x": round((_slot(d) - first) * step, 2), "y": round(height - y0 - h, 1),
                    "w": round(max(step - 1, 1.0), 2), "h": round(h, 1), "fill": colour(kind),
                    "title": f"{d}: {n} {kind}"})
    return {"bars": out, "width": round(slots * step) + 1, "height": height,
            "first": periods[0], "last": periods[-1], "peak": peak}


def count(n: int, one: str, many: str | None = None) -> str:
    """"1 measure", "2 measures": the number and the word in its form."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
