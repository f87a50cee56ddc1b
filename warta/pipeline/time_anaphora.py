"""Dates counted from what the article said before ("that year", "keesokan harinya") and
the small builders the resolver shares: a month's value, a qualifier's TIMEX3 mod and the
vague span a qualified year makes."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from warta.pipeline import timex
from warta.pipeline.numbers import norm
from warta.pipeline.time_grammar import Grammar
from warta.pipeline.time_records import Context, Resolved

_DATE_VALUE: Final = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
PART_MODS: Final = ("START", "MID", "END")  # TIMEX3 mods that name a part of the period
YEAR_DAYS: Final = 364  # a span of at least this many days is a year or more


def anaphor(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """"that year", "the following month", "hari itu": counted from the latest date
    the article named, when that date is exact enough; nothing when there is none."""
    unit, off, part = g.anaphors[norm(m.group("ana"))]
    if unit == "quarter":  # "the previous quarter", "triwulan sebelumnya"
        return _next_quarter(ctx.last_value or "", off)
    v = _DATE_VALUE.match(ctx.last_value or "")
    if v is None or (unit != "year" and unit != "period" and v.group(2) is None):
        return None
    if unit == "period":  # "periode yang sama tahun lalu", "the same period last year"
        return _same_period(m, g, ctx)
    if m.group("anayr"):  # "bulan yang sama tahun lalu": the month named, in the year said
        if unit not in ("month", "day") or off or ctx.pub is None:
            return None
        year = ctx.pub.year + g.year_rel[norm(m.group("anayr"))]
        v = _DATE_VALUE.match(f"{year:04d}{(ctx.last_value or '')[4:]}")
        if v is None:
            return None
    if unit == "day" and v.group(3) is None:  # "last October ... that same day": a day of that month
        first, last = timex.month_span(int(v.group(1)), int(v.group(2)))
        value = f"{v.group(1)}-{v.group(2)}-XX" + (f"T{part}" if part else "")
        return Resolved(first, last, "month", "point", "TIME" if part else "DATE", value)
    if unit == "year":
        y = int(v.group(1)) + off
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year", "point", value=str(y), mod=qualifier(m, g))
    if unit == "month":
        d = timex.shift_months(date(int(v.group(1)), int(v.group(2)), 1), off)
        return month_value(d.year, d.month, qualifier(m, g))
    if unit == "week":  # "the previous week", "pekan berikutnya": the week of the latest day named, shifted
        if v.group(3) is None:
            return None
        d = date(int(v.group(1)), int(v.group(2)), int(v.group(3))) + timedelta(weeks=off)
        monday = d - timedelta(days=d.weekday())
        return Resolved(monday, monday + timedelta(days=6), "week", "point", value=timex.week_value(monday))
    d = date(int(v.group(1)), int(v.group(2)), int(v.group(3))) + timedelta(days=off)
    if part:  # "that night", "keesokan paginya"
        return Resolved(d, d, "day", "point", "TIME", f"{d.isoformat()}T{part}")
    return Resolved(d, d, "day", "point", value=d.isoformat(), mod=qualifier(m, g))


def qualifier(m: re.Match[str], g: Grammar) -> str | None:
    q = m.group("qual")
    return (g.qualifiers.get(norm(q)) or None) if q else None


def side_of_now(r: Resolved, m: re.Match[str], g: Grammar, pub: date | None) -> Resolved:
    """"earlier this month": the month up to publication; "later this year": from it on."""
    q = m.group("qual")
    if not q or pub is None or r.start is None or r.end is None or not r.start <= pub <= r.end:
        return r
    if norm(q) in g.before_now:
        return Resolved(r.start, pub, "range", r.kind, r.type, r.value, r.mod)
    if norm(q) in g.after_now:
        return Resolved(pub, r.end, "range", r.kind, r.type, r.value, r.mod)
    return r


def vague_part(r: Resolved, mod: str | None) -> Resolved:
    """"early 2021", "akhir 2026", "the mid-1980s": a part of a year or more that the text does not
    bound is a vague span, its TIMEX3 value and mod with no dates to be read as the whole year."""
    if r.kind == "point" and mod in PART_MODS and r.start is not None and r.end is not None \
            and (r.end - r.start).days >= YEAR_DAYS:
        return Resolved(None, None, None, "point", r.type, r.value, mod)
    return r


def month_value(year: int, month: int, mod: str | None = None) -> Resolved:
    value = f"{year:04d}-{month:02d}"
    if mod in ("START", "MID", "END"):
        first, last = timex.part_of_month(year, month, mod)
        return Resolved(first, last, "range", "point", value=value, mod=mod)
    first, last = timex.month_span(year, month)
    return Resolved(first, last, "month", "point", value=value, mod=mod)


def week_of(monday: date, mod: str | None = None) -> Resolved:
    """The week from ``monday``, all of it even with a qualifier: "awal minggu ini" is that
    Monday-to-Sunday week (ANNOTATION-NOTES), its TIMEX3 mod START."""
    value = timex.week_value(monday)
    return Resolved(monday, monday + timedelta(days=6), "week", "point", value=value, mod=mod)


def day_of_month(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """"tanggal 5": that day of the publication month, or of the month named after it ("tanggal 12
    bulan lalu"); with no month named, a day still ahead is last month's unless the clause is future
    or the language takes the nearest date."""
    if ctx.pub is None:
        return None
    day, rel = int(m.group("domd")), m.group("domrel")
    off = g.rel_periods[norm(rel)][1] if rel else 0
    if not rel and ctx.future and day < ctx.pub.day:
        off = 1
    elif not rel and not ctx.future and day > ctx.pub.day and not (ctx.nearest and not ctx.past):
        off = -1
    first = timex.shift_months(ctx.pub.replace(day=1), off)
    try:
        d = first.replace(day=day)
    except ValueError:
        return None
    return Resolved(d, d, "day", "point", value=d.isoformat())


_PERIOD_VALUE: Final = re.compile(r"(\d{4})(?:-(?:([QH])([1-4])|(\d\d)))?$")


def _same_period(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """The year, half, quarter or month the article named last (itself, not as "the previous
    quarter"), in the year said after it."""
    v = _PERIOD_VALUE.match(ctx.last_named or "")
    if v is None or not m.group("anayr") or ctx.pub is None:
        return None
    year = ctx.pub.year + g.year_rel[norm(m.group("anayr"))]
    if v.group(4):
        return month_value(year, int(v.group(4)))
    if v.group(2):
        size = 3 if v.group(2) == "Q" else 6
        n = int(v.group(3))
        if n * size > 12:
            return None
        first, last = timex.months_span(year, (n - 1) * size + 1, n * size)
        return Resolved(first, last, "range", "point", value=f"{year}-{v.group(2)}{n}")
    return Resolved(date(year, 1, 1), date(year, 12, 31), "year", "point", value=str(year))


def _next_quarter(last: str, off: int) -> Resolved | None:
    """The quarter ``off`` quarters from the quarter (or the day or month) the article named last."""
    q = _PERIOD_VALUE.match(last)
    if q is not None and q.group(2) == "Q":
        year, n = int(q.group(1)), int(q.group(3))
    else:
        v = _DATE_VALUE.match(last)
        if v is None or v.group(2) is None:
            return None
        year, n = int(v.group(1)), (int(v.group(2)) - 1) // 3 + 1
    k = year * 4 + n - 1 + off
    year, n = k // 4, k % 4 + 1
    first, end = timex.months_span(year, n * 3 - 2, n * 3)
    return Resolved(first, end, "range", "point", value=f"{year}-Q{n}")
