"""Date expressions normalised against the publication date.

``find_times`` returns weekdays, relative days ("kemarin", "yesterday"),
explicit and numeric dates, months, years, "since X" ranges, windows
("dalam 24 jam terakhir", "for the past five months"), weeks and weekends as
``TimeMention``s whose span includes the preposition before them ("pada hari
Minggu", "on Aug. 6"). A bare weekday, month or day-and-month is the most
recent one on or before publication. Clock times, bare durations and vague
spans ("beberapa bulan terakhir") are not reported. Words come from
``warta/lang/<code>/times.toml``; weekday and month names from Babel (CLDR).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from babel import Locale

from warta.lang import Lang
from warta.model import Sentence, TimeMention
from warta.pipeline.numbers import norm, number_pattern, parse_number, words_pattern

_YEAR = r"(?:19|20)\d{2}(?!\d)"


@dataclass(slots=True)
class _Grammar:
    regex: re.Pattern[str]
    weekdays: dict[str, int]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    rel_days: dict[str, int]
    rel_ranges: dict[str, int]
    rel_periods: dict[str, tuple[str, int]]
    year_rel: dict[str, int]
    units: dict[str, str]
    implicit: dict[str, tuple[str, int]]
    dmy: bool
    quotes: tuple[tuple[str, str], ...]
    lang: Lang


def _i(words: list[str] | dict[str, Any]) -> str:
    """A case-insensitive alternation of ``words``."""
    return rf"(?i:{words_pattern(words)})"


@cache
def _grammar(lang: Lang) -> _Grammar:
    d = lang.data("times")
    loc = Locale.parse(lang.babel_locale)
    weekdays = {n: i for i, n in loc.days["format"]["wide"].items()}
    weekdays.update({k: int(v) for k, v in d.get("extra_weekdays", {}).items()})
    full = {n: i for i, n in loc.months["format"]["wide"].items()}
    full.update({k: int(v) for k, v in d.get("extra_months", {}).items()})
    abbr = {n.rstrip("."): i for i, n in loc.months["format"]["abbreviated"].items()}
    months = {**abbr, **full}
    wd, mfull, mall = (words_pattern(x) for x in (weekdays, full, months))
    num = number_pattern(lang)
    dayw = rf"(?:{_i(d['day_words'])}\s+)?" if d.get("day_words") else ""
    monw = rf"(?:{_i(d['month_words'])}\s+)?" if d.get("month_words") else ""
    yearw = rf"(?:{_i(d['year_words'])}\s+)" if d.get("year_words") else r"(?!x)x"
    yrel = _i(d.get("year_relative", {}))
    pod = _i(d.get("parts_of_day", []))
    rel = {**d.get("relative_days", {}), **d.get("relative_ranges", {}),
           **d.get("relative_periods", {})}
    before = [rf"(?P<wdlb>{_i(d['weekday_last_before'])})" if d.get("weekday_last_before") else "",
              rf"(?P<wdnb>{_i(d['weekday_next_before'])})" if d.get("weekday_next_before") else ""]
    after = [rf"(?P<wdla>{_i(d['weekday_last_after'])})" if d.get("weekday_last_after") else "",
             rf"(?P<wdna>{_i(d['weekday_next_after'])})" if d.get("weekday_next_after") else ""]
    last_before = (rf"(?:(?:{'|'.join(x for x in before if x)})\s+)?" if any(before) else "")
    last_after = (rf"(?:\s+(?:{'|'.join(x for x in after if x)})(?!\w))?" if any(after) else "")
    past = rf"(?:\s+{_i(d['past_after'])}(?!\w))?" if d.get("past_after") else ""
    units = _i(d.get("window_units", {}))
    win = []
    if d.get("window_before"):
        win.append(rf"{_i(d['window_before'])}\s+(?:(?P<wn1>{num})\s+)?(?P<wu1>{units})")
    if d.get("window_after"):
        implicit = d.get("window_implicit", {})
        alt = rf"|(?P<wi>{_i(implicit)})" if implicit else ""
        win.append(rf"(?:(?P<wn2>{num})\s+(?P<wu2>{units}){alt})\s+{_i(d['window_after'])}")
    pattern = (
        rf"(?<!\w)(?:(?P<since>{_i(d.get('since', []))})\s+|(?P<prep>{_i(d.get('prepositions', []))})\s+)?"
        rf"(?:(?P<qual>{_i(d.get('qualifiers', []))})\s+)?(?:"
        rf"(?P<dmy>(?:{dayw}(?P<wd1>{wd}),?\s*\(?\s*)?(?P<d1>\d{{1,2}})\s+{monw}(?P<m1>{mall})\.?(?!\w)"
        rf"(?:\s+(?P<y1>{_YEAR})|\s+(?P<yr1>{yrel})(?!\w)|{past})?\)?)"
        rf"|(?P<mdy>(?:{dayw}(?P<wd2>{wd}),?\s+)?(?P<m2>{mall})(?:\.\s*|\s+)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|\.\d)"
        rf"(?:\s?,?\s+(?P<y2>{_YEAR})|\s+(?P<yr2>{yrel})(?!\w))?)"
        rf"|(?P<num>(?:{dayw}(?P<wd3>{wd}),?\s*)?\(\s*(?P<n1>\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\s*\)"
        rf"|(?<![\d/])(?P<n2>\d{{1,2}}/\d{{1,2}}/\d{{4}})(?![\d/]))"
        rf"|(?P<my>{monw}(?P<m3>{mfull})\s+(?P<y3>{_YEAR}))"
        rf"|(?P<yr>(?P<yw>{yearw})?(?P<y4>{_YEAR})(?![\w/-]))"
        rf"|(?P<rel>{_i(rel)})(?!\w)(?:\s+{pod}(?!\w))?"
        rf"|(?P<wd>{last_before}{dayw}(?P<wd5>{wd})(?!\w)(?:\s+{pod}(?!\w))?{last_after})"
        rf"|(?P<mon>{monw}(?P<m5>{mfull})(?!\w)(?:\s+(?P<yr5>{yrel})(?!\w)|{past}))"
        + (rf"|(?P<win>{'|'.join(win)})(?!\w)" if win else "")
        + ")"
    )
    return _Grammar(
        regex=re.compile(pattern),
        weekdays=weekdays, months=months,
        ambiguous_months=frozenset(d.get("ambiguous_months", [])),
        rel_days={norm(k): int(v) for k, v in d.get("relative_days", {}).items()},
        rel_ranges={norm(k): int(v) for k, v in d.get("relative_ranges", {}).items()},
        rel_periods={norm(k): (v[0], int(v[1])) for k, v in d.get("relative_periods", {}).items()},
        year_rel={norm(k): int(v) for k, v in d.get("year_relative", {}).items()},
        units={norm(k): v for k, v in d.get("window_units", {}).items()},
        implicit={norm(k): (v[0], int(v[1])) for k, v in d.get("window_implicit", {}).items()},
        dmy=d.get("numeric_date_order", "dmy") == "dmy",
        quotes=tuple((q[0], q[1]) for q in d.get("quote_pairs", [])),
        lang=lang,
    )


def find_times(text: str, lang: Lang, published: date | None,
               sentences: list[Sentence] | None = None) -> list[TimeMention]:
    """Date expressions in ``text`` resolved against ``published``; with no
    publication date only absolute dates (with a year) are returned.
    Relative expressions inside quotes count from the day the sentence gives
    for the statement, and are left out when it gives none."""
    g = _grammar(lang)
    found: list[tuple[re.Match[str], TimeMention]] = []
    pos = 0
    while True:
        m = g.regex.search(text, pos)
        if m is None:
            break
        res = _resolve(m, g, published)
        if res is None:
            pos = m.start() + 1
            continue
        found.append((m, _mention(text, m, res)))
        pos = m.end()
    if published is None:
        return [t for _, t in found]
    return _requote(text, g, found, sentences)


def _mention(text: str, m: re.Match[str], res: Resolved) -> TimeMention:
    begin, stop = m.start(), m.end()
    while stop > begin and text[stop - 1] in ",. ":
        stop -= 1
    if text[stop - 1] == ")" and "(" not in text[begin:stop - 1]:
        stop -= 1
    return TimeMention(begin, stop, text[begin:stop], res[0], res[1], res[2], res[3])


def _relative(m: re.Match[str]) -> bool:
    return m.group("rel") is not None or _has(m, "win")


def _requote(text: str, g: _Grammar, found: list[tuple[re.Match[str], TimeMention]],
             sentences: list[Sentence] | None) -> list[TimeMention]:
    """Re-anchor quoted relative expressions on the statement's day."""
    quoted = [_quoted(text, t.start, g.quotes) for _, t in found]
    out: list[TimeMention] = []
    for i, (m, t) in enumerate(found):
        if not (quoted[i] and _relative(m)):
            out.append(t)
            continue
        lo, hi = _context(text, t.start, sentences)
        days = [(abs(x.start - t.start), x.start_date) for j, (mm, x) in enumerate(found)
                if lo <= x.start < hi and not quoted[j] and not _relative(mm)
                and x.precision == "day" and x.kind == "point"]
        if not days:
            continue
        res = _resolve(m, g, min(days)[1])
        if res is not None:
            out.append(_mention(text, m, res))
    return out


