"""The period a figure covers: the window or date near it, or a running total's.

A figure in a clause that marks a running total ("bringing its losses since
the start of the invasion to 870,000", "sehingga total kerugiannya ...
mencapai 870.000", "so far", "sejauh ini") is a running total: it runs from
the date its "since" opens up to publication, or from an unnamed start (the
period then stays open), and never takes the window of another clause ("in
the past day"). So is a figure after a war's onset date and a perfect word
("the war, which erupted in April 2023, has killed", "perang yang pecah pada
April 2023 itu telah menewaskan"). Markers are language data
(``running_markers``, ``onset_words``, ``perfect_words`` in ``figures.toml``);
"since" words come from ``times.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.model import Figure, Period, TimeMention
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

SINCE_REACH: Final = 8  # tokens between a "since" word and the date it opens
PERFECT_GAP: Final = 2  # tokens between an onset's date and the perfect word after it (", itu")
# a total's own period: a day is when it was told, not what it spans
CALENDAR: Final = ("week", "month", "year")
# tokens a clause reaches on each side of its figure (a comma-less run stays linear)
CLAUSE_TOKENS: Final = 40


@dataclass(frozen=True, slots=True)
class PeriodMarks:
    since: PhraseLexicon[str]  # "since", "sejak"
    running: PhraseLexicon[str]  # "so far", "bringing", "sejak awal", "sehingga total"
    clause_ends: frozenset[str]  # tokens that close a clause: ",", "while", "sementara"
    onset: PhraseLexicon[str]  # "began", "erupted", "pecah", "dimulai"
    perfect: frozenset[str]  # "has", "have", "telah"
    range_joiners: frozenset[str]  # "and", "to", "hingga": the words between the two dates of a span
    comparisons: PhraseLexicon[str]  # "up from", "naik dari": what follows is an earlier count's
    said: frozenset[str] = frozenset()  # "said", "mengatakan": a date right after one is the report's


@cache
def period_marks(lang: Lang) -> PeriodMarks:
    figures = lang.data("figures")
    return PeriodMarks(
        from_table({"since": lang.data("times").get("since", [])}),
        from_table({"running": figures.get("running_markers", [])}),
        frozenset([","] + [w.lower() for w in figures.get("clause_breaks", [])]),
        from_table({"onset": figures.get("onset_words", [])}),
        frozenset(w.lower() for w in figures.get("perfect_words", [])),
        frozenset(w.lower() for w in figures.get("period_joiners", [])),
        from_table({"cmp": figures.get("comparison_markers", [])}),
        frozenset(w.lower() for w in lang.data("places").get("person_verbs", [])))


def figure_period(fig: Figure, inside: list[TimeMention], text: str, toks: list[Token],
                  marks: PeriodMarks, published: date | None) -> Period | None:
    """:func:`_period`, never past publication: what a figure counts has happened ("this year"
    in March is January to March)."""
    period = _period(fig, inside, text, toks, marks, published)
    if period is not None and published is not None and period.start <= published < period.end:
        return Period(period.start, published)
    return period


def _period(fig: Figure, inside: list[TimeMention], text: str, toks: list[Token],
            marks: PeriodMarks, published: date | None) -> Period | None:
    """The nearest window or range near the figure, else its nearest date; for a running
    total, the period its "since" opens (None when the clause names no start).

    A date that a "since" word introduces from afar ("sejak operasi mereka
    dimulai pada bulan Agustus", "since the offensive opened in February
    2022") still opens a running total up to publication. A date after a
    comparison that follows the figure ("up from 87 on Friday") is the earlier
    count's, never the figure's.
    """
    lo, hi = _clause(fig, toks, marks.clause_ends)
    running = bool(marks.running.find(toks, text, lo, hi))
    inside = [t for t in inside if t.start_date is not None]  # not durations, sets, "now"
    # a comparison after the figure dates the earlier count: "rose to 112, up from 87 on Friday",
    # "naik menjadi 112, naik dari 87 pada Jumat"
    inside = [t for t in inside if t.start < fig.end or not marks.comparisons.find(
        toks, text, token_index(toks, fig.end), token_index(toks, t.start))]
    sentence = inside
    if running:
        fig.running_total = True
        # a date that opens in the clause is its own, whatever commas it holds ("Feb. 24, 2022")
        inside = [t for t in inside if toks[lo].start <= t.start < toks[hi - 1].end]
        if not any(_opened(t, fig, lo, toks, text, marks, published) for t in inside):
            # else a "since" date of the sentence past the clause's comma opens it ("raising the toll
            # to 50, since the war began on 7 October", "sehingga jumlah korban menjadi 50, sejak ...")
            inside += [t for t in sentence if t not in inside and _opened(t, fig, lo, toks, text, marks,
                                                                            published, since_only=True)
                       and not _running_between(t, fig, toks, text, marks)]
    else:
        # a time in the figure's own clause after what happened to it is its time, nearer ones in
        # other clauses are theirs: "freed 40 prisoners on Saturday, the first swap this year",
        # "5.000 warga mengungsi pada Senin, dan puluhan tewas dalam sepekan terakhir"; one before
        # the outcome word may be the statement's ("said on Friday that it killed five")
        verb = fig.outcome_span
        after = verb.start if verb is not None and verb.start < fig.start else fig.start
        own = [t for t in inside if after <= t.start < toks[hi - 1].end]
        # a date past another clause's running total is that total's ("killing 12 people on Tuesday,
        # raising the toll to 50 since 7 October"), unless the figure's own clause holds none; one a
        # closing attribution tells is the report's ("killing 17 and wounding 22, the army said on
        # Sunday"), when the event's own date comes shortly before the figure
        inside = own or [t for t in inside if not _running_between(t, fig, toks, text, marks)]
        told = [t for t in inside if t.start > fig.end and _said_on(t, toks, marks)]
        first = token_index(toks, fig.start)
        if told and any(t.end <= fig.start and first - token_index(toks, t.end) <= EVENT_DATE_TOKENS
                        for t in inside):
            inside = [t for t in inside if t not in told]
    if not inside:
        return None
    opened: dict[int, Period] = {}
    if published is not None:
        for t in inside:
            if t.kind == "point" and t.start_date is not None and t.start_date <= published \
                    and _opened(t, fig, lo, toks, text, marks, published, among=inside):
                opened[id(t)] = Period(t.start_date, published)
    spans = [t for t in inside if t.kind in ("since", "window") or id(t) in opened]
    if running and not spans:
        # a total over a calendar period counts within it ("bringing the total this month to 210",
        # "sehingga total korban sepanjang bulan ini menjadi 210"); "so far", "since the start of
        # the invasion" name no start
        calendar = [t for t in inside if t.kind == "point" and t.precision in CALENDAR]
        if not calendar:
            return None
        return min(calendar, key=lambda t: abs(t.start - fig.end)).period
    pool = spans or inside
    best = min(pool, key=lambda t: abs(t.start - fig.end) if t.start >= fig.end
               else abs(fig.start - t.end) + 5)
    if best.kind == "since" and not running and _told_when(best, lo, toks, text):
        return _point(best)  # "the deadliest since October 2024, when about 40 soldiers were killed"
    if best.kind == "since" or id(best) in opened:
        fig.running_total = True
        return opened.get(id(best), best.period)
    return _joined_range(best, inside, text, marks) or best.period


def _opened(t: TimeMention, fig: Figure, lo: int, toks: list[Token], text: str, marks: PeriodMarks,
            published: date | None, among: list[TimeMention] | None = None, since_only: bool = False) -> bool:
    """Whether time ``t`` opens a period for the figure: a "since" span, or a date a "since" word
    (or, unless ``since_only``, a war's onset and a perfect word) opens up to publication. A "since"
    before two dates of ``among`` opens the first ("sejak 24 Februari 2022 hingga 26 November 2024")."""
    if t.kind == "since":
        return True
    if t.kind == "window":
        return not since_only
    if published is None or t.kind != "point" or t.start_date is None or t.start_date > published:
        return False
    at = token_index(toks, t.start)
    first = token_index(toks, fig.end) if t.start >= fig.end else max(0, at - SINCE_REACH)
    since = marks.since.find(toks, text, first, at)
    if since and any(since[-1].end <= u.start and u.end <= t.start for u in among or []):
        since = []
    if since:
        return True
    return not since_only and _onset_then_perfect(t, fig, at, lo, toks, text, marks)


def _running_between(t: TimeMention, fig: Figure, toks: list[Token], text: str, marks: PeriodMarks) -> bool:
    """Whether a running-total word stands between the figure and time ``t``: the time is that
    total's ("killing 12 people, raising the toll to 50, since 7 October"). A "since" phrase
    ("since the war began", "sejak konflik") opens the time itself and is none."""
    a, b = (fig.end, t.start) if t.start >= fig.end else (t.end, fig.start)
    return any(not any(s.first_token == m.first_token
                       for s in marks.since.find(toks, text, m.first_token, m.last_token + 1))
               for m in marks.running.find(toks, text, token_index(toks, a), token_index(toks, b)))


def _joined_range(t: TimeMention, inside: list[TimeMention], text: str, marks: PeriodMarks) -> Period | None:
    """Two dates a range word joins, read as one span: "between January and October",
    "antara Januari dan Oktober", "from May 2 to May 9" (the later one or the earlier one given)."""
    for a, b in ((u, t) for u in inside if u.end <= t.start):
        gap = text[a.end:b.start].strip().lower()
        if a.start_date is not None and b.end_date is not None and a.start_date <= b.end_date \
                and gap in marks.range_joiners and a.kind == b.kind == "point":
            return Period(a.start_date, b.end_date)
    for b in inside:
        gap = text[t.end:b.start].strip().lower() if t.end <= b.start else ""
        if t.start_date is not None and b.end_date is not None and t.start_date <= b.end_date \
                and gap in marks.range_joiners and t.kind == b.kind == "point":
            return Period(t.start_date, b.end_date)
    return None


def _onset_then_perfect(t: TimeMention, fig: Figure, at: int, lo: int, toks: list[Token], text: str,
                        marks: PeriodMarks) -> bool:
    """Whether date ``t`` (at token ``at``) is a war's onset with the figure told in the
    perfect right after it, in the figure's clause (from token ``lo``): "which erupted
    in April 2023, has killed N and displaced M", "yang pecah pada Februari 2022 itu
    telah menewaskan"."""
    if t.end > fig.start or not marks.onset.find(toks, text, max(0, at - SINCE_REACH), at):
        return False
    after, fig_at = token_index(toks, t.end), token_index(toks, fig.start)
    for k in range(after, min(after + PERFECT_GAP + 1, fig_at)):
        if toks[k].text.lower() in marks.perfect:
            return k >= lo
    return False


def _told_when(t: TimeMention, lo: int, toks: list[Token], text: str) -> bool:
    """Whether the figure's clause, opened at token ``lo`` by a clause word ("when", "ketika"), comes
    right after ``t`` and a comma: what the clause tells happened at ``t``'s date itself."""
    return 0 < lo and toks[lo - 1].text.isalpha() and not text[t.end:toks[lo - 1].start].strip(" ,")


def _point(t: TimeMention) -> Period | None:
    """The calendar unit a "since" date names, as a period of its own ("October 2024")."""
    start, value = t.start_date, t.value or ""  # a "since" time's precision is its range: the value tells
    if start is None or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value):
        return t.period
    if len(value) == 10:
        return Period(start, start)
    if len(value) == 4:
        return Period(start, date(start.year, 12, 31))
    nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return Period(start, nxt - timedelta(days=1))


SAID_TOKENS: Final = 3  # tokens between a verb of saying and the date it was said on ("said on Sunday")
# tokens from an event's date to its figure ("on Saturday, killing 17 and hurting 22")
EVENT_DATE_TOKENS: Final = 12


def _said_on(t: TimeMention, toks: list[Token], marks: PeriodMarks) -> bool:
    """Whether a verb of saying stands a few tokens before ``t`` ("the army said on Sunday")."""
    k = token_index(toks, t.start)
    return any(toks[g].text.lower() in marks.said for g in range(max(0, k - SAID_TOKENS), k))


def _clause(fig: Figure, toks: list[Token], ends: frozenset[str]) -> tuple[int, int]:
    """Token bounds [lo, hi) of the clause around the figure: up to the nearest comma or
    clause word on each side."""
    first = token_index(toks, fig.start)
    last = max(first, token_index(toks, fig.end) - 1)
    lo = first
    while lo > max(0, first - CLAUSE_TOKENS) and toks[lo - 1].text.lower() not in ends:
        lo -= 1
    hi = last + 1
    while hi < min(len(toks), last + CLAUSE_TOKENS) and toks[hi].text.lower() not in ends:
        hi += 1
    return lo, hi
