"""What the time resolver reads (:class:`Context`: the publication date and
what the sentence says about tense) and what it returns (:class:`Resolved`:
dates, precision, and the TIMEX3 type and value)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Resolved:
    start: date | None
    end: date | None
    precision: str | None
    kind: str  # point | since | window | duration | set | reference
    type: str = "DATE"
    value: str | None = None
    mod: str | None = None
    quant: str | None = None

    # written out, not generated: the compiled build then builds one natively (a dataclass's
    # generated __init__ runs as interpreted Python there)
    def __init__(self, start: date | None, end: date | None, precision: str | None, kind: str,
                 type: str = "DATE", value: str | None = None, mod: str | None = None,
                 quant: str | None = None) -> None:
        self.start, self.end, self.precision, self.kind = start, end, precision, kind
        self.type, self.value, self.mod, self.quant = type, value, mod, quant


@dataclass(slots=True)
class Context:
    pub: date | None
    future: bool = False
    ahead: bool = False  # the expression itself says it is ahead ("17 Agustus mendatang")
    nearest: bool = False  # a yearless date with no cue: the closest one, not the latest past one
    started: bool = False  # a start word of no tense before it ("mulai berlaku pada"): the nearer one
    near_days: int = 90  # ... when it is at most this many days ahead
    near_months: int = 4  # ... or, for a month, fewer months ahead than this
    past: bool = False  # a past-tense verb before it: a yearless month is the latest past one
    day: date | None = None  # the latest day the article named, for clock times
    told_day: date | None = None  # ... of those that are no report's day, for "two days later"
    years: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> year given
    last_value: str | None = None  # the latest DATE value, for "a year earlier"
    last_named: str | None = None  # ... of those the text gives itself, not counted from another

    # written out, not generated (see Resolved); one is made per article
    def __init__(self, pub: date | None, future: bool = False, ahead: bool = False, nearest: bool = False,
                 started: bool = False, near_days: int = 90, near_months: int = 4, past: bool = False,
                 day: date | None = None, told_day: date | None = None,
                 years: dict[tuple[int, int], int] | None = None, last_value: str | None = None,
                 last_named: str | None = None) -> None:
        self.pub, self.future, self.ahead, self.nearest, self.started = pub, future, ahead, nearest, started
        self.near_days, self.near_months, self.past, self.day = near_days, near_months, past, day
        self.told_day, self.years = told_day, {} if years is None else years
        self.last_value, self.last_named = last_value, last_named
