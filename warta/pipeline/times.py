"""Time expressions, normalised against the publication date, as TimeML TIMEX3s.

``find_times`` returns dates (weekdays, "kemarin", explicit and numeric dates,
months, years, quarters, seasons, decades, "three years ago"), ranges ("since
X" up to publication, "dalam 24 jam terakhir", "the next two weeks"), clock
times with their zone and day ("10:00 GMT Friday", "pukul 07.30 WIB"),
durations ("a 48-hour ceasefire", "selama tiga hari"), sets ("every day",
"setiap hari") and reference words ("now", "saat ini") as ``TimeMention``s.
Each carries its TIMEX3 ``type`` and ``value``; dates, ranges and anchored
times also carry ``start_date``/``end_date``/``precision``. Spans follow
TimeML extents: a leading preposition or "since" word is not part of the span
(it still makes the range), modifiers are ("early last June", "awal Oktober").

A bare weekday, month or day-and-month is the most recent one on or before
publication, or the next one when its clause speaks of the future ("akan",
"will"; ``time_tense`` reads the clause); a day-and-month the article already
gave with a year keeps that year, and "that year", "keesokan harinya" count
from the latest date the article named (not the day a sentence gives for its
report after a day of its own: "attacked on Monday, the governor said on
Wednesday. Later that night" is Monday night).
Words come from ``warta/lang/<code>/times.toml``; the grammar is built in
``time_grammar`` and read in ``time_resolve``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.model import Sentence, TimeMention
from warta.pipeline.numbers import norm
from warta.pipeline.time_amounts import counted_on, joined_lengths
from warta.pipeline.time_clocks import glue, join_clocks
from warta.pipeline.time_grammar import Grammar, grammar, i
from warta.pipeline.time_nights import story_nights, two_day_nights
from warta.pipeline.time_records import Context, Resolved
from warta.pipeline.time_resolve import resolve
from warta.pipeline.time_scan import core_starts
from warta.pipeline.time_statements import mention as make_mention, report_day, restated, said_before
from warta.pipeline.time_tense import FUTURE_REACH, narrated, tense

GLUE_REACH: Final = 24  # characters at most between a clock time and its day
LEAD_CHARS: Final = 40  # characters before a core word searched for the start of its expression
START_CHARS: Final = 24  # characters before an expression searched for a start word ("mulai berlaku pada")
_Found = tuple[re.Match[str], TimeMention]


def find_times(text: str, lang: Lang, published: date | None,
               sentences: list[Sentence] | None = None) -> list[TimeMention]:
    """Time expressions in ``text`` resolved against ``published``; with no
    publication date only absolute ones are returned. Relative expressions
    inside quotes count from the day the sentence gives for the statement,
    and are left out when it gives none."""
    g = grammar(lang)
    starts = [s.start for s in sentences] if sentences else []
    ctx = Context(published, nearest=g.nearest, near_days=g.near_days, near_months=g.near_months)
    found: list[_Found] = []
    pos = 0
    anchored: int | None = None  # the sentence whose date "that night" counts from
    for m in _matches(text, g):
        if m.start() < pos:
            continue
        k = bisect_right(starts, m.start()) - 1
        lo = starts[k] if k >= 0 else text.rfind("\n", max(0, m.start() - FUTURE_REACH), m.start()) + 1
        if _title(text, m) or _in_name(text, m):
            continue
        at = m.start("body")  # a cue may end in the preposition: "postponed until Friday"
        if found and m.start() - found[-1][0].end() < GLUE_REACH \
                and glue(g).fullmatch(text, found[-1][0].end(), m.start()):
            at = found[-1][0].start("body")  # "4 a.m. EDT | Thursday": the clause of the first one
            if lo > at:  # a sentence splitter may cut after "a.m."
                j = bisect_right(starts, at) - 1
                lo = starts[j] if j >= 0 else 0
        ctx.future = ctx.past = ctx.ahead = ctx.started = False
        if _tensed(m):
            hi = starts[k + 1] if 0 <= k + 1 < len(starts) else len(text)
            month = g.nearest and (m.group("mon") or m.group("hol")) is not None  # read a past cue alone
            ctx.future, past = tense(text, g, lo, at, m.end(), hi, need_past=month)
            ctx.ahead = g.future.search(text, m.start(), m.end()) is not None  # "17 Agustus mendatang"
            if ctx.ahead:
                ctx.future, past = True, False
            elif ctx.future and g.behind.search(m.group("body")):
                ctx.future = False  # "paling lambat 1 Januari lalu": a deadline that has passed
            ctx.past = g.nearest and past
            # "mulai berlaku pada Senin" with no other cue: the Monday nearer publication, either side
            ctx.started = not ctx.future and not past \
                and g.start.search(text, max(lo, at - START_CHARS), at) is not None
        ctx.nearest = g.nearest and not ctx.future
        res = resolve(m, g, ctx)
        if res is None or _narrative(text, g, m, res, lo, starts, k):
            continue
        res = counted_on(text, g, m.end(), res, ctx.told_day)
        shift = _day_shift(text, g, m, res)
        if shift is not None:
            res = shift[1]
        # "attacked on Monday, the governor said on Wednesday. Later that night, ...": a date the
        # sentence gives for its report after a date of its own is no day the story moves on to
        before = ctx.last_value
        _remember(m, res, ctx)
        if ctx.last_value != before:
            if k >= 0 and anchored == k and said_before(text, g, lo, m.start("body")):
                ctx.last_value = before
            else:
                anchored = k
        if res.precision == "day" and res.start is not None:
            ctx.day = res.start  # a clock time with no day of its own is on the latest day named
            hi = starts[k + 1] if 0 <= k + 1 < len(starts) else len(text)
            if not report_day(text, g, lo, m.start("body"), m.end(), hi):
                ctx.told_day = res.start  # "two days later" counts from it, not from "said on Monday"
        mention = make_mention(text, g, m, res)
        if shift is not None:  # "the day before last Tuesday": the span takes the shift in
            mention = replace(mention, start=shift[0], text=text[shift[0]:mention.end])
            while found and found[-1][1].end > shift[0]:
                found.pop()  # "sehari" was read as a length before its date came
        for t in _coordinated(text, g, m, mention):
            found.append((m, t))
        pos = m.end()
    found = _apposed_days(text, _joined_dates(text, g, found))
    out = found if published is None else restated(text, g, found, sentences, published)
    days = _nights_of_days(text, g, join_clocks(text, g, out))
    nights = story_nights(text, g, two_day_nights(text, g, days), sentences, published)  # "Friday night"
    return joined_lengths(text, g, nights)


def _matches(text: str, g: Grammar) -> Iterator[re.Match[str]]:
    """Matches of the grammar, left to right, tried only near a core word (a digit,
    a month, a unit, "now"...), from the earliest word shortly before it that can open
    an expression: most of a text is never tried, which keeps the scan cheap."""
    done = 0
    failed: set[int] = set()
    for at in core_starts(text, g.core, g.core_lower):
        if at < done:
            continue
        for s in _leads(text, g, max(done, at - LEAD_CHARS), at):
            if s < done or s in failed:
                continue
            m = g.regex.match(text, s)
            if m is None:
                failed.add(s)  # no expression starts here, whichever core is near
                lead = g.lead_in.match(text, s)
                if lead is not None and g.lead_in.match(text, lead.end()) is None:
                    failed.add(lead.end())  # nor right after its preposition: that was tried too
                    # (unless a "since" opens there: "has gone on since the weekend")
            else:
                yield m
                done = m.end()
                if done > at:
                    break


_OPENERS: Final = "(\"'“‘`"
_LEAD_STRIP: Final = _OPENERS + ",.)"
TITLE_REACH: Final = 60  # characters each side of an expression searched for the rest of a quoted title
_CAPS_AFTER: Final = re.compile(r"(?:[ \t]+[A-Z\d][\w'’-]*)*")
# what parts words: white space (as "\\s" has it: no such character comes after U+3000) and dashes
_BETWEEN_WORDS: Final = frozenset(c for c in map(chr, range(0x3001)) if c.isspace()) | {"-", "–"}
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)\.?\s+$")


def _leads(text: str, g: Grammar, lo: int, at: int) -> list[int]:
    """Where the expression of the core word at ``at`` may begin, earliest first: the
    core itself, or a run of the grammar's own words right before it ("pada", "the
    past", "at least", "24")."""
    # the words (runs of characters none of white space or a dash) read from the last one back,
    # only as far as the run goes
    leads: list[tuple[int, str]] = []
    end = at
    while end > lo:
        j = end
        while j > lo and text[j - 1] in _BETWEEN_WORDS:
            j -= 1
        if j == lo:
            break
        i = j - 1
        while i > lo and text[i - 1] not in _BETWEEN_WORDS:
            i -= 1
        w = text[i:j]
        if not (w.strip(_LEAD_STRIP).lower() in g.lead_words or w.lstrip(_OPENERS)[:1].isdigit()
                or not leads and not w.strip(_OPENERS)):  # "the '80s"
            break
        leads.append((i, w))
        end = i
    # a word in brackets or quotes may begin there or right inside them: "(0600 GMT)"
    starts = []
    for start, w in reversed(leads):
        inner = len(w) - len(w.lstrip(_OPENERS))
        if not inner and w[0].islower() and w.rstrip(_LEAD_STRIP).lower() in g.never_first:
            continue  # no expression begins with it ("of", "her"): the words after it are still tried
        starts.append(start)
        if inner:
            starts.append(start + inner)
    starts.append(at)
    return starts


