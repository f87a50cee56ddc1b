"""What a matched time expression means: its dates and its TIMEX3 type and value.

``resolve`` reads the named groups of ``time_grammar``'s expression against a
:class:`Context` (publication date, whether the sentence speaks of the future,
years and dates the article already gave).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from warta.pipeline import timex
from warta.pipeline.numbers import norm, parse_number
from warta.pipeline.time_amounts import duration, set_of
from warta.pipeline.time_anaphora import (
    anaphor,
    day_of_month,
    month_value,
    qualifier,
    side_of_now,
    vague_part,
    week_of,
)
from warta.pipeline.time_calendar import (
    RECENT_DAYS,
    holiday,
    quarter,
    safe_date,
    season,
    year_of,
)
from warta.pipeline.time_grammar import Grammar
from warta.pipeline.time_records import Context, Resolved
from warta.pipeline.time_relative import ago, on_day, relative, window

YEAR_CONTEXT: Final = 24  # characters before a bare year searched for what makes it one


def resolve(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """The dates and value of a matched expression, or None when it names none; None too when its
    dates would lie outside the calendar's years 1 to 9999 ("430,000 weeks ago", "year 0")."""
    try:
        return _resolve(m, g, ctx)
    except (OverflowError, ValueError):  # (raised by the date arithmetic of datetime)
        return None


