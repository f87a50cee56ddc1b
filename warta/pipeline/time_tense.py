"""Whether the clause of a time expression speaks of the future or the past.

A bare weekday, month or day-and-month means the next one or the latest one
depending on the verb it belongs to. The verb is looked for before the
expression in its clause ("will meet on Tuesday", "grew in March"); the nearer
of a future and a past cue wins ("the units to be sold had sales of $7 million
in the year ended March 31"). An expression that opens its sentence takes the
first cue after it ("On Tuesday, the league plans to ...", "In January, a
bomb killed ..."). With no cue at all, a deadline word right before it ("until
Tuesday", "paling lambat Jumat") makes it the next one. The cue words come from
``lang/<code>/times.toml``.
"""

from __future__ import annotations

import re
from typing import Final

from warta.pipeline.time_grammar import Grammar
from warta.pipeline.time_scan import NEVER

FUTURE_REACH: Final = 80  # characters before an expression searched for a tense cue
OPENING_CHARS: Final = 40  # an expression this far into its sentence or farther does not open it
AFTER_REACH: Final = 160  # characters after an expression that opens its sentence searched for one
DEADLINE_CHARS: Final = 24  # characters before an expression searched for a deadline word ("until", "by")
_CLAUSE_BREAK: Final = re.compile(r"[,;\"“”()]|:\s|''|``|\s[-–—]\s")
_NEXT_WORD: Final = re.compile(r"[ \t]+(\w+)")


def tense(text: str, g: Grammar, lo: int, start: int, end: int, hi: int,
          need_past: bool = True) -> tuple[bool, bool]:
    """(future, past) for the expression at ``start``..``end`` in the sentence ``lo``..``hi``;
    without ``need_past`` a past cue matters only where it cancels a future one."""
    before = text[max(lo, start - 3):start].rstrip()
    if before.endswith("("):  # in brackets right after what it restates: "at 4 a.m. (0800 GMT) Thursday"
        start = max(lo, start - 3) + len(before) - 1
    reach = max(lo, start - FUTURE_REACH)
    fut = _future_before(text, g, reach, start)
    opening = start - lo <= OPENING_CHARS and _opening(text[lo:start], g)
    # a deadline word before it is looked for only where it decides
    cued = fut >= 0 or need_past or opening
    deadline = not cued and _deadline(text, g, lo, start)
    past = -1
    if (cued or deadline) and (g.past_word.pattern != NEVER or g.has_past_suffix):
        past = _past_before(text, g, max(reach, fut), start)
    if fut >= 0 or past >= 0:
        return fut >= past, past > fut
    if opening:
        fut_after, past_after = _after(text, g, end, min(hi, end + AFTER_REACH))
        if fut_after or past_after:
            return fut_after, past_after
    # "has until Tuesday to sign", "paling lambat Jumat": a deadline ahead; else no cue in its clause
    return deadline or cued and _deadline(text, g, lo, start), False


def _deadline(text: str, g: Grammar, lo: int, start: int) -> bool:
    """Whether a deadline word ("until", "paling lambat") stands right before offset ``start``."""
    return g.deadline.search(text, max(lo, start - DEADLINE_CHARS), start) is not None