def _quoted(text: str, offset: int, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``offset`` lies inside a quotation opened in its paragraph."""
    seg = text[text.rfind("\n", 0, offset) + 1:offset]
    for open_q, close_q in pairs:
        if open_q == close_q:
            if seg.count(open_q) % 2 == 1:
                return True
        elif seg.rfind(open_q) > seg.rfind(close_q):
            return True
    return False


def _context(text: str, offset: int, sentences: list[Sentence] | None) -> tuple[int, int]:
    """The sentence holding ``offset`` and the one before it (or its paragraph)."""
    if sentences:
        idx = max((i for i, s in enumerate(sentences) if s.start <= offset), default=0)
        return sentences[max(0, idx - 1)].start, sentences[idx].end
    return text.rfind("\n", 0, offset) + 1, len(text) if text.find("\n", offset) < 0 \
        else text.find("\n", offset)


Resolved = tuple[date, date, str, str]


def _resolve(m: re.Match[str], g: _Grammar, pub: date | None) -> Resolved | None:
    point = _point(m, g, pub)
    if point is None:
        return None
    if m.group("since") is not None:
        if pub is None or point[0] > pub:
            return None
        return point[0], pub, "range", "since"
    return point


def _point(m: re.Match[str], g: _Grammar, pub: date | None) -> Resolved | None:
    gr = m.group
    if gr("dmy") is not None or gr("mdy") is not None:
        k = "1" if gr("dmy") is not None else "2"
        yr = gr("yr" + k)
        year = int(gr("y" + k)) if gr("y" + k) else (
            pub.year + g.year_rel[norm(yr)] if yr and pub else None)
        return _day(year, g.months[gr("m" + k)], int(gr("d" + k)), pub)
    if gr("num") is not None:
        parts = [int(x) for x in (gr("n1") or gr("n2")).split("/")]
        day, month = (parts[0], parts[1]) if g.dmy else (parts[1], parts[0])
        year = parts[2] if len(parts) > 2 else None
        if year is not None and year < 100:
            year += 2000
        return _day(year, month, day, pub)
    if gr("my") is not None:
        return _month(int(gr("y3")), g.months[gr("m3")])
    if gr("yr") is not None:
        if not (gr("yw") or gr("prep") or gr("since")):
            return None
        y = int(gr("y4"))
        return date(y, 1, 1), date(y, 12, 31), "year", "point"
    if pub is None:
        return None
    if gr("rel") is not None:
        return _relative_unit(norm(gr("rel")), g, pub)
    if gr("wd") is not None:
        back = (pub.weekday() - g.weekdays[gr("wd5")]) % 7
        if back == 0 and (_has(m, "wdlb") or _has(m, "wdla")):
            back = 7
        if _has(m, "wdnb") or _has(m, "wdna"):
            back = -((g.weekdays[gr("wd5")] - pub.weekday()) % 7 or 7)
        when = pub - timedelta(days=back)
        return when, when, "day", "point"
    if gr("mon") is not None:
        name = gr("m5")
        if name in g.ambiguous_months and not (gr("prep") or gr("since") or gr("qual")):
            return None
        month = g.months[name]
        if gr("yr5"):  # "Oktober tahun lalu", "October last year"
            return _month(pub.year + g.year_rel[norm(gr("yr5"))], month)
        return _month(pub.year if month <= pub.month else pub.year - 1, month)
    if _has(m, "win"):
        return _window(m, g, pub)
    return None


def _has(m: re.Match[str], name: str) -> bool:
    """Whether the optional group ``name`` exists in this grammar and matched."""
    return name in m.re.groupindex and m.group(name) is not None


def _day(year: int | None, month: int, day: int, pub: date | None) -> Resolved | None:
    try:
        if year is None:
            if pub is None:
                return None
            d = date(pub.year, month, day)
            if d > pub:
                d = date(pub.year - 1, month, day)
        else:
            d = date(year, month, day)
    except ValueError:
        return None
    return d, d, "day", "point"


def _month(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last), "month", "point"


def _relative_unit(key: str, g: _Grammar, pub: date) -> Resolved | None:
    if key in g.rel_days:
        d = pub + timedelta(days=g.rel_days[key])
        return d, d, "day", "point"
    if key in g.rel_ranges:
        return pub - timedelta(days=g.rel_ranges[key]), pub, "range", "window"
    unit, off = g.rel_periods[key]
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=off)
        return monday, monday + timedelta(days=6), "week", "point"
    if unit == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return saturday, saturday + timedelta(days=1), "range", "window"
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + off, 12)
        return _month(y, mo + 1)
    if unit == "year":
        y = pub.year + off
        return date(y, 1, 1), date(y, 12, 31), "year", "point"
    return None


def _window(m: re.Match[str], g: _Grammar, pub: date) -> Resolved | None:
    gr = m.group
    if _has(m, "wi") and gr("wi") is not None:
        unit, n = g.implicit[norm(gr("wi"))]
    else:
        raw_unit = gr("wu1") if _has(m, "wu1") and gr("wu1") is not None else gr("wu2")
        raw_n = gr("wn1") if _has(m, "wn1") and gr("wn1") is not None else (
            gr("wn2") if _has(m, "wn2") else None)
        unit = g.units[norm(raw_unit)]
        value = parse_number(raw_n, g.lang) if raw_n else 1.0
        if value is None or value <= 0:
            return None
        n = int(value)
    start = _minus(pub, unit, n)
    return (start, pub, "range", "window") if start is not None else None


def _minus(pub: date, unit: str, n: int) -> date | None:
    if unit == "hour":
        return pub - timedelta(days=max(1, -(-n // 24)))
    if unit == "day":
        return pub - timedelta(days=n)
    if unit == "week":
        return pub - timedelta(weeks=n)
    months = n * 12 if unit == "year" else n if unit == "month" else None
    if months is None:
        return None
    y, mo = divmod(pub.year * 12 + pub.month - 1 - months, 12)
    return date(y, mo + 1, min(pub.day, calendar.monthrange(y, mo + 1)[1]))
