"""Calendar units of a time expression: quarters and halves ("Q3 2024", "kuartal
I/2024"), seasons ("last winter", "musim panas 2023") and holidays ("Christmas",
"Election Day"), each resolved against the :class:`Context` as ``time_resolve``
does for days and months.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from warta.pipeline import timex
from warta.pipeline.numbers import norm, parse_number
from warta.pipeline.time_grammar import Grammar
from warta.pipeline.time_records import Context, Resolved

RECENT_DAYS: Final = 45  # a yearless date this close before publication stays there, whatever the tense
QUARTER_VALUE: Final = re.compile(r"^(\d{4})-Q([1-4])$")
EASTER_SPEC: Final = re.compile(r"Easter([+-]\d+)?")  # a holiday so many days from Easter Sunday
HIJRI_SPEC: Final = re.compile(r"Hijri-(\d\d)-(\d\d)")  # a day of the Islamic calendar: month and day
HIJRI_EPOCH: Final = 1948439  # the Julian day number before 1 Muharram of year 1 (the civil epoch, 622-07-16)
JULIAN_ORDINAL: Final = 1721425  # Julian day number minus Python's date ordinal


def quarter(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    gr = m.group
    if gr("qn"):
        code, n = "Q", int(gr("qn"))
    else:
        code = g.period_words[norm(gr("qu"))]
        given = gr("qy1") or gr("qy2")
        if not gr("qo"):  # "the 1988 quarter": the quarter last named, in that year
            q = QUARTER_VALUE.match(ctx.last_value or "")
            if not (given and q and code == "Q"):
                return None
            n = int(q.group(2))
        else:
            n = g.ordinals.get(norm(gr("qo")), 0)
    if not 1 <= n <= (4 if code == "Q" else 2):
        return None
    given = gr("qy1") or gr("qy2") or gr("qy3")
    if given:
        year = int(given)
    elif ctx.pub is None:
        return None
    elif gr("qyr"):
        year, given = ctx.pub.year + g.year_rel[norm(gr("qyr"))], gr("qyr")
    else:
        year = ctx.pub.year + (g.period_offsets.get(norm(gr("qoff")), 0) if gr("qoff") else 0)
    size = 3 if code == "Q" else 6
    first, last = timex.months_span(year, (n - 1) * size + 1, n * size)
    if not given and not gr("qoff") and ctx.pub is not None and first > ctx.pub and not ctx.future:
        year -= 1
        first, last = timex.months_span(year, (n - 1) * size + 1, n * size)
    return Resolved(first, last, "range", "point", value=f"{year}-{code}{n}")


def season(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    gr = m.group
    name = norm(gr("sean"))
    mod = gr("seamod") or gr("seamod2")
    if name in g.ambiguous_seasons and not (mod or gr("seay") or gr("prep") or gr("since")):
        return None
    if gr("seay"):
        year = year_of(gr("seay"), g) or 0
        if not year:
            return None
    elif ctx.pub is None:
        return None
    else:
        year = ctx.pub.year + (g.season_mods.get(norm(mod), 0) if mod else 0)
    code = g.seasons[name]
    first_m, last_m = g.season_months.get(code, (1, 12))
    first, last = timex.months_span(year, first_m, last_m)
    return Resolved(first, last, "range", "point", value=f"{year}-{code}")


def holiday(m: re.Match[str], g: Grammar, ctx: Context) -> Resolved | None:
    """A holiday on a fixed day ("12-25"), the nth weekday of a month ("11-Thu-4"), some
    days from Easter ("Easter-2") or a day of the Islamic calendar ("Hijri-10-01"); with a
    week word after it ("Easter week"), its week; with a year ("Lebaran 2024"), that year's."""
    assert ctx.pub is not None
    pub = ctx.pub
    text, s, e = m.string, m.start("body"), m.end()
    if g.holiday_name_before.search(text, max(0, s - 24), s) or g.holiday_name_after.match(text, e):
        return None  # "Easter Island", "the Good Friday Agreement", "Pulau Natal": a name
    raw = g.holidays[norm(m.group("holn"))]
    spec = raw.split("-")
    movable = EASTER_SPEC.fullmatch(raw)
    lunar = HIJRI_SPEC.fullmatch(raw)
    step = g.month_rel.get(norm(m.group("hrel") or ""), 0) if m.group("hrel") else None

    def on(year: int) -> date:
        if movable:
            return easter(year) + timedelta(days=int(movable.group(1) or 0))
        if lunar:
            return hijri(year, int(lunar.group(1)), int(lunar.group(2)), g)
        month = int(spec[0])
        if len(spec) == 2:
            return safe_date(year, month, int(spec[1]))
        first = date(year, month, 1)
        wd = g.holiday_days.index(spec[1])
        nth, _, later = spec[2].partition("+")  # "11-Mon-1+1": the day after the first Monday
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (int(nth) - 1) + int(later or 0))

    if m.group("holy"):  # "Christmas 2023", "Lebaran 2024"
        d = on(int(m.group("holy")))
        return Resolved(d, d, "day", "point", value=d.isoformat())
    d = on(pub.year)
    near = step is None and ctx.nearest and not ctx.past and d > pub and (d - pub).days <= ctx.near_days
    # "as Easter week began": the week of publication, whatever the tense
    if not (step is None and m.group("holw") and d.isocalendar()[:2] == pub.isocalendar()[:2]):
        if (step is not None and step < 0 and d >= pub) or (step is None and not ctx.future and d > pub
                                                            and not near):
            d = on(pub.year - 1)
        elif (step is not None and step > 0 and d <= pub) or (
                ctx.future and d < pub and ((pub - d).days > RECENT_DAYS or ctx.ahead)):
            d = on(pub.year + 1)  # "ahead of Christmas" two days after it is that Christmas
        elif step is None and ctx.nearest and not ctx.past and d < pub \
                and 0 < (on(pub.year + 1) - pub).days <= min(ctx.near_days, (pub - d).days):
            d = on(pub.year + 1)  # "New Year" in mid-December: the coming one
    if m.group("holw"):
        monday = d - timedelta(days=d.weekday())
        return Resolved(monday, monday + timedelta(days=6), "week", "point", value=timex.week_value(d))
    return Resolved(d, d, "day", "point", value=d.isoformat())


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    weekday = (32 + 2 * leap_r + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def hijri(year: int, month: int, day: int, g: Grammar) -> date:
    """The first day in the Gregorian ``year`` that is ``day`` of ``month`` in the Islamic
    calendar, by its tabular (arithmetic) form; the dates a country actually kept, where
    they differ by a sighting of the moon, come from ``hijri_dates`` in times.toml."""
    kept = g.lang.data("times").get("hijri_dates", {})
    found = []
    for hy in range(int((year - 622) * 33 / 32) - 1, int((year - 622) * 33 / 32) + 3):
        official = kept.get(f"{hy}-{month:02d}-{day:02d}")
        jdn = day + (59 * (month - 1) + 1) // 2 + (hy - 1) * 354 + (3 + 11 * hy) // 30 + HIJRI_EPOCH
        d = date.fromisoformat(official) if official else date.fromordinal(jdn - JULIAN_ORDINAL)
        if d.year == year:
            found.append(d)
    return min(found) if found else date(year, 1, 1)


def safe_date(year: int, month: int, day: int) -> date:
    """The date, or the month's last day when it has no such day (29 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return timex.month_span(year, month)[1]


def year_of(raw: str, g: Grammar) -> int | None:
    """A year in digits or in words ("nineteen ninety-six"); None when the words are a number."""
    if raw.isdigit():
        return int(raw)
    century, _, rest = raw.replace("-", " ", 1).partition(" ")
    c, r = parse_number(century, g.lang), parse_number(rest, g.lang)
    if c is None or r is None or not 10 <= r <= 99 or not r.is_integer():
        return None  # "twenty five" is a number
    return int(c) * 100 + int(r)