def _title(text: str, m: re.Match[str]) -> bool:
    """A quoted name whose words are all capitalised, the expression among them ('"60 Minutes"',
    '"This Week"', '"High Noon"', '"Malam Minggu Miko"'): a title."""
    b, e = m.start("body"), m.end("body")
    if text[e:e + 1] in (" ", "\t"):  # capitalised words may follow
        tail = _CAPS_AFTER.match(text, e, e + TITLE_REACH)
        e = tail.end() if tail else e
    e += text[e:e + 1] in (",", ".")  # '"This Week," he said'
    if not text[e:e + 1] or text[e] not in "\"'”’":
        return False
    q = max(text.rfind(c, max(0, b - TITLE_REACH), b) for c in _OPENERS)  # the quote it opens after
    if q < 0 or "\n" in text[q:b]:
        return False
    e -= text[e - 1] in ",."
    words = text[q + 1:e].split()
    return len(words) > 1 and all(w[0].isupper() or w[0].isdigit() for w in words)


_CAP_WORD_BEFORE: Final = re.compile(r"(?<![\w.])[A-Z][\w'’&.-]*[ \t]$")


def _in_name(text: str, m: re.Match[str]) -> bool:
    """A one-word "Today" or "Now" in capitals inside a sentence, right after a capitalised
    word: the end of a name ("USA Today", "India Today", "Kompas Kini"), no time."""
    b, e = m.start("body"), m.end("body")
    word = text[b:e]
    if not word[:1].isupper() or not word.isalpha():
        return False
    if not (m.group("ref") or m.group("rel") or m.group("rpart")):
        return False
    before = text[max(0, b - 3):b].rstrip()
    if not before or before[-1] in ".!?\n\"“:":
        return False  # it opens its sentence
    return _CAP_WORD_BEFORE.search(text, max(0, b - 40), b) is not None


