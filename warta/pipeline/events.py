"""Events: dated conflict events with type, sides, place and evidence.

A sentence with a trigger word (``events.toml``) yields one event of its
strongest trigger's type (the language's ``priority`` order). Its date is the
date expression nearest the trigger, else a figure's period, else, for violent
events, the breaking-news window (the day before publication to publication).
Its place is the literal place nearest the trigger, finer places first, else
the article's main place. The side named before the trigger acts; the side
after it is acted upon. Events of one type with overlapping dates at the same
place, or at places in the same region, are merged, their evidence kept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from warta.lang import Lang
from warta.model import Event, Figure, Period, PlaceMention, Sentence, Span, TimeMention
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.spans import SpanIndex

PLACE_RANK = {"point": 0, "settlement": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
VIOLENT = {"attack", "strike", "capture", "destruction", "killing"}
MAX_SIDES_AFTER = 4  # side words after a trigger that may name its actor or target
TERRITORY_REACH = 80  # characters from a capture/advance trigger to the place taken
PLACE_REACH = 100  # characters from the trigger (places before it count double)
LEAD_SENTENCES = 3  # an undated violent event here is breaking news
QUOTES = "\"“‘'«„"


@dataclass(frozen=True, slots=True)
class _Roles:
    agent: frozenset[str]  # words that put the actor after the trigger: "by"
    target: frozenset[str]  # words that put the target after it: "on", "ke"
    nominal: frozenset[str]  # trigger nouns whose possessor follows them
    possessor_after: bool
    territorial: frozenset[str]  # event types that need a place after their trigger


@cache
def _triggers(lang: Lang) -> tuple[PhraseLexicon[str], dict[str, int], _Roles]:
    data = lang.data("events")
    order = {t: i for i, t in enumerate(data.get("priority", []))}
    roles = data.get("roles", {})
    return from_table(data.get("triggers", {})), order, _Roles(
        frozenset(w.lower() for w in roles.get("agent", [])),
        frozenset(w.lower() for w in roles.get("target", [])),
        frozenset(w.lower() for w in roles.get("nominal", [])),
        bool(roles.get("possessor_after", False)),
        frozenset(data.get("territorial", [])))


def find_events(text: str, lang: Lang, sentences: list[Sentence], times: list[TimeMention],
                places: list[PlaceMention], figures: list[Figure],
                published: date | None) -> list[Event]:
    """Events of the article, merged within it."""
    lex, order, roles = _triggers(lang)
    sides = side_lexicon(lang)
    events: list[Event] = []
    place_index, time_index, figure_index = SpanIndex(places), SpanIndex(times), SpanIndex(figures)
    main = _main_place(places, sentences)
    for sent in sentences:
        toks = tokenize(text, sent.start, sent.end)
        hits = lex.find(toks, text)
        if not hits or text[sent.start] in QUOTES:
            continue  # no trigger, or direct speech
        figs = figure_index.between(sent.start, sent.end)
        inside = [p for p in place_index.between(sent.start, sent.end)
                  if not _dateline(p, sent) and not _in_figure(p, figure_index)]
        # "seized weapons" is no capture: territorial triggers need a place after them
        hits = [m for m in hits if m.value not in roles.territorial
                or any(0 <= p.start - m.end <= TERRITORY_REACH for p in inside)]
        if not hits:
            continue
        trig = min(hits, key=lambda m: (order.get(m.value, 99), m.start))
        where = _nearest_place(inside, trig) or main
        when = _date(trig, time_index.between(sent.start, sent.end), figs,
                     published if sent.index < LEAD_SENTENCES else None)
        if when is None or where is None:
            continue
        actor, target = _sides(text, toks, trig, sides, roles)
        if target is None and where.country and trig.value in VIOLENT:
            target = where.country  # struck where it happened (in a civil war, its own side)
        events.append(Event(
            type=trig.value, actor=actor, target=target, place=where, date=when,
            evidence=[Span(sent.start, sent.end, text[sent.start:sent.end])],
            trigger=Span(trig.start, trig.end, trig.text), sentence=sent.index,
        ))
    return _fold_countries(_merge(events))


def _sides(text: str, toks: list, trig: Match[str], sides: PhraseLexicon[str],
           roles: _Roles) -> tuple[str | None, str | None]:  # noqa: ANN001
    """Who acts and who is acted upon, from the side words around the trigger.

    The side before the trigger acts ("Russian forces attacked"); after it,
    a side marked as a target ("on", "ke") is acted upon, one marked as an
    agent ("by", "oleh") acts, and in languages whose nouns take their
    possessor after them, a side right after a nominal trigger acts
    ("serangan rudal Rusia" = a Russian missile attack).
    """
    hits = sides.find(toks, text)
    before = [m for m in hits if m.end <= trig.start]
    after = [m for m in hits if m.start >= trig.end][:MAX_SIDES_AFTER]
    actor = before[-1].value if before else None
    target = None
    for m in after:
        if m.value == actor:
            continue
        between = [t.text.lower() for t in toks[trig.last_token + 1:m.first_token]]
        if any(w in roles.agent for w in between[-2:]) or (
                roles.possessor_after and trig.text.lower() in roles.nominal
                and len(between) <= 3 and not any(w in roles.target for w in between)):
            if actor is None:
                actor = m.value
                continue
        if target is None:
            target = m.value
    if actor is None and target is not None:
        actor = next((m.value for m in hits if m.value != target), None)
    return actor, target


def _in_figure(place: PlaceMention, figures: SpanIndex[Figure]) -> bool:
    """A side word inside a figure ("tentara Ukraina") is not where the event happened."""
    fig = figures.last_before(place.start + 1)
    return fig is not None and place.start < fig.end


def _dateline(place: PlaceMention, sent: Sentence) -> bool:
    """"MOSCOW, Jan 5 -": where the story was filed, not where it happened."""
    return place.start - sent.start < 3 and place.text.isupper() and len(place.text) > 2


def _literal(places: list[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if not p.actor_use and p.lat is not None]


def _main_place(places: list[PlaceMention], sentences: list[Sentence]) -> PlaceMention | None:
    """The finer-than-country place the article names most, else its most named country."""
    heads = {s.start for s in sentences}
    literal = [p for p in _literal(places) if not (p.start in heads and p.text.isupper())]
    for pool in ([p for p in literal if p.precision != "country"], literal):
        if pool:
            counts = Counter(p.name for p in pool)
            best = max(counts.values())
            return next(p for p in pool if counts[p.name] == best)
    return None


def _nearest_place(inside: list[PlaceMention], trig: Match[str]) -> PlaceMention | None:
    literal = _literal(inside)
    finer = [p for p in literal if p.precision != "country"]
    pool = finer or literal
    if not pool:
        return None

    def distance(p: PlaceMention) -> int:
        return p.start - trig.end if p.start >= trig.end else (trig.start - p.end) * 2

    near = [p for p in pool if distance(p) <= PLACE_REACH]
    if not near:
        return None
    return min(near, key=lambda p: (distance(p) + 40 * PLACE_RANK.get(p.precision, 9), p.start))


def _date(trig: Match[str], inside: list[TimeMention], figures: list[Figure],
          published: date | None) -> Period | None:
    dated = [t for t in inside if t.kind == "window" or (t.kind == "point" and t.precision in ("day", "week"))]
    if dated:
        return min(dated, key=lambda t: abs(t.start - trig.start)).period
    periods = [f.period for f in figures if f.period is not None and not f.running_total]
    if periods:
        return periods[0]
    if published is not None and trig.value in VIOLENT and not inside:
        return Period(published - timedelta(days=1), published)
    return None


def _merge(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    groups: dict[tuple[str, str], list[Event]] = {}
    for ev in events:
        region = (ev.place.admin1 or ev.place.name) if ev.place else ""
        group = groups.setdefault((ev.type, region), [])
        twin = next((o for o in group if _overlaps(o.date, ev.date)), None)
        if twin is None:
            out.append(ev)
            group.append(ev)
            continue
        twin.evidence.extend(ev.evidence)
        twin.actor = twin.actor or ev.actor
        twin.target = twin.target or ev.target
        if ev.place and twin.place and PLACE_RANK.get(ev.place.precision, 9) < PLACE_RANK.get(twin.place.precision, 9):
            twin.place = ev.place
        if ev.date and twin.date and (ev.date.end - ev.date.start) < (twin.date.end - twin.date.start):
            twin.date = ev.date
    return out


def _fold_countries(events: list[Event]) -> list[Event]:
    """A country-wide event that a finer one of the same type and country dates: one event."""
    finer: dict[tuple[str, str | None], list[Event]] = {}
    for ev in events:
        if ev.place is not None and ev.place.precision != "country":
            finer.setdefault((ev.type, ev.place.country), []).append(ev)
    out: list[Event] = []
    for ev in events:
        if ev.place is not None and ev.place.precision == "country":
            twin = next((o for o in finer.get((ev.type, ev.place.country), [])
                         if _overlaps(o.date, ev.date)), None)
            if twin is not None:
                twin.evidence.extend(ev.evidence)
                continue
        out.append(ev)
    return out


def _overlaps(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end
