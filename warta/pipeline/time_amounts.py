"""Amounts of time: durations ("tiga hari", "a 48-hour ceasefire") and sets
("every day", "setiap Senin") as TIMEX3 values, from the grammar's number
words, units and implicit amounts; ages, rates and fractions are not durations."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from warta.model import TimeMention
from warta.pipeline import timex
from warta.pipeline.numbers import norm, parse_number
from warta.pipeline.time_grammar import YEAR, Grammar
from warta.pipeline.time_records import Resolved

_YEAR_RE: Final = re.compile(YEAR)

_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
_WORDS: Final = re.compile(r"[^\W\d_]+|\d+")
# the word or clause mark before an expression
_PREV_WORD: Final = re.compile(r"(?:(\w+)|([.!?,;:(\"“”'`]))\s*$")


def count_of(raw: str | None, g: Grammar) -> float | str | None:
    """A count of units: a number, "X" for a vague word, None when not one."""
    if raw is None:
        return 1.0
    key = norm(raw)
    if key in g.counts:
        c = g.counts[key]
        return c if c in ("X", "PAST_REF") else float(c)
    return parse_number(raw, g.lang)


def unit_of(raw: str, g: Grammar) -> tuple[str, str, int]:
    """The unit's name, TIMEX3 code and size in that code ("decade" -> "Y", 10)."""
    unit = g.units[norm(raw)]
    code, size = g.unit_codes[unit]
    return unit, code, size


def scaled(n: float | str, size: int) -> float | str:
    return n if isinstance(n, str) else n * size


def duration(m: re.Match[str], g: Grammar) -> Resolved | None:
    gr = m.group
    if gr("dpl"):  # "for years", "hours later": some years, after a preposition or before a follower
        if not gr("prep") and not _plural_length(m, g):
            return None
        unit, count = g.units[norm(gr("dpl"))], "X"
        code, size = g.unit_codes[unit]
        n: float | str | None = "X"
    elif gr("dlu"):  # "a decades-long feud": some decades; "a day-long meeting": one day
        raw = gr("dlu")
        unit = g.units[norm(raw)]
        code, size = g.unit_codes[unit]
        n = "X" if norm(raw) in g.plurals else 1.0
    elif gr("dw"):
        unit, count = g.dur_words[norm(gr("dw"))]
        code, size = g.unit_codes[unit]
        n = count if count == "X" else float(count)
    elif gr("di"):
        unit, k = g.implicit[norm(gr("di"))]
        if _rate(m, g):
            return rate_set(unit, k, g)  # a rate: "Rp1 triliun setahun", "naik 5 persen setahun"
        code, size = g.unit_codes[unit]
        n = float(k)
    else:
        if g.age.match(m.string, m.end()) or g.age_before.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # an age: "a 6-year-old boy", "berusia 20 tahun"
        du = norm(gr("du"))
        if g.units[du] == "quarter" and g.fraction.match(m.string, m.end()):
            return None  # a fraction: "three-quarters of"
        dn = norm(gr("dn"))
        if dn in g.rate_articles and _rate(m, g):
            return rate_set(g.units[du], 1, g)  # a rate: "$500 million a year", "a week"
        unit = g.units[du]
        code, size = g.unit_codes[unit]
        if du in g.ordinal_units and dn in g.rate_articles and not gr("dmod"):
            after = _NEXT_WORD.match(m.string, m.end())
            if after is not None and norm(after.group(1)) not in g.unit_followers:
                return None  # an ordinal: "a second attempt", "a second A380"
        n = count_of(gr("dn"), g)
        if gr("dmul") and isinstance(n, float):
            n *= int(gr("dmul"))  # "2 x 24 jam": 48 hours
        if (gr("dhalf") or gr("dhalf2")) and isinstance(n, float):
            n += 0.5  # "5 1/2 hours", "two and a half years", "dua setengah tahun", "a minute and a half"
        if unit != "year" and _YEAR_RE.fullmatch(gr("dn")):
            return None  # "the 1988 second quarter", not 1988 seconds
    if n == "PAST_REF":
        return Resolved(None, None, None, "reference", value="PAST_REF")
    if n is None or (not isinstance(n, str) and n <= 0):
        return None
    value = timex.duration_value(code, scaled(n, size))
    if gr("dofy") and isinstance(n, float) and n.is_integer() and unit in ("day", "week", "month", "quarter"):
        # "the first three months of 2024": a length, dated from the start of that year
        start = date(int(gr("dofy")), 1, 1)
        if unit in ("month", "quarter"):
            end = timex.shift_months(start, int(n) * (3 if unit == "quarter" else 1)) - timedelta(days=1)
        else:
            end = start + timedelta(days=int(n) * (7 if unit == "week" else 1) - 1)
        return Resolved(start, end, "range", "window", "DURATION", value)
    return Resolved(None, None, None, "duration", "DURATION", value)