def _day_shift(text: str, g: Grammar, m: re.Match[str], res: Resolved) -> tuple[int, Resolved] | None:
    """A day with "the day before" or "sehari setelah" right before it: the day it shifts to,
    and where the expression then begins."""
    if res.precision != "day" or res.kind != "point" or res.start is None or res.type != "DATE":
        return None
    b = m.start("body")
    found = g.day_shift.search(text, max(0, b - 30), b)
    if found is not None:
        d = res.start + timedelta(days=g.day_shifts[norm(found.group("shift"))])
    else:  # "H-7 Lebaran": so many days before it
        found = g.day_count_shift.search(text, max(0, b - 12), b)
        if found is None:
            return None
        n = int(found.group("n"))
        d = res.start + timedelta(days=n if found.group("sign") == "+" else -n)
    return found.start("shift"), Resolved(d, d, "day", "point", value=d.isoformat())


def _narrative(text: str, g: Grammar, m: re.Match[str], res: Resolved, lo: int, starts: list[int],
               k: int) -> bool:
    """A reference word that counts from the story's time in a past clause ("he was soon
    freed", "the trickle soon became a flood"): no future of the article's own."""
    if res.value != "FUTURE_REF" or m.group("ref") is None or norm(m.group("ref")) not in g.narrative_refs:
        return False
    hi = starts[k + 1] if 0 <= k + 1 < len(starts) else len(text)
    return narrated(text, g, lo, m.start("ref"), m.end("ref"), hi)


def _tensed(m: re.Match[str]) -> bool:
    """Whether the sentence's tense can change what the expression means: a weekday,
    month, quarter or season, a day and month with no year, or a bare part of the day
    ("pada malam hari": the night past or the one to come); never after "since"."""
    gr = m.group
    if gr("since") is not None:
        return False
    if gr("dmy") is not None or gr("mdy") is not None:
        return not (gr("y1") or gr("y2") or gr("yr1") or gr("yr2"))
    for k in _TENSED:
        if gr(k) is not None:
            return True
    return False


_TENSED: Final = ("wd", "mon", "qtr", "sea", "num", "hol", "dom", "apod")  # groups read against the tense


