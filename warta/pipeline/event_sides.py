"""Who acts and who is acted upon in an event, from the side words around its trigger."""

from __future__ import annotations

from typing import Final

from warta.geo.fold import fold
from warta.pipeline.event_rules import Roles
from warta.pipeline.lexicon import Match
from warta.pipeline.numbers import whole_words
from warta.pipeline.segment import lower_text
from warta.pipeline.token import Token

PAIR_GAP: Final = 4  # tokens between the two sides of a joint subject: "Mali's army and Russian mercenaries"
MAX_SIDES_AFTER: Final = 4  # side words after a trigger that may name its actor or target
# tokens between a defence verb and the assault it stops: "repelled 40 Russian assaults"
REPEL_REACH: Final = 3


def event_sides(text: str, toks: list[Token], trig: Match[str], hits: list[Match[str]],
                roles: Roles, passive: bool,
                adjectives: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """Who acts and who is acted upon, from the side words around the trigger.

    After a passive or a verb of dying ("were killed", "diserang", "tewas"),
    the side before is acted upon and the first other side after it acts.

    The side before the trigger acts ("Russian forces attacked"); after it,
    a side marked as a target ("on", "ke") is acted upon, one marked as an
    agent ("by", "oleh") acts, and in languages whose nouns take their
    possessor after them, a side right after a nominal trigger acts, whoever
    is named before it ("serangan rudal Rusia" = a Russian missile attack). A
    people's adjective or a possessive right before the trigger (``adjectives``:
    folded; "in Israeli strikes", "Russia's shelling") owns it, passive or not.
    """
    before = [m for m in hits if m.end <= trig.start]
    after = [m for m in hits if m.start >= trig.end][:MAX_SIDES_AFTER]
    inner = [m for m in hits if m.start >= trig.start and m.end <= trig.end]  # "serangan Israel"
    inner = inner or [m for m in before[-1:] if _owns(text, m, trig, adjectives)]
    repel = _repelled(text, toks, trig, roles.repel)
    if repel is not None:
        return _defence(trig, repel, before, after, inner, roles, toks)
    actor = inner[0].value if inner else _first_of_pair(toks, before, roles) if before else None
    target = None
    owned = bool(inner)
    nominal = roles.possessor_after and trig.text.lower() in roles.nominal
    if passive and not inner and not (nominal and after):
        target = actor
        actor = next((m.value for m in after + hits if m.value != target), None)
        return actor, target
    for m in after:
        between = [t.text.lower() for t in toks[trig.last_token + 1:m.first_token]]
        if nominal and not owned and len(between) <= 3 and not any(w in roles.target for w in between):
            actor, owned = m.value, True
            continue
        if m.value == actor:
            continue
        if actor is None and any(w in roles.agent for w in between[-2:]):
            actor = m.value
            continue
        if target is None:
            target = m.value
    if actor is None and target is not None:
        actor = next((m.value for m in hits if m.value != target), None)
    return actor, target


def _first_of_pair(toks: list[Token], before: list[Match[str]], roles: Roles) -> str:
    """The actor among the sides before the trigger: the last one, or the first of a joint
    subject ("tentara Mali dan tentara bayaran Rusia membunuh ...": Mali's, with Russia's)."""
    last = before[-1]
    if len(before) < 2:
        return last.value
    first = before[-2]
    between = [t.text.lower() for t in toks[first.last_token + 1:last.first_token]]
    if 0 < len(between) <= PAIR_GAP and any(w in roles.joiners for w in between) \
            and all(w[0].isalnum() for w in between):
        return first.value
    return last.value


def _owns(text: str, side: Match[str], trig: Match[str], adjectives: frozenset[str]) -> bool:
    """Whether ``side`` stands right before the trigger as its owner: a people's adjective
    ("Israeli strikes") or a possessive ("Russia's shelling")."""
    gap = text[side.end:trig.start]
    return (not gap.strip() and fold(side.text) in adjectives) or gap.strip() in ("'s", "’s")


def repelled(text: str, toks: list[Token], trig: Match[str], words: frozenset[str]) -> bool:
    """Whether a defence verb governs the trigger ("repelled 42 Russian attacks")."""
    return _repelled(text, toks, trig, words) is not None


def _repelled(text: str, toks: list[Token], trig: Match[str], words: frozenset[str]) -> int | None:
    """Where a defence verb just before the trigger starts ("its troops repelled 40 assaults",
    "pasukan menangkis serangan Ukraina"), or None."""
    if not words:
        return None
    lo = toks[max(0, trig.first_token - REPEL_REACH - 1)].start
    found = None
    for m in whole_words(words).finditer(lower_text(text), lo, trig.start):
        found = m.start()
    return found


def _defence(trig: Match[str], at: int, before: list[Match[str]], after: list[Match[str]],
             inner: list[Match[str]], roles: Roles, toks: list[Token]) -> tuple[str | None, str | None]:
    """A stopped assault: the side that stopped it (before the defence verb) is its target; the
    side named on the assault itself ("40 Russian assaults", "serangan Ukraina", "27 attacks by
    Russian units") acts."""
    target = next((m.value for m in reversed(before) if m.end <= at), None)
    own = [m for m in before if m.start >= at] or inner
    if not own and roles.possessor_after and trig.text.lower() in roles.nominal:
        own = after[:1]
    if not own:
        own = [m for m in after[:1] if any(t.text.lower() in roles.agent
                                           for t in toks[trig.last_token + 1:m.first_token][-2:])]
    actor = own[-1].value if own else None
    return (actor, target) if actor != target else (None, target)


def is_passive(trig: Match[str], toks: list[Token], roles: Roles) -> bool:
    """A passive trigger or one whose subject suffers it: "were killed", "diserang", "tewas"; an air defence
    word as a strike ("shot down 20 drones": its subject is the target of the strike it stops)."""
    if trig.text.lower() in roles.passive or trig.value == "strike" and trig.text.lower() in roles.stopping:
        return True
    lo = max(0, trig.first_token - 2)  # one adverb may stand between: "were reportedly killed"
    return any(t.text.lower() in roles.passive_aux for t in toks[lo:trig.first_token])
