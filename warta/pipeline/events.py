"""Events: dated conflict events with type, sides, place and evidence.

A sentence with a trigger word (``events.toml``) and a date (its own, a
figure's period, or the lead's publication window) yields one event of the
strongest trigger's type. The side named before the trigger acts, the side
after it is acted upon. Events of one type at one place with overlapping dates
are merged, their evidence kept.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from warta.lang import Lang
from warta.model import Event, Figure, Period, PlaceMention, Sentence, Span, TimeMention
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.spans import SpanIndex

PLACE_RANK = {"point": 0, "settlement": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
LEAD_SENTENCES = 2


@cache
def _triggers(lang: Lang) -> tuple[PhraseLexicon[str], dict[str, int]]:
    data = lang.data("events")
    order = {t: i for i, t in enumerate(data.get("priority", []))}
    return from_table(data.get("triggers", {})), order


def find_events(text: str, lang: Lang, sentences: list[Sentence], times: list[TimeMention],
                places: list[PlaceMention], figures: list[Figure],
                published: date | None) -> list[Event]:
    """Events of the article, merged within it."""
    lex, order = _triggers(lang)
    sides = side_lexicon(lang)
    events: list[Event] = []
    last_place: PlaceMention | None = None
    place_index, time_index, figure_index = SpanIndex(places), SpanIndex(times), SpanIndex(figures)
    for sent in sentences:
        figs = figure_index.between(sent.start, sent.end)
        inside = [p for p in place_index.between(sent.start, sent.end)
                  if not _dateline(p, sent) and not any(f.start <= p.start < f.end for f in figs)]
        place = _best_place(inside)
        toks = tokenize(text, sent.start, sent.end)
        hits = lex.find(toks, text)
        if not hits:
            last_place = place or last_place
            continue
        trig = min(hits, key=lambda m: (order.get(m.value, 99), m.start))
        when = _date(sent, time_index.between(sent.start, sent.end), figs, published)
        where = place or last_place
        last_place = place or last_place
        if when is None or where is None:
            continue
        side_hits = [m for m in sides.find(toks, text)]
        actor = next((m.value for m in reversed(side_hits) if m.end <= trig.start), None)
        target = next((m.value for m in side_hits if m.start >= trig.end and m.value != actor), None)
        if actor is None and target is not None:
            actor = next((m.value for m in side_hits if m.value != target), None)
        events.append(Event(
            type=trig.value, actor=actor, target=target, place=where, date=when,
            evidence=[Span(sent.start, sent.end, text[sent.start:sent.end])],
            trigger=Span(trig.start, trig.end, trig.text), sentence=sent.index,
        ))
    return _merge(events)


def _dateline(place: PlaceMention, sent: Sentence) -> bool:
    """"MOSCOW, Jan 5 -": where the story was filed, not where it happened."""
    return place.start - sent.start < 3 and place.text.isupper() and len(place.text) > 2


def _best_place(inside: list[PlaceMention]) -> PlaceMention | None:
    literal = [p for p in inside if not p.actor_use and p.lat is not None]
    if not literal:
        return None
    return min(literal, key=lambda p: (PLACE_RANK.get(p.precision, 9), p.start))


def _date(sent: Sentence, inside: list[TimeMention], figures: list[Figure],
          published: date | None) -> Period | None:
    points = [t for t in inside if t.kind == "point" and t.precision in ("day", "week")]
    if points:
        return points[0].period
    windows = [t for t in inside if t.kind == "window"]
    if windows:
        return windows[0].period
    dated = [f.period for f in figures if f.period is not None]
    if dated:
        return dated[0]
    if published is not None and sent.index < LEAD_SENTENCES:
        return Period(published - timedelta(days=1), published)
    return None


def _merge(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    groups: dict[tuple[str, str], list[Event]] = {}
    for ev in events:
        group = groups.setdefault((ev.type, ev.place.name if ev.place else ""), [])
        twin = next((o for o in group if _overlaps(o.date, ev.date)), None)
        if twin is None:
            out.append(ev)
            group.append(ev)
            continue
        twin.evidence.extend(ev.evidence)
        twin.actor = twin.actor or ev.actor
        twin.target = twin.target or ev.target
        if ev.date and twin.date and (ev.date.end - ev.date.start) < (twin.date.end - twin.date.start):
            twin.date = ev.date
    return out


def _overlaps(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end