def _resolve(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    r = _point(m, g, ctx)
    if r is None:
        return None
    if m.group("wkof") is not None:  # "the week of March 6": that day's week
        if r.precision != "day" or r.start is None:
            return None
        monday = r.start - timedelta(days=r.start.weekday())
        return Resolved(monday, monday + timedelta(days=6), "week", "point", value=timex.week_value(monday))
    if m.group("since") is not None and r.start is not None and r.kind in ("point", "window") \
            and not g.possessive.match(m.string, m.end()):
        if ctx.pub is None or r.start > ctx.pub:
            return None
        return Resolved(r.start, ctx.pub, "range", "since", r.type, r.value, r.mod)
    return vague_part(side_of_now(r, m, g, ctx.pub), r.mod or qualifier(m, g))


def _point(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:  # noqa: C901
    gr = m.group
    pub = ctx.pub
    if gr("clk") is not None:
        return _clock(m, g, ctx)
    if gr("iso") is not None:
        return _day(int(gr("iy")), int(gr("im")), int(gr("idd")), ctx)
    if gr("dmy") is not None or gr("mdy") is not None:
        k = "1" if gr("dmy") is not None else "2"
        yr = gr("yr" + k)
        year = int(gr("y" + k)) if gr("y" + k) else (
            pub.year + g.year_rel[norm(yr)] if yr and pub else None)
        month, day = g.months[gr("m" + k)], int(gr("d" + k))
        r = _day(year if year else _weekday_year(month, day, gr("wd" + k), g, ctx), month, day, ctx)
        last = gr("d" + k + "b")
        if r is None or last is None:
            return r
        end = _day(r.start.year if r.start else year, month, int(last), ctx)
        if end is None or end.start is None or r.start is None or end.start <= r.start:
            return r
        # "March 3-5", "3-5 Maret": the days as a range; one TIMEX3 names its first day
        return Resolved(r.start, end.start, "range", "point", value=r.value)
    if gr("num") is not None:
        parts = [int(x) for x in re.split(r"[/-]", gr("n1") or gr("n2") or gr("n3"))]
        day, month = (parts[0], parts[1]) if g.dmy else (parts[1], parts[0])
        year = parts[2] if len(parts) > 2 else None
        if year is not None and year < 100:
            year += 2000
        r = _day(year if year else _weekday_year(month, day, gr("wd3"), g, ctx), month, day, ctx)
        if r is not None and r.start is not None and gr("npod"):  # "Selasa (7/1) malam"
            return on_day(r.start, gr("npod"), g)
        return r
    if gr("dom") is not None:
        return day_of_month(m, g, ctx)
    if gr("my") is not None:
        y3 = year_of(gr("y3"), g)
        return month_value(y3, g.months[gr("m3")], qualifier(m, g)) if y3 else None
    if gr("qtr") is not None:
        return quarter(m, g, ctx)
    if gr("cen") is not None:  # "the 20th century": TIMEX3 "19"
        n = int(gr("cenn") or gr("cenn2")) - 1
        if n < 1:
            return None
        return Resolved(date(n * 100, 1, 1), date(n * 100 + 99, 12, 31), "range", "point", value=f"{n:02d}")
    if gr("dec") is not None:
        return _decade(m, g, pub)
    if gr("yr") is not None:
        return _year(m, g)
    if gr("sy") is not None:
        return _spoken_year(m, g)
    if gr("ana") is not None:
        return anaphor(m, g, ctx)
    if gr("ref") is not None:
        s, e = m.span("ref")
        blocks = g.not_refs.finditer(m.string, max(0, s - 12), e + 12)
        if any(b.start() <= s and b.end() >= e for b in blocks):
            return None  # "as soon as they arrive", "soon after": a conjunction, no time of its own
        if norm(gr("ref")) in g.discourse_refs and _opens_with_comma(m.string, s, e):
            return None  # "Now, he says ...": a discourse marker
        return Resolved(None, None, None, "reference", value=g.refs[norm(gr("ref"))])
    if gr("dur") is not None:
        ref = g.modal_refs.get(norm(gr("dur")))
        if ref and g.modal.search(m.string, max(0, m.start() - 12), m.start()):
            return Resolved(None, None, None, "reference", value=ref)  # "will one day be": some day ahead
        word = norm(gr("dw")) if gr("dw") else ""
        if word in g.qualified_only and not gr("qual"):
            return None  # "tahun" alone is no time; "akhir tahun" is
        if word in g.current_periods and pub is not None and (gr("qual") or not (
                g.period_end.match(m.string, m.end()) or (gr("prep") and norm(gr("prep")) in g.span_preps))):
            # "for the year", "the end of the year", "akhir bulan": this year or month; a length only
            # when its end follows ("the year ended March 31") or "throughout" comes before
            if g.dur_words[word][0] == "month":
                return month_value(pub.year, pub.month, qualifier(m, g))
            if g.dur_words[word][0] == "week":  # "sejak awal pekan", "the start of the week"
                return week_of(pub - timedelta(days=pub.weekday()), qualifier(m, g))
            if g.dur_words[word][0] == "decade":  # "the end of the decade", "akhir dekade": TIMEX3 "202"
                first = pub.year // 10 * 10
                return Resolved(date(first, 1, 1), date(first + 9, 12, 31), "range", "point",
                                value=str(pub.year // 10), mod=qualifier(m, g))
            return Resolved(date(pub.year, 1, 1), date(pub.year, 12, 31), "year", "point",
                            value=str(pub.year), mod=qualifier(m, g))
        return duration(m, g)
    if gr("set") is not None or gr("wset") is not None:
        return set_of(m, g)
    if gr("sea") is not None:
        return season(m, g, ctx)
    if pub is None:
        return None
    if gr("ago") is not None:
        return ago(m, g, ctx)
    if gr("hol") is not None:
        return holiday(m, g, ctx)
    if gr("rpart") is not None:
        off, part = g.rel_parts[norm(gr("rpart"))]
        d = pub + timedelta(days=off)
        return Resolved(d, d, "day", "point", "TIME", f"{d.isoformat()}T{part}")
    if gr("rel") is not None:
        return relative(m, g, ctx)
    if gr("qpod") is not None or gr("apod") is not None:  # "mid-afternoon", "pada sore hari": on the day
        # it names, else the latest day named
        d = pub + timedelta(days=g.rel_days[norm(gr("qprel"))]) if gr("qprel") else ctx.day or pub
        part = g.parts[norm(gr("qpod") or gr("apod"))]
        if part == "NI" and not gr("qprel") and ctx.day is None and not ctx.future:
            # "Selama malam hari, ... menembak jatuh 41 drone" with no day named: the night just past
            start = pub - timedelta(days=1)
            return Resolved(start, pub, "range", "window", "TIME", f"{start.isoformat()}TNI")
        return Resolved(d, d, "day", "point", "TIME", f"{d.isoformat()}T{part}", mod=qualifier(m, g))
    if gr("wd") is not None:
        wd = g.weekdays[gr("wd5")]
        if gr("wdwk"):  # "Monday of last week", "Kamis pekan depan": that weekday of that week
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=g.rel_periods[norm(gr("wdwk"))][1])
            return on_day(monday + timedelta(days=wd), gr("wpod"), g)
        if gr("wdpb") or gr("wdpa") or gr("wdfb") or gr("wdfa"):
            # "the previous Friday", "Senin berikutnya": from the latest day the article named
            anchor = ctx.day or pub
            if gr("wdpb") or gr("wdpa"):
                return on_day(anchor - timedelta(days=(anchor.weekday() - wd) % 7 or 7), gr("wpod"), g)
            return on_day(anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7), gr("wpod"), g)
        if gr("wdnb") or gr("wdna"):
            back = -((wd - pub.weekday()) % 7 or 7)
        elif ctx.future and not (gr("wdlb") or gr("wdla")):
            back = -((wd - pub.weekday()) % 7)
        elif ctx.started and not (gr("wdlb") or gr("wdla")):
            back = min((pub.weekday() - wd) % 7, -((wd - pub.weekday()) % 7), key=abs)
        else:
            back = (pub.weekday() - wd) % 7
            if back == 0 and (gr("wdlb") or gr("wdla")):
                back = 7
        return on_day(pub - timedelta(days=back), gr("wpod"), g)
    if gr("mon") is not None:
        name = gr("m5")
        # "May", "March": a month only with a word that makes it one ("last May", "the March vote")
        marked = gr("prep") or gr("since") or gr("qual") or gr("mrel") or gr("yr5") \
            or gr("mana") or gr("mana2") \
            or g.month_determiner.search(m.string, max(0, m.start() - 12), m.start())
        if name in g.ambiguous_months and not marked:
            return None
        month = g.months[name]
        if gr("yr5"):  # "Oktober tahun lalu", "October last year"
            return month_value(pub.year + g.year_rel[norm(gr("yr5"))], month, qualifier(m, g))
        if gr("mana") or gr("mana2"):  # "the following March": the first March after the latest date named
            return _month_after(ctx.last_value, month, g.month_ana[norm(gr("mana") or gr("mana2"))], m, g)
        if gr("mrel"):  # "last April": the latest April before this month; "next April" the first after
            step = g.month_rel[norm(gr("mrel"))]
            year = pub.year
            if step < 0 and month >= pub.month:
                year -= 1
            elif step > 0 and month <= pub.month:
                year += 1
            return month_value(year, month, qualifier(m, g))
        near = ctx.nearest and not ctx.past and 0 < (month - pub.month) % 12 < ctx.near_months
        if (ctx.future or near) and not gr("since"):
            return month_value(pub.year if month >= pub.month else pub.year + 1, month, qualifier(m, g))
        return month_value(pub.year if month <= pub.month else pub.year - 1, month, qualifier(m, g))
    if gr("win") is not None:
        return window(m, g, pub, forward=False)
    if gr("nxt") is not None:
        return window(m, g, pub, forward=True)
    return None


def _month_after(last: str | None, month: int, step: int, m: re.Match[str], g: Grammar) -> Resolved | None:
    """The month ``month`` first after (``step`` 1) or last before (-1) the latest date the article
    named ("in September 2014 ... the following March": March 2015), or in its year (0: "September
    of the same year"); none without such a date."""
    v = re.match(r"(\d{4})-(\d\d)", last or "")
    if v is None:
        return None
    year, named = int(v.group(1)), int(v.group(2))
    if step > 0:
        year += month <= named
    elif step < 0:
        year -= month >= named
    return month_value(year, month, qualifier(m, g))


def _day(year: int | None, month: int, day: int, ctx: Context) -> Resolved | None:
    pub = ctx.pub
    try:
        if year is None:
            if (month, day) in ctx.years:
                d = date(ctx.years[(month, day)], month, day)
            elif pub is None:
                return None
            elif ctx.future:
                d = date(pub.year, month, day)
                if d < pub and ((pub - d).days > RECENT_DAYS or ctx.ahead):
                    d = date(pub.year + 1, month, day)
            else:
                d = date(pub.year, month, day)
                if d > pub:
                    d = date(pub.year - 1, month, day)
                if ctx.nearest or ctx.started:  # the next one, when it is nearer and close (or just nearer)
                    after = safe_date(d.year + 1, month, day)
                    close = ctx.started or (after - pub).days <= ctx.near_days
                    if (after - pub).days < (pub - d).days and close:
                        d = after
        else:
            d = date(year, month, day)
    except ValueError:
        return None
    return Resolved(d, d, "day", "point", value=d.isoformat())


# a yearless date this close to publication is that one, whatever weekday it is named with
SLIP_DAYS: Final = 7


def _weekday_year(month: int, day: int, weekday: str | None, g: Grammar, ctx: Context) -> int | None:
    """The year, next to publication's, in which a yearless date falls on the weekday
    the text names with it ("Selasa (7/1)"); None when there is no such weekday."""
    pub = ctx.pub
    want = g.weekdays.get(weekday or "")
    if want is None or pub is None or (month, day) in ctx.years:
        return None
    days = [safe_date(y, month, day) for y in (pub.year, pub.year - 1, pub.year + 1)]
    if any(d.day == day and abs((d - pub).days) <= SLIP_DAYS for d in days):
        return None  # "Minggu (8/6)" the day before a Tuesday 9 June: a slip of the weekday, not last year
    fits = [d for d in days if d.weekday() == want and d.day == day]
    return min(fits, key=lambda d: abs((d - pub).days)).year if fits else None


def _decade(m: re.Match[str], g: Grammar, pub: date | None) -> Resolved:
    """"the 1990s" (TIMEX3 "199"); "the '80s", "the nineties", "era 90-an": the latest such
    decade that began by publication (the 1900s' without one)."""
    gr = m.group
    if gr("decc"):
        c = int(gr("decc"))
        return Resolved(date(c * 100, 1, 1), date(c * 100 + 99, 12, 31), "range", "point", value=str(c))
    if gr("decy"):
        y = int(gr("decy")) * 10
    else:
        tens = int(gr("decd")) if gr("decd") else g.decade_words[norm(gr("decw"))]
        y = 2000 + tens * 10
        if pub is None or y > pub.year:
            y -= 100
    return Resolved(date(y, 1, 1), date(y + 9, 12, 31), "range", "point", value=str(y // 10))


def _year(m: re.Match[str], g: Grammar) -> Resolved | None:
    gr = m.group
    if gr("y4b"):  # "periode 2019-2024", "the 2023-24 season": the years as a range, named by the first
        y, b = int(gr("y4")), gr("y4b")
        last = int(b) if len(b) == 4 else y - y % 100 + int(b)
        if not y < last <= y + 100 or y < 1900:
            return None
        return Resolved(date(y, 1, 1), date(last, 12, 31), "range", "point", value=str(y),
                        mod=qualifier(m, g))
    if int(gr("y4")) < 1900 and not ((gr("prep") or gr("since") or gr("yw"))
                                     and re.match(r"\s*(?:[^\w\s]|$)", m.string[m.end():m.end() + 3])):
        return None  # "1898" is a year only after a preposition and before punctuation: "in 1898."
    if not (gr("yw") or gr("prep") or gr("since") or gr("dw0") or gr("qual")):
        text = m.string
        before = text[max(0, m.start() - 1):m.start()]
        after = re.match(r"\s*(\S)", text[m.end():m.end() + 3])
        wordy = after is not None and (after.group(1).islower() or after.group(1) in "%")
        if before in ("$", "#", "№"):
            return None
        # "the 1991 agreement", "between 1994 and 1997": a year even with a noun after it
        if wordy and not g.year_before.search(text, max(0, m.start() - YEAR_CONTEXT), m.start()) \
                and not g.year_after.match(text, m.end()):  # "periode 2015 hingga 2022"
            return None
    y = int(gr("y4"))
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year", "point", value=str(y), mod=qualifier(m, g))


def _spoken_year(m: re.Match[str], g: Grammar) -> Resolved | None:
    """"nineteen ninety-six" (a century and its years 10-99), "the year two thousand"."""
    gr = m.group
    if gr("syc"):
        y = year_of(f"{gr('syc')} {gr('syr')}", g)
        if y is None:
            return None
    else:
        n = parse_number(gr("syn"), g.lang)
        if n is None or not n.is_integer() or not 1900 <= n <= 2099:
            return None
        y = int(n)
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year", "point", value=str(y))


def _clock(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    gr = m.group
    if gr("cnm"):
        hour, minute = g.named_clock[norm(gr("cnm"))], 0
    elif gr("ch"):
        hour, minute = int(gr("ch")), int(gr("cm"))
    elif gr("chh"):
        hour, minute = int(gr("chh")), int(gr("chm"))
    else:
        hour, minute = int(gr("ch2")), 0
    if hour > 24:
        return None
    cap = (gr("cap") or "").lower().replace(".", "")
    pod = g.parts.get(norm(gr("cpod") or ""))
    if (cap == "pm" or pod in ("AF", "EV") or (pod == "NI" and hour >= 6)
            or (pod == "MI" and hour <= 5)) and hour < 12:
        hour += 12
    elif (cap == "am" or pod == "NI") and hour == 12:
        hour = 0
    day = ctx.day or ctx.pub
    utc = "Z" if gr("zone") and norm(gr("zone")) in g.utc_zones else ""  # ISO 8601 for GMT/UTC
    return Resolved(None, None, None, "point", "TIME", timex.clock_value(day, hour, minute) + utc)


def _opens_with_comma(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``..``end`` open their sentence and a comma follows them."""
    before = text[max(0, start - 3):start].rstrip(" \"'“‘`(")
    return (not before or before[-1] in ".!?:\n") and text[end:end + 2].lstrip().startswith(",")
