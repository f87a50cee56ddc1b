"""Who did what to whom beyond a trigger's own words: the other side's trigger of
a two-sided type ("Israel freed 90 prisoners after Hamas freed three hostages"),
the sides the sentence's figures tell (whose drones were shot down, who lost
people), a possessor after a nominal trigger ("serangan rudal Rusia") and a
passive trigger nearby."""

from __future__ import annotations

from typing import Final

from warta.lang import Lang
from warta.model import Figure, PlaceMention
from warta.pipeline.event_dates import VIOLENT
from warta.pipeline.event_places import holder, located
from warta.pipeline.event_rules import Rules
from warta.pipeline.event_sides import event_sides, is_passive
from warta.pipeline.event_text import inside as in_spans
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.sides import beside
from warta.pipeline.token import Token

TWO_SIDED: Final = {"other"}  # types whose triggers by each side are events of their own: releases
LAUNCHED_UNITS: Final = {"drones", "missiles", "aircraft", "helicopters", "munitions"}
PASSIVE_REACH: Final = 8  # tokens from a passive trigger ("were killed") to the event trigger it colours
POSSESSOR_TOKENS: Final = 1  # tokens between a nominal trigger and its possessor: "serangan udara Israel"
VICTIM_OUTCOMES: Final = {"killed", "wounded", "casualties", "damaged", "destroyed"}


def by_actor(chosen: list[tuple[str, Match[str]]], group: list[Match[str]], found: list[Match[str]],
              toks: list[Token], text: str, side_hits: list[Match[str]],
              rules: Rules) -> list[tuple[str, Match[str]]]:
    """The chosen events, and one more of a type for each trigger of it that the
    other side does ("Israel freed 90 prisoners after Hamas freed three hostages")."""
    out = list(chosen)
    for etype, trig in chosen:
        if etype not in TWO_SIDED:
            continue
        passive = passive_near(trig, found, toks, rules)
        actor, _ = event_sides(text, toks, trig, side_hits, rules.roles, passive)
        if actor is None:
            continue
        seen = {actor}
        for m in group:
            if m is trig or m.value != trig.value:
                continue
            a, t = event_sides(text, toks, m, side_hits, rules.roles, passive_near(m, found, toks, rules))
            if a is not None and a not in seen and (t is None or t == actor):
                seen.add(a)
                out.append((etype, m))
    return out


def figure_sides(etype: str, figs: list[Figure], actor: str | None,
                  target: str | None) -> tuple[str | None, str | None]:
    """Actor and target as the sentence's figures tell them: the side whose drones or
    missiles were shot down struck (whoever the sentence names first), as did the side
    that launched them when the words name no actor; the side that lost people was struck."""
    if etype in ("strike", "attack"):
        for outcomes in (("intercepted",), ("intercepted", "used") if actor is None else ()):
            launched = next((f.side for f in figs if f.side and f.outcome in outcomes
                             and f.unit in LAUNCHED_UNITS), None)
            if launched is not None:
                actor, target = launched, None if target == launched else target
                break
    if target is None and etype in VIOLENT:
        target = next((f.side for f in figs if f.side and f.side != actor
                       and f.outcome in VICTIM_OUTCOMES), None)
    return actor, target


def possessor(trig: Match[str], hit: Match[str], rules: Rules) -> bool:
    """A side right after a nominal trigger in a language whose nouns take their possessor after
    them ("serangan rudal Rusia" = a Russian missile attack) owns the attack."""
    return rules.roles.possessor_after and trig.text.lower() in rules.roles.nominal \
        and 0 <= hit.first_token - trig.last_token - 1 <= POSSESSOR_TOKENS


def passive_near(m: Match[str], found: list[Match[str]], toks: list[Token], rules: Rules) -> bool:
    """A passive or death verb shortly before the trigger (or the trigger itself) whose victims it
    acts upon, unless a clause opener stands between ("tewas ketika pesawat nirawak Israel menembaki")."""
    return any(is_passive(x, toks, rules.roles) for x in found
               if x.start <= m.start and x.last_token >= m.first_token - PASSIVE_REACH
               and not any(t.text.lower() in rules.openers for t in toks[x.last_token + 1:m.first_token]))


def placed_sides(etype: str, m: Match[str], actor: str | None, target: str | None, where: PlaceMention,
                 unnamed: bool, rules: Rules, text: str,
                 sides: PhraseLexicon[str]) -> tuple[str | None, str | None]:
    """Actor and target of an event at ``where``: an armed group of no named side (``unnamed``) is
    of the country it acts in, and so are the police who arrest ("Police in Addis Ababa arrested
    three journalists") and officers who seize power; the side holding the place ("Russian-occupied
    Melitopol"), else the place's country, is struck (in a civil war, its own side)."""
    arrest = m.text.lower() in rules.arrests
    coup = m.text.lower() in rules.landmarks  # a seizure of power: the country's own forces
    who = where.country if unnamed or ((arrest or coup) and actor is None) else actor
    held = holder(text, where, rules.holders, sides)  # "Russian-occupied Melitopol"
    if held and held != actor and target in (None, where.country):
        return who, held
    if target is None and where.country and (etype in VIOLENT or arrest or coup):
        return who, where.country
    return who, target


def parties(rules: Rules, sides: PhraseLexicon[str], lang: Lang, toks: list[Token], text: str,
            away: list[tuple[int, int]],
            neighbours: set[int]) -> tuple[set[int], list[Match[str]], list[Match[str]]]:
    """The sentence's side words that can be an event's parties, with the tokens of backers and the side
    words of borders: a side that backs the actor or mediates is none of the event's ("M23 yang didukung
    Rwanda merebut", "an exchange mediated by the UAE"), nor one in ``away`` (where people came from or
    went: "fled toward the Malian border") or a neighbour (start in ``neighbours``); one beside a border
    ("near the Thai border") is no party, a last place at most (the third list)."""
    backing = {m.last_token for m in rules.backers.find(toks, text)}
    backing |= {i + 1 for i in backing if i + 1 < len(toks) and toks[i + 1].text.lower() in rules.determiners}
    hits = [h for h in sides.find(toks, text) if h.first_token - 1 not in backing
            and not in_spans(h.start, away) and h.start not in neighbours]
    bordering = [h for h in hits if beside(text, h.start, lang, h.end)]
    return backing, [h for h in hits if h not in bordering], bordering


def acting(m: Match[str], actor: str | None, hits: list[Match[str]], rules: Rules, text: str) -> set[int]:
    """Starts of the actor's side words that name who acted, not where: before the trigger, not after a
    framing word; after it as the agent ("drones launched by Russia"); its possessor ("serangan rudal
    Rusia": Russia's, not in Russia); or inside the trigger ("serangan Israel")."""
    return {h.start for h in hits if h.value == actor and (
        (h.end <= m.start and not located(text, h.start, rules.framing))
        or (h.start >= m.end and located(text, h.start, rules.roles.agent))
        or possessor(m, h, rules) or (m.start <= h.start and h.end <= m.end))}