def narrated(text: str, g: Grammar, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the word at ``start``..``end`` sits in a past-tense clause with no future
    cue nor modal: the verb before it ("he was soon freed") or the verb right after it
    ("the trickle soon became a flood") is past; "he said talks would resume soon" is not."""
    reach = max(lo, start - FUTURE_REACH)
    if _future_before(text, g, reach, start) >= 0:
        return False
    past = _past_before(text, g, reach, start)
    if past >= 0:
        return g.modal_word.search(text, past, start) is None
    nxt = _NEXT_WORD.match(text, end, hi)
    if nxt is None:
        return False
    verb = g.past.match(text, nxt.start(1))
    return verb is not None and verb.end() == nxt.end(1) and _is_past(text, g, verb)


def _opening(prefix: str, g: Grammar) -> bool:
    """Whether only a preposition or a determiner comes before the expression in its sentence."""
    rest = prefix.strip(" \t\n\"“'`([")
    return not rest or g.lead_in.fullmatch(rest + " ") is not None \
        or g.month_determiner.fullmatch(rest + " ") is not None


def _future_before(text: str, g: Grammar, lo: int, hi: int) -> int:
    """Where the last future cue before ``hi`` ends, if nothing cuts it off from the
    expression: another clause ("will go on, Cuba said Wednesday"), a verb before it
    that the date may belong to instead ("mengancam akan membalas pada hari Sabtu"),
    or a past perfect that makes it a plan of the past ("had been due to end on Monday")."""
    cue = next((c for c in reversed(list(g.future.finditer(text, lo, hi))) if _is_cue(text, g, c)), None)
    if cue is None or _CLAUSE_BREAK.search(text, cue.end(), hi):
        return -1
    if _blocked(text, g, lo, cue.start()) \
            or g.undone.search(text, max(lo, cue.start() - 24), cue.start()):
        return -1
    return cue.end()


BLOCKER_GAP: Final = 1  # words between a verb and the future cue it governs ("mengatakan pihaknya akan")


def _blocked(text: str, g: Grammar, lo: int, cue: int) -> bool:
    """Whether a verb the date may belong to governs the future cue at ``cue`` ("mengancam akan
    membalas pada hari Sabtu"); not one that reports a clause with a subject of its own
    ("mengatakan sebuah jirga akan digelar pada Senin": the meeting is on Monday)."""
    ends = [m.end() for m in g.blockers.finditer(text, lo, cue)]
    return bool(ends) and len(text[ends[-1]:cue].split()) <= BLOCKER_GAP


def _past_before(text: str, g: Grammar, lo: int, hi: int) -> int:
    """Where the last past-tense verb before ``hi`` in its clause ends, when no
    infinitive follows it that the date may belong to instead ("agreed to buy it in
    May"); a participle after "be" ("will be held") is no past."""
    last = next((m.end() for m in reversed(list(g.past.finditer(text, lo, hi))) if _is_past(text, g, m)), -1)
    if last < 0 or _CLAUSE_BREAK.search(text, last, hi) or g.infinitive.search(text, last, hi):
        return -1
    return last


def _is_past(text: str, g: Grammar, m: re.Match[str]) -> bool:
    word = m.group()
    if g.past_word.fullmatch(word) is None and (  # only by its ending ("fled", "killed")
            len(word) < 5 or not word[0].islower() or g.not_past.fullmatch(word)):
        return False
    if g.past_word.fullmatch(word) is None and g.attributive.search(text, max(0, m.start() - 16), m.start()):
        return False  # an adjective: "a still unspecified date", "the armed men"
    return g.passive.search(text, max(0, m.start() - 8), m.start()) is None


def _is_cue(text: str, g: Grammar, m: re.Match[str]) -> bool:
    """A future cue, unless it is an adjective ("the hastily planned trip")."""
    return g.attributive.search(text, max(0, m.start() - 16), m.start()) is None


RELATIVE_GAP: Final = 1  # words between a relativizer and the future cue of its clause ("which will")


def _of_a_noun(text: str, g: Grammar, lo: int, m: re.Match[str]) -> bool:
    """Whether the future cue ``m`` opens a relative clause ("pemilu yang direncanakan digelar",
    "an election which will be held"): it tells of that noun, not of the clause before it."""
    ends = [r.end() for r in g.relativizer.finditer(text, lo, m.start())]
    return bool(ends) and len(text[ends[-1]:m.start()].split()) <= RELATIVE_GAP


def _after(text: str, g: Grammar, lo: int, hi: int) -> tuple[bool, bool]:
    """The first cue after the expression decides: a future one (with no verb before it
    that it belongs to instead) or a past one; a word that is both ("planned") is past."""
    fut = next((c for c in g.future.finditer(text, lo, hi)
                if _is_cue(text, g, c) and not _of_a_noun(text, g, lo, c)), None)
    past = next((m for m in g.past.finditer(text, lo, hi) if _is_past(text, g, m)), None)
    if fut is not None and (past is None or fut.start() < past.start()):
        return g.blockers.search(text, lo, fut.start()) is None, False
    return False, past is not None
