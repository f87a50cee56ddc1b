"""TIMEX3 values (TimeML) and the calendar arithmetic behind them."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

TIME_UNITS: Final = frozenset({"H", "MIN", "S"})


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekend_value(d: date) -> str:
    return week_value(d) + "-WE"


# A fraction of a unit written in the next smaller one: 2.5 years is P2Y6M.
_SMALLER: Final = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def duration_value(code: str, n: float | str) -> str:
    """``P3D``, ``PT48H``, ``PXY``, ``PT5H30M``: ``n`` of the TIMEX3 unit ``code``; "X" is vague."""
    parts = _parts(code, n)
    date_part = "".join(f"{k}{c}" for c, k in parts if c not in TIME_UNITS)
    time_part = "".join(f"{k}{'M' if c == 'MIN' else c}" for c, k in parts if c in TIME_UNITS)
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def _parts(code: str, n: float | str) -> list[tuple[str, str]]:
    if isinstance(n, str) or float(n).is_integer():
        return [(code, n if isinstance(n, str) else str(int(n)))]
    whole, rest = divmod(float(n), 1)
    smaller = _SMALLER.get(code)
    if smaller is not None and float(rest * smaller[1]).is_integer():
        head = [(code, str(int(whole)))] if whole else []
        return head + [(smaller[0], str(int(rest * smaller[1])))]
    return [(code, f"{n:g}")]


def clock_value(d: date | None, hour: int, minute: int) -> str:
    day = d.isoformat() if d else "XXXX-XX-XX"
    return f"{day}T{hour:02d}:{minute:02d}"


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, first: int, last: int) -> tuple[date, date]:
    """Months ``first``..``last`` of ``year``; ``last`` may run past 12 into the next year."""
    y2, m2 = divmod(year * 12 + last - 1, 12)
    return date(year, first, 1), month_span(y2, m2 + 1)[1]


def part_of_month(year: int, month: int, mod: str) -> tuple[date, date]:
    """The first (START), middle (MID) or last (END) ten days of a month."""
    first, last = month_span(year, month)
    if mod == "START":
        return first, first.replace(day=10)
    if mod == "MID":
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21), last


def shift_months(d: date, n: int) -> date:
    y, mo = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))


def shift(d: date, unit: str, n: int) -> date | None:
    """``d`` moved by ``n`` units (negative: back); None for units finer than a day."""
    if unit in ("hour", "minute", "second"):
        return d
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    return shift_months(d, n * months) if months else None


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1
