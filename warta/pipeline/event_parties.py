"""Who did what to whom beyond a trigger's own words: the other side's trigger of
a two-sided type ("Israel freed 90 prisoners after Hamas freed three hostages"),
the sides the sentence's figures tell (whose drones were shot down, who lost
people), a possessor after a nominal trigger ("serangan rudal Rusia") and a
passive trigger nearby."""

from __future__ import annotations

from warta.model import Figure, PlaceMention, Token
from warta.pipeline.event_dates import VIOLENT
from warta.pipeline.event_places import holder
from warta.pipeline.event_rules import Rules
from warta.pipeline.event_sides import event_sides, is_passive
from warta.pipeline.lexicon import Match, PhraseLexicon

TWO_SIDED = {"other"}  # types whose triggers by each side are events of their own: releases
LAUNCHED_UNITS = {"drones", "missiles", "aircraft", "helicopters", "munitions"}
PASSIVE_REACH = 8  # tokens from a passive trigger ("were killed") to the event trigger it colours
POSSESSOR_TOKENS = 1  # tokens between a nominal trigger and its possessor: "serangan udara Israel"
VICTIM_OUTCOMES = {"killed", "wounded", "casualties", "damaged", "destroyed"}


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