def _plural_length(m: re.Match[str], g: Grammar) -> bool:
    """A bare plural unit with no preposition is a length before a follower ("later", "after")
    when it opens its clause ("Hours later, ..."), has a modifier ("just days after") or follows a
    past-tense verb ("died days after the attack"); "the office hours after lunch" is none."""
    if not g.plural_after.match(m.string, m.end()):
        return False
    if m.group("dmod"):
        return True
    prev = _PREV_WORD.search(m.string, max(0, m.start() - 40), m.start())
    if prev is None or prev.group(2):
        return True  # the text, a sentence or a clause opens with it
    word = prev.group(1)
    return word[:1].islower() and g.past.fullmatch(word) is not None and g.not_past.fullmatch(word) is None


def _rate(m: re.Match[str], g: Grammar) -> bool:
    """A unit right after an amount, with no preposition or modifier of its own: a rate
    ("$500 million a year", "Rp1 triliun setahun"), unless the number is a day of a month ("May 5
    a day before the vote", "5 Mei sehari sebelum pemilu")."""
    if m.group("prep") or m.group("dmod"):
        return False
    found = g.rate_before.search(m.string, max(0, m.start() - 20), m.start())
    if found is None:
        return False
    words: list[str] = _WORDS.findall(m.string, max(0, found.start() - 12), m.start())
    return not any(w in g.months for w in words[-3:])


def rate_set(unit: str, count: int, g: Grammar) -> Resolved | None:
    """A rate after an amount: with a calendar unit a set of times, one each unit ("$5 a day",
    "15 tankers a year", "Rp1 triliun setahun": TIMEX3 SET "P1D", "P1Y"); with a shorter one
    a speed or a throughput, no time ("200 kilometres per hour")."""
    if unit not in g.rate_units:
        return None
    code, size = g.unit_codes[unit]
    return Resolved(None, None, None, "set", "SET", timex.duration_value(code, count * size))


