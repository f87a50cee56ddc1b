"""The claims board: figures on the same measure from different claimants,
side by side and never averaged.

A measure is (side, unit, outcome, place, running total or not) over a
period; figures whose periods overlap (a figure without a period covers its
article's publication day) fall in the same measure. Each claimant's value is
shown with the sentence it comes from, and the measure gives the range
across claimants.

A claimant is its canonical key (country, kind and role, see
:mod:`warta.pipeline.claimant`), so one source named in Indonesian and in
English ("Staf Umum Angkatan Bersenjata Ukraina", "Ukraine's General Staff")
or referred to by a pronoun is one claimant, shown by its fullest name with
the other names it went by. Bounds stay visible ("≥90", at least 90), and a
figure that another claim denies is marked disputed, with who denied it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warta.store.records import FigureRow


@dataclass(slots=True)
class Evidence:
    article_id: int
    published: str | None
    source: str | None
    url: str | None
    figure: str  # the figure's own text
    start: int  # the sentence's offsets in the article
    end: int
    text: str  # the sentence, from the stored article at those offsets
    said_as: str = ""  # the claimant as this article names it
    disputed_by: str | None = None  # who denies it in this article

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article_id, "published": self.published,
                "source": self.source, "url": self.url, "figure": self.figure,
                "start": self.start, "end": self.end, "text": self.text,
                "said_as": self.said_as, "disputed_by": self.disputed_by}


@dataclass(slots=True)
class Entry:
    """One claimant's value for a measure, with every place it was said."""

    claimant: str
    country: str | None
    kind: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str | None
    evidence: list[Evidence] = field(default_factory=list)
    key: str = ""
    names: list[str] = field(default_factory=list)  # every name it went by, fullest first

    @property
    def shown(self) -> str:
        """The value with its bound: "≥90", "≤100", "~50", "100–999", "340"."""
        return shown(self.value, self.low, self.high, self.bound)

    @property
    def disputed_by(self) -> list[str]:
        """Who denies this value, in the articles it comes from."""
        return sorted({e.disputed_by for e in self.evidence if e.disputed_by})

    def to_json(self) -> dict[str, Any]:
        return {"claimant": self.claimant, "country": self.country, "kind": self.kind,
                "key": self.key, "names": self.names,
                "value": _num(self.value), "low": _num(self.low), "high": _num(self.high),
                "bound": self.bound, "shown": self.shown, "bound_text": bound_text(self.bound),
                "disputed": bool(self.disputed_by), "disputed_by": self.disputed_by,
                "evidence": [e.to_json() for e in self.evidence]}


@dataclass(slots=True)
class Measure:
    side: str | None
    unit: str
    outcome: str
    place: str | None
    running_total: bool
    period_start: str | None
    period_end: str | None
    entries: list[Entry] = field(default_factory=list)

    @property
    def claimants(self) -> int:
        return len({e.key for e in self.entries})

    @property
    def low(self) -> float | None:
        vals = [e.low if e.low is not None else e.value for e in self.entries]
        vals2 = [v for v in vals if v is not None]
        return min(vals2) if vals2 else None

    @property
    def high(self) -> float | None:
        vals = [e.high if e.high is not None else e.value for e in self.entries]
        return None if any(v is None for v in vals) or not vals else max(v for v in vals if v is not None)

    def to_json(self) -> dict[str, Any]:
        return {"side": self.side, "unit": self.unit, "outcome": self.outcome,
                "place": self.place, "running_total": self.running_total,
                "period": {"start": self.period_start, "end": self.period_end},
                "claimants": self.claimants,
                "range": {"low": _num(self.low), "high": _num(self.high)},
                "entries": [e.to_json() for e in self.entries]}


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _text(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


BOUND_SIGNS = {"lower": "≥", "upper": "≤", "approx": "~"}
BOUND_TEXT = {"lower": "at least", "upper": "at most", "approx": "about", "range": "between",
              "vague": "vaguely"}


def shown(value: float | None, low: float | None, high: float | None, bound: str | None) -> str:
    """A figure as the board shows it, its bound kept: "≥90", "100–999", "340"."""
    if value is None or bound in ("range", "vague"):
        if low is not None and high is None:
            return f"≥{_text(low)}"
        return f"{_text(low)}–{_text(high)}"
    return f"{BOUND_SIGNS.get(bound or '', '')}{_text(value)}"


def bound_text(bound: str | None) -> str:
    """The bound in words ("at least"), empty for an exact figure."""
    return BOUND_TEXT.get(bound or "", "")


def _period(r: FigureRow) -> tuple[str, str]:
    if r.period_start and r.period_end:
        return r.period_start, r.period_end
    day = r.published or ""
    return day, day


def board(rows: list[FigureRow], *, contested_only: bool = False) -> list[Measure]:
    """Group figure rows into measures; ``contested_only`` keeps measures
    with two or more claimants."""
    groups: dict[tuple[Any, ...], list[FigureRow]] = {}
    for r in rows:
        key = (r.side, r.unit, r.outcome, (r.place or "").strip().casefold(), r.running_total)
        groups.setdefault(key, []).append(r)
    out: list[Measure] = []
    for (_side, _unit, _outcome, _place, _rt), members in groups.items():
        members.sort(key=_period)
        current: Measure | None = None
        for r in members:
            p0, p1 = _period(r)
            if current is None or (current.period_end or "") < p0:
                current = Measure(r.side, r.unit, r.outcome, r.place, r.running_total, p0, p1)
                out.append(current)
            elif (current.period_end or "") < p1:
                current.period_end = p1
            _add(current, r)
    if contested_only:
        out = [m for m in out if m.claimants >= 2]
    out.sort(key=lambda m: (m.period_start or "", m.side or "", m.unit, m.outcome))
    return out


def claimant_key(r: FigureRow) -> str:
    """The row's canonical claimant; rows stored before keys existed key on their text."""
    if r.claimant_kind == "reporter":
        return f"reporter:{(r.source or '').casefold()}"
    if r.claimant_key:
        return r.claimant_key
    return f"{r.claimant_country or '-'}:{r.claimant_kind}:{(r.claimant or '').casefold()}"


def _add(m: Measure, r: FigureRow) -> None:
    name = r.claimant or "unknown"
    if r.claimant_kind == "reporter" and r.source:
        name = r.source  # no one named: the outlet is the claimant
    key = claimant_key(r)
    disputer = (r.disputed_by_text or "the reporter") if r.disputed_by else None
    ev = Evidence(r.article_id, r.published, r.source, r.url, r.text,
                  r.evidence_start, r.evidence_end, r.evidence_text, name, disputer)
    for e in m.entries:
        if (e.key, e.value, e.low, e.high) == (key, r.value, r.low, r.high):
            e.evidence.append(ev)
            _name(e, name)
            return
    entry = Entry(name, r.claimant_country, r.claimant_kind, r.value, r.low, r.high,
                  r.bound, [ev], key=key, names=[])
    _name(entry, name)
    m.entries.append(entry)
    for e in m.entries:  # one claimant shows one name on every line
        if e.key == key and e is not entry:
            for n in e.names:
                _name(entry, n)
            for n in entry.names:
                _name(e, n)


def _name(e: Entry, name: str) -> None:
    """Keep every name a claimant went by, the fullest one (not a pronoun) as its label."""
    if name.casefold() not in {n.casefold() for n in e.names}:
        e.names.append(name)
        e.names.sort(key=lambda n: (-len(n), n))
    e.claimant = e.names[0]
