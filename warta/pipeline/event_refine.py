"""An event its own sentence places only in a province, a region or a country takes the
town the next sentence names inside that unit, when that sentence tells of no event of its
own: "Shelling of a farming village in the Amhara region left 11 dead ... Relatives carried
the dead to Debre Tabor", where the village lies by, is where it happened."""

from __future__ import annotations

from typing import Final

from warta.geo.grid import km
from warta.model import Event, PlaceMention, Sentence, Span
from warta.pipeline.event_places import TRAILING_WORDS, said_next
from warta.pipeline.spans import SpanIndex

COARSE: Final = ("admin1", "admin", "region", "country")  # precisions a town may refine
REGION_KM: Final = 300.0  # a town this near a region's point lies in it (a region has no code)


def refine_from_next(events: list[Event], places: list[PlaceMention], sentences: list[Sentence],
                     text: str, skip: frozenset[int] = frozenset(), speech: frozenset[str] = frozenset(),
                     comps: frozenset[str] = frozenset()) -> None:
    """Give each coarsely placed event the one town (or district) the sentence after its
    trigger's names inside its place, where no event has its trigger in that sentence;
    ``skip`` holds the starts of places that are no scene (datelines), and a place between a
    verb of ``speech`` and a word of ``comps`` is where a source spoke ("told reporters at
    N'Djamena hospital that ...")."""
    told = {ev.sentence for ev in events}
    index = SpanIndex(places)
    for ev in events:
        where = ev.place
        nxt = ev.sentence + 1
        if where is None or where.precision not in COARSE or not where.found or nxt >= len(sentences) \
                or nxt in told:  # (a town the index lacks, put at its country's centre, is a town)
            continue
        sent = sentences[nxt]
        inside = {p.name: p for p in index.between(sent.start, sent.end)
                  if p.precision in ("settlement", "admin2") and p.lat is not None and not p.actor_use
                  and p.start not in skip and _inside(p, where)
                  and not _spoken_at(text, sent, p, speech, comps)}
        if len(inside) == 1:
            ev.place = next(iter(inside.values()))
            ev.evidence.append(Span(sent.start, sent.end, text[sent.start:sent.end]))


def _spoken_at(text: str, sent: Sentence, p: PlaceMention, speech: frozenset[str],
               comps: frozenset[str]) -> bool:
    before = [w.strip(',"“”').lower() for w in text[sent.start:p.start].split()][-TRAILING_WORDS:]
    return any(w in speech for w in before) and said_next(text, p, sent.end, comps)


def _inside(p: PlaceMention, unit: PlaceMention) -> bool:
    if unit.precision == "country":
        return p.country == unit.country
    if unit.precision == "region":
        return unit.lat is not None and p.lat is not None and unit.lon is not None and p.lon is not None \
            and km((p.lat, p.lon), (unit.lat, unit.lon)) <= REGION_KM
    return p.admin1 is not None and unit.admin1 is not None \
        and p.admin1.split(".")[:2] == unit.admin1.split(".")[:2]