def set_of(m: re.Match[str], g: Grammar) -> Resolved | None:
    gr = m.group
    if gr("swd") or gr("wsd"):  # "every Tuesday night", "on Tuesdays"
        day = g.weekdays[gr("swd") or gr("wsd")] + 1
        pod = gr("swpod") or gr("wspod")
        part = g.parts[norm(pod)] if pod else ""
        return Resolved(None, None, None, "set", "SET", f"XXXX-WXX-{day}{'T' + part if part else ''}",
                        quant="EVERY" if gr("swd") else None)
    if gr("spod"):  # "every morning", "setiap malam"; "Rp 500.000 per malam" is a price
        if norm(gr("sb")) in g.rate_articles:
            return None
        part = g.parts[norm(gr("spod"))]
        return Resolved(None, None, None, "set", "SET", f"XXXX-XX-XXT{part}", quant="EVERY")
    if gr("smo"):  # "each July", "setiap Juli"
        return Resolved(None, None, None, "set", "SET", f"XXXX-{g.months[gr('smo')]:02d}", quant="EVERY")
    if gr("sw"):
        code, n = g.set_words[norm(gr("sw"))]
        return Resolved(None, None, None, "set", "SET", timex.duration_value(code, n))
    if gr("si") or gr("si2"):
        unit, k = g.implicit[norm(gr("si") or gr("si2"))]
        code, size = g.unit_codes[unit]
        return Resolved(None, None, None, "set", "SET", timex.duration_value(code, k * size))
    raw = gr("su") or gr("su2") or gr("su3")
    if gr("sb") and norm(gr("sb")) in g.rate_articles and not gr("sn") \
            and g.rate_before.search(m.string, max(0, m.start() - 20), m.start()):
        # a rate: "Rp 5 juta per bulan"; "15 million instructions per second", "200 km per hour": none
        return rate_set(g.units[norm(raw)], 1, g)
    unit, code, size = unit_of(raw, g)
    count = count_of(gr("sn") or gr("sn3"), g) if gr("sn") or gr("sn3") else 1.0
    if count is None or isinstance(count, str):
        return None
    return Resolved(None, None, None, "set", "SET", timex.duration_value(code, count * size),
                    quant="EVERY" if gr("sb") else None)


_LENGTH: Final = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def joined_lengths(text: str, g: Grammar, found: list[TimeMention]) -> list[TimeMention]:
    """Lengths in descending units side by side are one ("1 jam 15 menit", "two years and six
    months": PT1H15M, P2Y6M)."""
    out: list[TimeMention] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type == t.type == "DURATION" and prev.end < t.start \
                and g.length_joiner.fullmatch(text, prev.end, t.start):
            value = _sum_lengths(prev.value or "", t.value or "")
            if value is not None:
                out[-1] = replace(prev, end=t.end, text=text[prev.start:t.end], value=value)
                continue
        out.append(t)
    return out


def _sum_lengths(a: str, b: str) -> str | None:
    """The TIMEX3 value of two lengths, when every unit of ``a`` is larger than every unit of ``b``."""
    ma, mb = _LENGTH.fullmatch(a), _LENGTH.fullmatch(b)
    if ma is None or mb is None:
        return None
    has_a = [k for k, x in enumerate(ma.groups()) if x is not None]
    has_b = [k for k, x in enumerate(mb.groups()) if x is not None]
    if not has_a or not has_b or max(has_a) >= min(has_b):
        return None
    n = [x or y for x, y in zip(ma.groups(), mb.groups(), strict=True)]
    day = "".join(f"{x}{u}" for x, u in zip(n[:3], "YMD", strict=True) if x)
    clock = "".join(f"{x}{u}" for x, u in zip(n[3:], "HMS", strict=True) if x)
    return f"P{day}" + (f"T{clock}" if clock else "")


_DAYS: Final = re.compile(r"P(\d{1,3})([DW])")


def counted_on(text: str, g: Grammar, end: int, res: Resolved, day: date | None) -> Resolved:
    """A length of days or weeks that a word after it counts on from the story's latest day
    (``day``): "On Monday ... Two days later" is Wednesday, "Sehari setelah kejadian" the day after.
    It stays a TIMEX3 DURATION ("P2D"), now dated; a length with no day named before stays undated."""
    v = _DAYS.fullmatch(res.value or "")
    if res.type != "DURATION" or res.start is not None or v is None or day is None:
        return res
    after = g.later_anchored.match(text, end)
    if not g.later.match(text, end) and (after is None or after.group("word") in g.lead_words):
        return res  # "two days of talks", "sehari setelah Senin" (the day names its own date)
    d = day + timedelta(days=int(v.group(1)) * (7 if v.group(2) == "W" else 1))
    return Resolved(d, d, "day", "duration", "DURATION", res.value)  # a length still (events.opening_shift)
