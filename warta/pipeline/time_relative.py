"""Dates told relative to publication: "last week", "Minggu lalu", "three days ago", "the past five
years", "in the coming days" (the ``rel``, ``ago``, ``win`` and ``nxt`` groups of ``time_grammar``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from warta.pipeline import timex
from warta.pipeline.numbers import norm
from warta.pipeline.time_amounts import count_of, scaled
from warta.pipeline.time_anaphora import month_value, qualifier, week_of
from warta.pipeline.time_calendar import QUARTER_VALUE
from warta.pipeline.time_grammar import Grammar
from warta.pipeline.time_records import Context, Resolved


def on_day(d: date, part: str | None, g: Grammar) -> Resolved:
    """Day ``d``, with the part of the day ``part`` names when there is one ("kemarin malam")."""
    if part:
        return Resolved(d, d, "day", "point", "TIME", f"{d.isoformat()}T{g.parts[norm(part)]}")
    return Resolved(d, d, "day", "point", value=d.isoformat())


def relative(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """A day, week, weekend, month, quarter, decade or year named relative to publication ("last month")."""
    assert ctx.pub is not None
    pub = ctx.pub
    raw = m.group("rel")
    key = norm(raw)
    first = raw.split()[0]
    if key in g.rel_periods and first in g.weekdays and not _sentence_start(m.string, m.start("rel")):
        # "sejak Minggu lalu": a weekday name, not the word for "week"
        wd, off = g.weekdays[first], g.rel_periods[key][1]
        back = (pub.weekday() - wd) % 7
        if off < 0 and back == 0:
            back = 7
        elif off > 0:
            back = -((wd - pub.weekday()) % 7 or 7)
        d = pub - timedelta(days=back)
        return Resolved(d, d, "day", "point", value=d.isoformat())
    if key in g.rel_days:
        d = pub + timedelta(days=g.rel_days[key])
        return on_day(d, m.group("rpod"), g)
    if key in g.rel_ranges:
        days, part = g.rel_ranges[key]
        start = pub - timedelta(days=days)
        return Resolved(start, pub, "range", "window", "TIME", f"{start.isoformat()}T{part}")
    unit, off = g.rel_periods[key]
    if unit == "week":
        return week_of(pub - timedelta(days=pub.weekday()) + timedelta(weeks=off), qualifier(m, g))
    if unit in ("weekend", "weekend_of_week"):
        if unit == "weekend":  # "the weekend": the latest one on or before publication
            saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        else:  # "this weekend": the one of this week (ahead from Monday to Friday), "last weekend"
            saturday = pub - timedelta(days=pub.weekday() - 5) + timedelta(weeks=off)
        return Resolved(saturday, saturday + timedelta(days=1), "range", "window",
                        value=timex.weekend_value(saturday))
    if unit == "month":
        d = timex.shift_months(pub.replace(day=1), off)
        return month_value(d.year, d.month, qualifier(m, g))
    if unit == "quarter":
        y, q = divmod(pub.year * 4 + timex.quarter_of(pub) - 1 + off, 4)
        first, last = timex.months_span(y, q * 3 + 1, q * 3 + 3)
        return Resolved(first, last, "range", "point", value=f"{y}-Q{q + 1}")
    if unit in ("decade", "century"):  # "this decade" (TIMEX3 "202"), "abad ini" ("20"), "last century"
        size = 10 if unit == "decade" else 100
        y = (pub.year // size + off) * size
        return Resolved(date(y, 1, 1), date(y + size - 1, 12, 31), "range", "point", value=str(y // size),
                        mod=qualifier(m, g))
    y = pub.year + off
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year", "point", value=str(y), mod=qualifier(m, g))


def _sentence_start(text: str, offset: int) -> bool:
    before = text[max(0, offset - 3):offset].rstrip()
    return not before or before[-1] in ".!?\n\"“:"


def ago(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """A time counted back from publication, or from the story's day ("three days ago", "a day earlier")."""
    assert ctx.pub is not None
    gr = m.group
    if gr("agh"):
        unit, n = g.units[norm(gr("aghu"))], 1.0
    elif gr("agi"):
        unit, k = g.implicit[norm(gr("agi"))]
        n = float(k)
    else:
        unit = g.units[norm(gr("agu"))]
        c = count_of(gr("agn"), g)
        if c is None:
            return None
        if isinstance(c, str):  # "several years ago"
            return Resolved(None, None, None, "reference", value="PAST_REF")
        n = c
    if not float(n).is_integer() or n <= 0:
        return None
    k = int(n)
    if unit == "year" and ctx.last_value and (q := QUARTER_VALUE.match(ctx.last_value)):
        y = int(q.group(1)) - k
        first, last = timex.months_span(y, int(q.group(2)) * 3 - 2, int(q.group(2)) * 3)
        return Resolved(first, last, "range", "point", value=f"{y}-Q{q.group(2)}")
    anchor = ctx.pub
    if unit in ("day", "week") and ctx.day is not None and g.ago_anaphoric.search(m.group("ago")):
        anchor = ctx.day  # "On Monday ... A day earlier, ...", "Sehari sebelumnya": from the story's day
    d = timex.shift(anchor, unit, -k)
    if d is None:
        return None
    if unit in ("day", "hour", "minute", "second"):
        return Resolved(d, d, "day", "point", value=d.isoformat())
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return Resolved(monday, monday + timedelta(days=6), "week", "point", value=timex.week_value(d))
    if unit in ("month", "quarter"):
        return month_value(d.year, d.month)
    if unit == "decade":
        return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year", "point", value=str(d.year))
    return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year", "point", value=str(d.year))


def window(m: re.Match[str], g: Grammar, pub: date, forward: bool) -> Resolved | None:
    """The span from publication back (or, ``forward``, ahead) by a counted amount ("the past five years")."""
    gr = m.group
    ref = g.refs.get(norm(gr("win") or gr("nxt")))
    if ref is not None:  # a window the language lists as a reference: "past years" is PAST_REF
        return Resolved(None, None, None, "reference", value=ref)
    p = "x" if forward else "w"
    if gr(p + "i"):
        unit, k = g.implicit[norm(gr(p + "i"))]
        n: float | str | None = float(k)
    else:
        word = norm(gr(p + "u1") or gr(p + "u2") or gr(p + "u3"))
        unit = g.units[word]
        counted = gr(p + "n1") or gr(p + "n2")
        n = count_of(counted, g) if counted or word not in g.plurals else "X"  # "the coming days"
    if n is None:
        return None
    if n == "PAST_REF":
        return Resolved(None, None, None, "reference", value="PAST_REF")
    code, size = g.unit_codes[unit]
    value = timex.duration_value(code, scaled(n, size))
    if isinstance(n, str) or not float(n).is_integer() or n <= 0:
        return Resolved(None, None, None, "duration", "DURATION", value)
    k = int(n)
    if unit == "hour":
        days = max(1, -(-k // 24))
        start, end = (pub, pub + timedelta(days=days)) if forward else (pub - timedelta(days=days), pub)
    elif unit == "day":
        start, end = (pub, pub + timedelta(days=k)) if forward else (pub - timedelta(days=max(1, k - 1)), pub)
    else:
        moved = timex.shift(pub, unit, k if forward else -k)
        if moved is None:
            return Resolved(None, None, None, "duration", "DURATION", value)
        start, end = (pub, moved) if forward else (moved, pub)
    return Resolved(start, end, "range", "window", "DURATION", value)
