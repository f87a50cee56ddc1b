"""Events dated from the event an article has told: "The attack came a day after ...".

A sentence whose subject points back to the told event and whose verb places it
("The attack came a day after gunmen killed six civilians near Kaya", "Serangan
itu terjadi sehari setelah orang bersenjata menewaskan enam warga sipil") tells
of another event: the one after "after", a span of time before the told one.
That event is dated from the told event's date less the span; the mention of the
told event is none of its own. The verbs are language data (``[relative] verbs``
in ``events.toml``), the "after" words its modality's, the span a duration that
the times stage found right before them ("a day", "sehari": ``P1D``); a word of
the same time (``[relative] during``: "The strikes came during an operation to
free four hostages") dates the other event on the told event's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.model import Period, TimeMention
from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table
from warta.pipeline.token import Token

# P1D, P2W, PT5H, PTXH (hours: the same day)
DURATION_RE: Final = re.compile(r"^P(?:(\d+)([DWM])|T(?:\d+|X)[HM])$")
UNIT_DAYS: Final = {"D": 1, "W": 7, "M": 30}
VERB_REACH: Final = 3  # tokens between the told event's mention and its verb: "The attack on the post came"


@dataclass(frozen=True, slots=True)
class Relative:
    after: int  # the last token of the "after" word: the other event's triggers follow it
    days: int  # the span between them


@cache
def _words(lang: Lang) -> PhraseLexicon[str]:
    data = lang.data("events").get("relative", {})
    return from_table({"verb": data.get("verbs", []), "during": data.get("during", [])})


def relative_to_told(lang: Lang, toks: list[Token], text: str, hits: list[Match[str]],
                     mods: list[Match[str]], durations: list[TimeMention]) -> Relative | None:
    """The "after" (or "during") that a sentence dates another event by, from the told event
    its subject names ("The attack came a day after gunmen killed ...", "The strikes came
    during an operation to free four hostages"), or None."""
    found = _words(lang).find(toks, text)
    verbs = [v for v in found if v.value == "verb"]
    marks = [(d, 0, d.start) for d in found if d.value == "during"]  # the same day
    for mod in mods:
        span = next((d for d in durations if _right_before(d, mod, toks)), None)
        days = _days(span.value if span is not None else None)
        if mod.value == "after" and span is not None and days is not None:
            marks.append((mod, days, span.start))
    for mark, days, begin in marks:
        verb = next((v for v in verbs if v.end <= begin), None)
        told = [m for m in hits if verb is not None and m.last_token < verb.first_token
                and verb.first_token - m.last_token - 1 <= VERB_REACH]
        later = [m for m in hits if m.first_token > mark.last_token]
        between = toks[told[0].last_token + 1:mark.first_token] if told else []
        if told and later and not any(t.text in CLAUSE_BREAKS for t in between):
            return Relative(mark.last_token, days)
    return None


@cache
def _openers(lang: Lang) -> PhraseLexicon[str]:
    data = lang.data("events").get("relative", {})
    return from_table({"later": data.get("later", []), "before": data.get("before", [])})


def opening_shift(lang: Lang, toks: list[Token], text: str, durations: list[TimeMention]) -> Relative | None:
    """The days back from the told event that a sentence opening with a span and a word of
    order dates its events to ("Two days later, soldiers clashed ...": -2; "Sehari sebelum baku
    tembak, ...", "A day before the attack, ...": 1), with the last token of that opening
    clause (its "the attack" is the told event), or None."""
    span = next((d for d in durations if toks and d.start == toks[0].start), None)
    days = _days(span.value if span is not None else None)
    if span is None or days is None:
        return None
    word = next((w for w in _openers(lang).find(toks, text)
                 if not any(span.end <= t.start and t.end <= w.start for t in toks)), None)
    if word is None:
        return None
    end = next((i for i in range(word.last_token + 1, len(toks)) if toks[i].text in CLAUSE_BREAKS),
               word.last_token)
    return Relative(end, -days if word.value == "later" else days)


def shifted(told: Period | None, days: int) -> Period | None:
    """The told event's date moved ``days`` back."""
    if told is None:
        return None
    return Period(told.start - timedelta(days=days), told.end - timedelta(days=days))


def _right_before(span: TimeMention, mod: Match[str], toks: list[Token]) -> bool:
    return span.end <= mod.start and not any(span.end <= t.start and t.end <= mod.start for t in toks)


def _days(value: str | None) -> int | None:
    got = DURATION_RE.match(value or "")
    if got is None:
        return None
    return 0 if got.group(1) is None else int(got.group(1)) * UNIT_DAYS[got.group(2)]