def _remember(m: re.Match[str], res: Resolved, ctx: Context) -> None:
    """Years the article gives for a day and month, and the latest date's value."""
    if res.value and res.kind == "point" and m.group("ago") is None and (
            res.type == "DATE" or res.type == "TIME" and res.start is not None):
        ctx.last_value = res.value  # "Monday evening ... the next day": a day with its part counts too
        if m.group("ana") is None:
            ctx.last_named = res.value  # a date the text gives, not one counted from another
    if res.start is not None and (m.group("y1") or m.group("y2")):
        ctx.years[(res.start.month, res.start.day)] = res.start.year


def _coordinated(text: str, g: Grammar, m: re.Match[str], t: TimeMention) -> list[TimeMention]:
    """A date with a bare day joined to it ("April 24 and 25", "24 dan 25 April"): that day is
    a date of its own, in the same month; the date itself last or first as the text has it."""
    if t.precision != "day" or t.start_date is None or t.kind != "point" \
            or (m.group("dmy") is None and m.group("mdy") is None):
        return [t]
    out = [t]
    before = g.day_before.search(text, max(0, t.start - 16), t.start)
    if before is not None:
        prev = _WORD_BEFORE.search(text, max(0, before.start() - 12), before.start())
        if prev is not None and prev.group(1) in g.months:
            before = None  # "between March 8 and March 27": that day has its month
    after = g.day_after.match(text, t.end)
    for found, first in ((before, True), (after, False)):
        if found is None:
            continue
        try:
            d = t.start_date.replace(day=int(found.group("day")))
        except ValueError:
            continue
        s, e = found.span("day")
        day = TimeMention(s, e, text[s:e], d, d, "day", value=d.isoformat())
        out.insert(0, day) if first else out.append(day)
    return out


def _joined_dates(text: str, g: Grammar, found: list[_Found]) -> list[_Found]:
    """Two dates joined as a span ("Januari hingga akhir Desember 2023", "from March to May 2022",
    "between April 1 and June 30"): a first one with no year takes the year of a second that has
    one (the year before when it comes later in the calendar); a second one with no year is not
    before the first."""
    out = list(found)
    for k in range(len(out) - 1):
        (m, t), (m2, t2) = out[k], out[k + 1]
        if t.start_date is None or t.end_date is None or t2.start_date is None or t2.end_date is None \
                or t.kind != "point" or t2.kind != "point" or not g.joiner.fullmatch(text, t.end, t2.start):
            continue
        if m.group("wd") and m2.group("wd") and t.precision == t2.precision == "day" \
                and t.start_date > t2.start_date:
            out[k] = _days_in_order(text, g, m, t, m2, t2)  # "on Monday and Tuesday": one week's days
            continue
        if _bare(m) and (_dated(m2) or m2.group("mrel") or m2.group("yr5")):
            year = t2.start_date.year - ((t.start_date.month, t.start_date.day)
                                         > (t2.start_date.month, t2.start_date.day))
            out[k] = (m, _in_year(t, year))
        elif _bare(m2) and t2.start_date < t.start_date and t2.precision == t.precision:
            out[k + 1] = (m2, _in_year(t2, t2.start_date.year + 1))
    return _ranges(text, g, out)


# between a counted day and the day it names: ", on ", ", pada ", " later, on "
_APPOSED: Final = re.compile(r"(?:\s+\w+)?\s*,\s*(?:\w+\s+)?")
# groups of a day counted from another ("a day earlier", "keesokan harinya")
_COUNTED: Final = ("ago", "ana", "dur")


def _apposed_days(text: str, found: list[_Found]) -> list[_Found]:
    """A day counted from another and the calendar day written right after it ("Two days earlier,
    on Friday, ...", "Dua hari sebelumnya, pada Jumat (15/5), ..."): the counted one is the written
    day, which the story gives itself."""
    out = list(found)
    for k in range(len(out) - 1):
        (m, t), (m2, t2) = out[k], out[k + 1]
        if t.precision == "day" and t2.precision == "day" and t2.kind == "point" and t2.type == "DATE" \
                and any(m.group(x) is not None for x in _COUNTED) \
                and not any(m2.group(x) is not None for x in _COUNTED) \
                and _APPOSED.fullmatch(text, t.end, t2.start) and t.start_date != t2.start_date:
            out[k] = (m, replace(t, start_date=t2.start_date, end_date=t2.end_date,
                                 value=t2.value if t.type == "DATE" else t.value))
    return out


