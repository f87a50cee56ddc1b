"""Clock times joined to their days ("10:00 GMT Friday", "Rabu (18/12/2024) sekitar pukul 09.00 WIT",
"4 a.m. (0800 GMT) Thursday"), after :func:`warta.pipeline.times.find_times` has read them one by one."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import Final

from warta.model import TimeMention
from warta.pipeline.time_grammar import Grammar, i

_Found = tuple[re.Match[str], TimeMention]


@cache
def glue(g: Grammar) -> re.Pattern[str]:
    """What may stand between a day and its clock time: punctuation and prepositions."""
    preps = i(g.lang.data("times").get("prepositions", []))
    return re.compile(rf"(?:[\s,()\-–]|{preps}(?!\w))*")


MAX_ZONE_AHEAD: Final = 14  # hours a zone is ahead of universal time at most (UTC+14)
MAX_ZONE_BEHIND: Final = 12  # ... and behind it (UTC-12)
_BRACKET_OPEN: Final = re.compile(r"\s*\(\s*")


def join_clocks(text: str, g: Grammar, found: list[_Found]) -> list[TimeMention]:
    """A clock time next to its day becomes one TIME ("10:00 GMT Friday",
    "Rabu (18/12/2024) sekitar pukul 09.00 WIT") with that day's dates; a clock time
    restated in brackets before its day ("4 a.m. (0800 GMT) Thursday") takes that day, both
    of them, and each keeps its own span."""
    found = _bracketed_clocks(text, g, found)
    out: list[TimeMention] = []
    between = glue(g)
    for _, t in found:
        prev = out[-1] if out else None
        if prev is not None and between.fullmatch(text, prev.end, t.start):
            clock, day = (t, prev) if _is_clock(t) else (prev, t)
            joined = text[prev.start:t.end]
            if _is_clock(clock) and day.precision == "day" and day.start_date is not None \
                    and clock.value is not None and ":" not in (day.value or "") \
                    and joined.count("(") == joined.count(")"):
                at = clock.value.split("T", 1)[1]
                out[-1] = replace(day, start=prev.start, end=t.end, text=joined, type="TIME",
                                  value=f"{day.start_date.isoformat()}T{at}")
                continue
        out.append(t)
    return out


@cache
def _bracket_close(g: Grammar) -> re.Pattern[str]:
    """A closing bracket and what may stand between it and a day: ") on Wednesday", ") Jumat"."""
    return re.compile(rf"\s*\){glue(g).pattern}")


def _bracketed_clocks(text: str, g: Grammar, found: list[_Found]) -> list[_Found]:
    out = list(found)
    close = _bracket_close(g)
    for k in range(len(out) - 2):
        first, second, day = out[k][1], out[k + 1][1], out[k + 2][1]
        if _is_clock(first) and _is_clock(second) and day.precision == "day" and day.start_date is not None \
                and ":" not in (day.value or "") \
                and _BRACKET_OPEN.fullmatch(text, first.end, second.start) \
                and close.fullmatch(text, second.end, day.start):
            at1, at2 = (str(c.value).split("T", 1)[1] for c in (first, second))
            # the restatement is in another zone: across midnight it is on the day before or after
            # ("4 a.m. (2300 GMT) Thursday": 23:00 GMT is Wednesday, as no zone is 19 hours ahead)
            gap = _hours(at1) - _hours(at2)
            shift = -1 if gap < -MAX_ZONE_BEHIND else 1 if gap > MAX_ZONE_AHEAD else 0
            out[k] = (out[k][0], replace(first, value=f"{day.start_date.isoformat()}T{at1}"))
            d2 = day.start_date + timedelta(days=shift)
            out[k + 1] = (out[k + 1][0], replace(second, value=f"{d2.isoformat()}T{at2}"))
    return out


def _hours(at: str) -> float:
    hh, _, mm = at.rstrip("Z").partition(":")
    return int(hh) + int(mm[:2] or 0) / 60


def _is_clock(t: TimeMention) -> bool:
    return t.type == "TIME" and t.start_date is None and t.value is not None and ":" in t.value
