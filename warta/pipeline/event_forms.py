"""What a modality word makes of a trigger: a capture tried is an attack, a withdrawal agreed at a
meeting is talks, and a trigger a long span follows is undated background."""

from __future__ import annotations

from typing import Final

from warta.pipeline.event_rules import modality
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

# tokens between a trigger and a long span after it: "have besieged the capital for months"
LASTING_REACH: Final = 4


def attempted(m: Match[str], toks: list[Token], mods: list[Match[str]], reach: int) -> Match[str]:
    """A capture tried or failed ("tried to seize Bangui", "gagal merebut kota itu") is an attack; the
    try may open the trigger itself ("failed to capture", where "to capture" alone is no event)."""
    if m.value == "capture" and (modality(m, toks, mods, reach) == "attempt" or any(
            x.value == "attempt" and x.first_token == m.first_token for x in mods)):
        return Match(m.start, m.end, m.text, "attack", m.first_token, m.last_token)
    return m


def agreed(m: Match[str], toks: list[Token], mods: list[Match[str]], reach: int) -> Match[str]:
    """A withdrawal agreed to at a meeting ("met in Samarkand and agreed to withdraw troops", "bertemu
    ... dan sepakat menarik pasukan") is talks: the meeting is the event, its terms none. Agreed with
    no meeting told ("Chad agreed to withdraw its troops") it is none, as consent cancels a step."""
    if modality(m, toks, mods, reach) == "agreed":
        return Match(m.start, m.end, m.text, "negotiation", m.first_token, m.last_token)
    return m


def lasted(trig: Match[str], hits: list[Match[str]], toks: list[Token], mods: list[Match[str]]) -> bool:
    """Whether a long span follows trigger ``trig`` closely in its clause, with no other trigger between
    ("have besieged the state capital for months", "selama berbulan-bulan"): undated background."""
    for mod in mods:
        if mod.value != "lasting" or mod.first_token <= trig.last_token:
            continue
        between = toks[trig.last_token + 1:mod.first_token]
        if len(between) <= LASTING_REACH and all(t.text[0].isalnum() for t in between) and not any(
                trig.last_token < h.first_token < mod.first_token for h in hits):
            return True
    return False