RANGE_MOVED_CHARS: Final = 30  # characters before a range's first date searched for a verb that moves a date
RANGE_OPENER_CHARS: Final = 16  # characters before a range's first date searched for its opener ("between")


def _ranges(text: str, g: Grammar, found: list[_Found]) -> list[_Found]:
    """Two dates that are one range, as one span from the first to the second: a range word
    joins them ("from January to June 2026", "Januari hingga Juni 2026"), or an opener stands
    before the first ("between March 8 and March 27", "antara 8 dan 27 Maret"); "since" and a
    range word end the span at the second ("sejak Februari 2022 hingga November 2024"). Dates
    "and" joins with no opener stay two ("on Sunday and Monday", "March and June")."""
    out: list[_Found] = []
    k = 0
    while k < len(found):
        (m, t), nxt = found[k], found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and _one_range(text, g, t, nxt[1]):
            t2 = nxt[1]
            out.append((m, replace(t, end=t2.end, text=text[t.start:t2.end], end_date=t2.end_date,
                                   precision="range", kind="range", value=None, mod=None,
                                   parts=(t, t2))))
            k += 2
            continue
        out.append((m, t))
        k += 1
    return out


def _one_range(text: str, g: Grammar, t: TimeMention, t2: TimeMention) -> bool:
    if t.kind not in ("point", "since") or t2.kind != "point" or t.type != "DATE" or t2.type != "DATE" \
            or t.start_date is None or t2.start_date is None or t2.end_date is None \
            or t.start_date >= t2.start_date:
        return False
    if g.range_moved.search(text, max(0, t.start - RANGE_MOVED_CHARS), t.start):
        return False  # "postponed from March 3 to March 10", "diperpanjang dari Jumat hingga Senin"
    return g.range_joiner.fullmatch(text, t.end, t2.start) is not None or t.kind == "point" and (
        g.opened_joiner.fullmatch(text, t.end, t2.start) is not None
        and g.range_opener.search(text[max(0, t.start - RANGE_OPENER_CHARS):t.start]) is not None)


def _days_in_order(text: str, g: Grammar, m: re.Match[str], t: TimeMention, m2: re.Match[str],
                   t2: TimeMention) -> _Found:
    """The first of two joined weekdays read a week later than the second ("hit on Monday and
    Tuesday" told on a Monday: that day and last Tuesday) moves a week back, before the second."""
    assert t.start_date is not None
    day = t.start_date - timedelta(days=7)
    res = Resolved(day, day, "day", "point", value=day.isoformat() + (t.value or "")[10:])
    return m, make_mention(text, g, m, res)


def _bare(m: re.Match[str]) -> bool:
    """A month or a day and month with no year nor a word that places it ("last March")."""
    if m.group("m5") is not None:
        return not (m.group("yr5") or m.group("mrel"))
    return (m.group("dmy") or m.group("mdy")) is not None \
        and not any(m.group(k) for k in ("y1", "y2", "yr1", "yr2", "wd1", "wd2"))


def _dated(m: re.Match[str]) -> bool:
    return m.group("my") is not None or (m.group("y1") or m.group("y2")) is not None


def _in_year(t: TimeMention, year: int) -> TimeMention:
    if t.start_date is None or t.end_date is None or year == t.start_date.year:
        return t
    try:
        start, end = t.start_date.replace(year=year), t.end_date.replace(year=year)
    except ValueError:  # 29 February
        return t
    value = f"{year:04d}{t.value[4:]}" if t.value else None
    return replace(t, start_date=start, end_date=end, value=value)


def _nights_of_days(text: str, g: Grammar, found: list[TimeMention]) -> list[TimeMention]:
    """"overnight on Monday", "semalam pada Minggu": one night, the one that ends on that day (not
    the night before publication and a day beside it)."""
    links = _night_links(g)
    out: list[TimeMention] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "window" and (prev.value or "").endswith("TNI") \
                and t.kind == "point" and t.precision == "day" and t.start_date is not None \
                and links.fullmatch(text, prev.end, t.start):
            eve = t.start_date - timedelta(days=1)
            out[-1] = replace(prev, end=t.end, text=text[prev.start:t.end], start_date=eve,
                              end_date=t.start_date, value=f"{eve.isoformat()}TNI")
            continue
        out.append(t)
    return out


@cache
def _night_links(g: Grammar) -> re.Pattern[str]:
    """What stands between "overnight" and its day: a space and perhaps "on" / "pada"."""
    return re.compile(rf"\s+(?:{i(g.lang.data('times').get('night_links', []))}\s+)?")
