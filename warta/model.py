"""Typed records that warta extracts, each tied to character offsets.

Every record that comes from the text carries ``start``/``end``: Python
code-point offsets into the article text exactly as given, ``end`` exclusive,
so ``text[start:end]`` is the evidence. Nothing here imports the rest of warta.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

UNITS = (
    "personnel", "civilians", "tanks", "armored_vehicles", "artillery",
    "rocket_launchers", "air_defense", "aircraft", "helicopters", "drones",
    "missiles", "vehicles", "ships", "munitions", "settlements", "area_km2", "other",
)
OUTCOMES = (
    "killed", "wounded", "casualties", "captured", "missing", "destroyed",
    "damaged", "lost", "displaced", "used", "intercepted", "other",
)
EVENT_TYPES = (
    "attack", "strike", "advance", "retreat", "capture", "destruction",
    "killing", "threat", "negotiation", "statement", "other",
)
CLAIMANT_KINDS = (
    "government", "military", "official", "person", "organization",
    "media", "reporter", "unknown",
)
PLACE_PRECISIONS = ("point", "settlement", "admin2", "admin1", "country", "region")
# how specific a place is, finest first (a named region is finer than a whole country)
PLACE_RANK = {"point": 0, "settlement": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
TIME_PRECISIONS = ("day", "week", "month", "year", "range")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

# Geographic precision codes of event datasets. ACLED ``geo_precision``: 1 = the
# town itself, 2 = a part of a region near a town (or a small area), 3 = a larger
# region, coordinates of its centre. UCDP GED ``where_prec``: 1 exact location,
# 2 within 25 km, 3 second-order admin unit, 4 first-order admin unit, 5 a part
# of the country / region, 6 the country, 7 international waters or airspace.
_ACLED = {"point": 1, "settlement": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
_UCDP = {"point": 1, "settlement": 1, "admin2": 3, "admin1": 4, "country": 6, "region": 5}


def acled_geo_precision(precision: str | None, found: bool = True) -> int:
    """ACLED geo_precision (1–3) for a place of this precision. A settlement
    the gazetteer lacks (``found=False``), placed at its region, is 2."""
    if precision in ("point", "settlement") and not found:
        return 2
    return _ACLED.get(precision or "", 3)


def ucdp_where_prec(precision: str | None, found: bool = True,
                    water: bool = False) -> int:
    """UCDP where_prec (1–7) for a place of this precision; ``water`` marks
    seas and airspace (7). A settlement the gazetteer lacks is 2."""
    if water:
        return 7
    if precision in ("point", "settlement") and not found:
        return 2
    return _UCDP.get(precision or "", 6)


Bound = Literal["exact", "approx", "lower", "upper", "range", "vague"]


@dataclass(slots=True)
class Span:
    """A stretch of the article: ``text == article[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Quantity:
    """A number as written: ``value`` is the best single value (None for a
    range or vague word), ``low``/``high`` its bounds (None = open)."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: Bound = "exact"


@dataclass(slots=True)
class Period:
    start: date
    end: date

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(slots=True)
class TimeMention:
    """A time expression: its dates against the publication date (when the text
    anchors it) and its TimeML TIMEX3 ``type`` and ``value``."""

    start: int
    end: int
    text: str
    start_date: date | None
    end_date: date | None
    precision: str | None  # one of TIME_PRECISIONS; None for durations, sets, "now"
    # point | since | window | range (from one date to another) | duration | set | reference
    kind: str = "point"
    type: str = "DATE"  # one of TIMEX_TYPES
    value: str | None = None  # TIMEX3 value: "2025-01-05", "P3D", "2025-01-05T09:00", "PRESENT_REF"
    mod: str | None = None  # TIMEX3 mod: START, MID, END
    quant: str | None = None  # TIMEX3 quant of a SET: EVERY
    # a range's two dates ("January | to | June 2026"), each a TIMEX3 of its own in TimeML
    parts: tuple[TimeMention, ...] = ()

    @property
    def period(self) -> Period | None:
        if self.start_date is None or self.end_date is None:
            return None
        return Period(self.start_date, self.end_date)

    def to_json(self) -> dict[str, Any]:
        out = {
            "text": self.text, "start": self.start, "end": self.end,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "precision": self.precision, "kind": self.kind,
            "type": self.type, "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.quant:
            out["quant"] = self.quant
        if self.parts:
            out["parts"] = [p.to_json() for p in self.parts]
        return out

    @property
    def timexes(self) -> tuple[TimeMention, ...]:
        """The TIMEX3s of this time: a range's two dates, else itself."""
        return self.parts or (self,)


@dataclass(slots=True)
class PlaceMention:
    """A toponym in the text and what the gazetteer made of it."""

    start: int
    end: int
    text: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    precision: str  # one of PLACE_PRECISIONS
    found: bool = True  # False: the name itself is not in the gazetteer
    geonameid: int | None = None
    admin1: str | None = None
    actor_use: bool = False  # a place name used as an actor ("Moscow promised")
    demonym: bool = False  # an adjective of a people ("Russian forces") or "EU", only when asked for

    def to_json(self) -> dict[str, Any]:
        out = {
            "text": self.text, "start": self.start, "end": self.end,
            "name": self.name, "lat": self.lat, "lon": self.lon,
            "country": self.country, "precision": self.precision,
            "found": self.found, "geonameid": self.geonameid,
            "admin1": self.admin1, "actor_use": self.actor_use,
        }
        if self.demonym:
            out["demonym"] = True  # present only on demonym mentions (off by default)
        return out

    def place_json(self) -> dict[str, Any]:
        """The place of an event, with its ACLED ``geo_precision`` and UCDP
        ``where_prec`` codes."""
        return {"name": self.name, "lat": self.lat, "lon": self.lon,
                "country": self.country, "precision": self.precision,
                "geo_precision": acled_geo_precision(self.precision, self.found),
                "where_prec": ucdp_where_prec(self.precision, self.found)}


@dataclass(slots=True)
class Claimant:
    text: str
    start: int | None
    end: int | None
    country: str | None
    kind: str  # one of CLAIMANT_KINDS
    # the same source however it is named or referred to: "country:kind:role" ("UA:military:general_staff")
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "country": self.country, "kind": self.kind, "key": self.key}


