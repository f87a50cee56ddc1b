"""Who acted when the words of an event do not say: the sides the article is about.

A violent event with no actor named takes, in a civil war (the article is about one
side only, or an event of it tells a side acting on itself, even if a foreign force strikes there
too), that side acting on itself; in a war of two sides at war with each other
(``[enemies]`` of ``sides.toml``, or an event of the article telling one acting on the
other), the other one. A side the words seem to make strike itself is the other side,
unless it is the trigger's subject and the target only the country it struck in: then
the other side is the target ("Pasukan Ukraina melancarkan serangan balik di dekat
Vovchansk").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Container
from typing import Final

from warta.model import Event
from warta.pipeline.event_dates import VIOLENT
from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

SUBJECT_TOKENS: Final = 4  # tokens from a subject's side word to its trigger: "Ukraina melancarkan serangan"
PARTY_MENTIONS: Final = 2  # times an article names a side it is about
PARTY_SHARE: Final = 5  # ... and at least this fraction (1/n) as often as its most named side


def imply_actors(events: list[Event], named: Collection[str] | Counter[str],
                 enemies: Container[frozenset[str]], placed: set[int]) -> None:
    """Fill the actors (and targets) the words left out, in place. ``named`` is how often
    the article names each side, ``placed`` the ids of events whose actor is the trigger's
    subject and whose target only where they happened."""
    parties = _parties(named)
    # two sides at war with each other, not a roundup of two countries' own wars
    # ... and not a civil war a foreign force joins ("a U.S. airstrike killed four al Shabaab fighters" beside
    # al Shabaab's own attacks on the army): a side's own war on itself keeps its unnamed attackers its own
    hostile = frozenset(parties) in enemies or (any(
        ev.actor in parties and ev.target in parties and ev.actor != ev.target for ev in events)
        and not any(ev.actor is not None and ev.actor == ev.target for ev in events))
    for ev in events:
        _implied_actor(ev, parties, id(ev) in placed, hostile)


def subject_before(toks: list[Token], trig: Match[str], hits: list[Match[str]], side: str | None) -> bool:
    """Whether ``side`` is named right before the trigger, in its clause: its subject."""
    last = next((h for h in reversed(hits) if h.last_token < trig.first_token), None)
    return last is not None and last.value == side and trig.first_token - last.last_token <= SUBJECT_TOKENS \
        and not any(t.text in CLAUSE_BREAKS for t in toks[last.last_token + 1:trig.first_token])


def _parties(named: Collection[str] | Counter[str]) -> set[str]:
    """The sides an article is about: named at least twice and at least a fifth as often as
    the most named one (a mediator or a passing mention is no party)."""
    counts = named if isinstance(named, Counter) else Counter(named)
    top = max(counts.values(), default=0)
    return {s for s, n in counts.items() if n >= max(PARTY_MENTIONS, top / PARTY_SHARE)}


def _implied_actor(ev: Event, sides: set[str], placed: bool = False, hostile: bool = True) -> None:
    """One event's actor or target as the module docstring says."""
    if ev.target is None or ev.type not in VIOLENT or (ev.actor is not None and ev.actor != ev.target):
        return
    if ev.actor is not None and len(sides) != 2:
        return
    if placed and ev.target in sides and len(sides) == 2 and hostile:
        ev.target = next(s for s in sides if s != ev.target)
        return
    if sides == {ev.target}:
        ev.actor = ev.target
    elif len(sides) == 2 and ev.target in sides and hostile:
        ev.actor = next(s for s in sides if s != ev.target)


def home_actors(events: list[Event], home: Collection[str]) -> None:
    """Fill, in place, the actor of a violent event at home whose words name no doer ("an attack on a
    post", "a bomb went off"), in a story whose armed groups of no named side act in their own country
    (``home``: "gunmen stormed ...", "insurgents raided ..."): that country, acting on itself."""
    for ev in events:
        if ev.actor is None and ev.type in VIOLENT and ev.target in home and ev.place is not None \
                and ev.place.country == ev.target:
            ev.actor = ev.target
