"""Nights the story describes.

- One night named by its two days: "malam Kamis ke Jumat", "the night of Tuesday to Wednesday"
  (``night_before_days``, then a day, a ``night_day_links`` word and the next day) is one range
  from the first day to the second, not two days.
- A word for the night just past ("overnight", ``story_nights``) counts from the night the story
  describes, when a sentence around it names one: a day's night or evening ("Friday night"), a
  day opened by a late word ("late on Friday", ``late_words``), or the same word already counted
  from a day of the text (the headline's "overnight" is the lead's). The night nearest to it wins;
  with none, it keeps its reading (the night before publication or before its report's day).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Final

from warta.model import Sentence, TimeMention
from warta.pipeline.time_grammar import Grammar, i

NIGHT_PARTS: Final = ("TNI", "TEV")  # a day's night or evening: the night that starts on it
LATE_CHARS: Final = 12  # characters before a day searched for its late word ("late on ")


@cache
def _words(g: Grammar) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None,
                                 frozenset[str]]:
    data = g.lang.data("times")
    before, links, late = (data.get(k, []) for k in ("night_before_days", "night_day_links", "late_words"))
    return (re.compile(rf"(?:{i(before)})\s+$") if before else None,
            re.compile(rf"\s+(?:{i(links)})\s+") if links else None,
            re.compile(rf"(?:{i(late)})\s+(?:\w+\s+)?$") if late else None,
            frozenset(w.casefold() for w in data.get("story_nights", [])))


def _day(t: TimeMention) -> bool:
    return t.kind == "point" and t.precision == "day" and t.start_date is not None


def _window_night(t: TimeMention) -> bool:
    return t.kind == "window" and (t.value or "").endswith("TNI") and t.start_date is not None


def two_day_nights(text: str, g: Grammar, found: list[TimeMention]) -> list[TimeMention]:
    """"malam Kamis ke Jumat": the two days after a night word, the second the day after the first,
    as one night from the first to the second."""
    before, links, _, _ = _words(g)
    if before is None or links is None:
        return found
    out: list[TimeMention] = []
    k = 0
    while k < len(found):
        t = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        opener = before.search(text, max(0, t.start - 20), t.start) if _day(t) else None
        if opener and nxt is not None and _day(nxt) and t.start_date is not None \
                and nxt.start_date == t.start_date + timedelta(days=1) \
                and links.fullmatch(text, t.end, nxt.start):
            night = t.start_date
            out.append(replace(t, start=opener.start(), end=nxt.end, text=text[opener.start():nxt.end],
                               end_date=nxt.start_date, precision="range", kind="window", type="TIME",
                               value=f"{night.isoformat()}TNI", parts=()))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def story_nights(text: str, g: Grammar, found: list[TimeMention], sentences: list[Sentence] | None,
                 published: date | None) -> list[TimeMention]:
    """Each ``story_nights`` word counted from the nearest night a sentence around it describes."""
    _, _, late, words = _words(g)
    if not words or not sentences or published is None:
        return found
    starts = [s.start for s in sentences]

    def sent(t: TimeMention) -> int:
        return bisect_right(starts, t.start) - 1

    def default(t: TimeMention) -> bool:
        return t.start_date == published - timedelta(days=1)

    nights: list[tuple[int, date]] = []  # (offset, the day the night starts on)
    for t in found:
        if _day(t) and t.start_date is not None and (
                (t.value or "").endswith(NIGHT_PARTS)
                or late is not None and late.search(text, max(0, t.start - LATE_CHARS), t.start)
                or late is not None and late.match(t.text.casefold() + " ")):
            nights.append((t.start, t.start_date))
        elif _window_night(t) and t.start_date is not None \
                and not (t.text.casefold() in words and default(t)):
            nights.append((t.start, t.start_date))  # "malam Kamis ke Jumat", an "overnight" already counted
    if not nights:
        return found
    out = []
    for t in found:
        if _window_night(t) and t.text.casefold() in words:
            near = [(abs(at - t.start), day) for at, day in nights
                    if at != t.start and abs(bisect_right(starts, at) - 1 - sent(t)) <= 1]
            if near:
                day = min(near)[1]
                if day < published and day != t.start_date:
                    t = replace(t, start_date=day, end_date=day + timedelta(days=1),
                                value=f"{day.isoformat()}TNI")
        out.append(t)
    return out