@dataclass(slots=True)
class Figure:
    """A counted quantity: number + what is counted + what happened + whose."""

    start: int
    end: int
    text: str
    quantity: Quantity
    unit: str
    outcome: str
    side: str | None = None
    period: Period | None = None
    place: str | None = None
    sentence: int = 0
    running_total: bool = False
    confidence: float = 0.5
    outcome_span: Span | None = None  # the words that say what happened
    side_reason: str = ""  # why the side is what it is
    id: str = ""
    whole: Figure | None = field(default=None, compare=False, repr=False)  # "three of the wounded": those

    def to_json(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "id": self.id, "text": self.text, "start": self.start, "end": self.end,
            "value": _num(q.value), "low": _num(q.low), "high": _num(q.high),
            "bound": q.bound, "number_text": q.text,
            "unit": self.unit, "outcome": self.outcome, "side": self.side,
            "side_reason": self.side_reason,
            "period": self.period.to_json() if self.period else None,
            "place": self.place, "running_total": self.running_total,
            "outcome_evidence": self.outcome_span.to_json() if self.outcome_span else None,
            "sentence": self.sentence, "confidence": round(self.confidence, 2),
        }


@dataclass(slots=True)
class Claim:
    claimant: Claimant
    cue: Span | None
    start: int
    end: int
    figures: list[Figure] = field(default_factory=list)
    sentence: int = 0
    id: str = ""
    disputed_by: Claim | None = field(default=None, repr=False)  # the claim that denies this one

    def to_json(self) -> dict[str, Any]:
        disputed = self.disputed_by.id if self.disputed_by is not None else None
        return {
            "id": self.id, "claimant": self.claimant.to_json(),
            "cue": self.cue.to_json() if self.cue else None,
            "start": self.start, "end": self.end, "sentence": self.sentence,
            "disputed_by": disputed,
            "figures": [{**f.to_json(), "disputed_by": disputed} for f in self.figures],
        }


@dataclass(slots=True)
class Event:
    type: str  # one of EVENT_TYPES
    actor: str | None
    target: str | None
    place: PlaceMention | None
    date: Period | None
    evidence: list[Span]
    trigger: Span | None = None
    sentence: int = 0
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "actor": self.actor, "target": self.target,
            "place": self.place.place_json() if self.place else None,
            "date": self.date.to_json() if self.date else None,
            "trigger": self.trigger.to_json() if self.trigger else None,
            "evidence": [e.to_json() for e in self.evidence],
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class Article:
    """One article and everything extracted from it."""

    text: str
    lang: str
    published: date | None
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "warta_version": self.version,
            "lang": self.lang,
            "published": self.published.isoformat() if self.published else None,
            "claims": [c.to_json() for c in self.claims],
            "events": [e.to_json() for e in self.events],
            "places": [p.to_json() for p in self.places],
            "times": [t.to_json() for t in self.times],
            "sentences": [{"index": s.index, "start": s.start, "end": s.end}
                          for s in self.sentences],
        }


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
