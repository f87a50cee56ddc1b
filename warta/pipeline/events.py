"""Events: dated conflict events with type, sides, place and evidence.

A sentence with a trigger word (``events.toml``, see :mod:`event_rules`)
yields an event of its strongest trigger's type (the language's ``priority``
order); a trigger in quoted speech, after a negation or a hypothesis ("denied
attacking", "will attack"), or marked as ongoing background counts for
nothing, and one after "amid" only when nothing else does (:mod:`event_sentence`).
An attack made with bombs, missiles or drones is a strike; property destruction and
releases are events of their own besides the sentence's main one, and when
each side releases people, each release is one. When a sentence names
several dates, each trigger goes with the date nearest to it, so two clauses
can give two events; so can two clauses of one date when the second attacks or
strikes a place in another region (:mod:`event_group`).

The date (:mod:`event_dates`) is the date expression nearest the trigger,
with the dates listed with it; with none, a clock time's day, the day of the
event whose people the sentence names again (:mod:`event_retold`), or the told
event's day less the span of "came a day after" (:mod:`event_relative`). The
place (:mod:`event_places`) is the literal place nearest the trigger, and
each place listed with it gives an event of its own. The side named before
the trigger acts; the side after it is acted upon (:mod:`event_sides`,
:mod:`event_build`). The article's events are then merged (:mod:`event_merge`).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from warta.lang import Lang
from warta.model import Event, Figure, PlaceMention, Sentence, TimeMention
from warta.pipeline.event_actors import home_actors, imply_actors
from warta.pipeline.event_article import Article, Found, article, with_places
from warta.pipeline.event_build import add_events
from warta.pipeline.event_group import clause
from warta.pipeline.event_merge import merge_events, refine_places
from warta.pipeline.event_parties import by_actor
from warta.pipeline.event_places import complementizers
from warta.pipeline.event_refine import refine_from_next
from warta.pipeline.event_sentence import first_telling, frame
from warta.pipeline.place_lexicon import lexicon as place_lexicon
from warta.pipeline.sides import enemies


def find_events(text: str, lang: Lang, sentences: list[Sentence], times: list[TimeMention],
                places: list[PlaceMention], figures: list[Figure],
                published: date | None, in_article: Collection[str] | None = None) -> list[Event]:
    """Events of the article, merged within it; ``in_article`` is the sides the article
    names (:func:`article_sides`), when the caller has them already. Only ``times`` with a
    date date events; a duration right before a trigger may make it a work stoppage."""
    first = first_telling(text, lang, sentences)
    if first == len(sentences):
        return []  # no sentence may tell one: the article's indexes are not made
    art = article(text, lang, sentences, times, places, figures, published, in_article)
    done = Found()
    for sent in sentences[first:]:
        fr = frame(art, sent, _kidnapping(art, done))
        if fr is None:
            continue
        for stamp, group in fr.groups:
            cl = clause(art, fr, stamp, group, done)
            if cl is None:
                continue
            for etype, m in by_actor(cl.chosen, cl.group, fr.found, fr.toks, text, fr.side_hits, art.rules):
                add_events(art, fr, cl, etype, m, done)
    return _finish(art, done, places)


def _kidnapping(art: Article, done: Found) -> Event | None:
    """The last kidnapping the article has told (an event of an abduction trigger), if any."""
    abductions = art.rules.abductions
    for e in reversed(done.events):
        if e.type in ("attack", "other") and e.trigger is not None and e.trigger.text.lower() in abductions:
            return e
    return None


def _finish(art: Article, done: Found, places: list[PlaceMention]) -> list[Event]:
    """The article's events merged, their places refined by the quoted ones and the next
    sentence's, and the actors the story implies."""
    if not done.events:
        return []  # quoted events only refine the places of others
    out = refine_places(merge_events(done.events, art.headline, done.weak | done.said_on, art.rules.heard,
                                     frozenset(done.unplaced), frozenset(done.windowed),
                                     frozenset(done.listed_at), frozenset(done.answers),
                                     frozenset(done.taken), frozenset(done.stand_in)), done.quoted)
    imply_actors(out, art.in_article, enemies(art.lang), done.placed)
    home_actors(out, done.home)
    with_places(art)
    filed_at = frozenset(p.start for p in places) - {p.start for p in art.unfiled}  # datelines: no scene
    refine_from_next(out, places, art.sentences, art.text, filed_at, place_lexicon(art.lang).person_verbs,
                     complementizers(art.lang))
    return out
