"""Relative expressions counted from the day a statement was made, not from publication.

A quoted "yesterday" or "in the past week" counts from the day the sentence
gives for the statement (and dates nothing when it gives none); an unquoted
window or range up to now ("in the past two weeks", "dalam 24 jam terakhir",
"since the start of February") after an
earlier day in its sentence ("the air force said on Friday", "pada Selasa
(15/10) mengatakan") runs up to that day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Final

from warta.model import Sentence, TimeMention
from warta.pipeline.numbers import norm
from warta.pipeline.time_grammar import Grammar, i
from warta.pipeline.time_records import Context, Resolved
from warta.pipeline.time_resolve import resolve

QUOTE_REACH: Final = 2000  # characters before an expression searched for an open quotation (keeps it linear)
REPORT_WORDS: Final = 6  # words at most between a reporting verb and the date of its report
REPORT_CHARS: Final = 200  # characters around a day searched for the report it may be the day of
Found = tuple[re.Match[str], TimeMention]
_ABBREVIATED: Final = re.compile(r"\.\w\.$")  # "a.m." ends in its stop


def mention(text: str, g: Grammar, m: re.Match[str], res: Resolved) -> TimeMention:
    """The time mention of match ``m`` resolved as ``res``, its span trimmed to the expression."""
    begin, stop = m.start("body"), m.end("body")
    if m.group("dmod") and m.group("dn") and text[m.end("dn"):m.start("du")] == "-" \
            and norm(m.group("dmod")) in g.articles:
        begin = m.start("dn")  # "the 90-day truce": an adjective, its article is the noun's
    while stop > begin and text[stop - 1] in ",. " and not _ABBREVIATED.search(text[begin:stop]):
        stop -= 1
    if text[stop - 1] == ")" and "(" not in text[begin:stop - 1]:
        stop -= 1
    return TimeMention(begin, stop, text[begin:stop], res.start, res.end, res.precision, res.kind,
                       res.type, res.value, res.mod, res.quant)


def restated(text: str, g: Grammar, found: list[Found], sentences: list[Sentence] | None,
             published: date) -> list[Found]:
    """Re-anchor quoted relative expressions, and windows up to publication told after an
    earlier day, on the statement's day; a quoted one whose sentence gives no day keeps its
    TIMEX3 value but carries no dates."""
    quoted = [_quoted(text, t.start, g.quotes) for _, t in found]
    out: list[Found] = []
    for k, (m, t) in enumerate(found):
        if quoted[k] and _relative(m):
            day = _statement_day(text, t, found, quoted, sentences)
            if day is None:  # its TIMEX3 counts from publication, but it dates nothing
                out.append((m, replace(t, start_date=None, end_date=None, precision=None)))
                continue
        else:
            day = _told_on(text, g, k, found, quoted, sentences, published)
            if day is None:
                out.append((m, t))
                continue
        res = resolve(m, g, Context(day))
        if res is not None:
            out.append((m, mention(text, g, m, res)))
    return out


def _relative(m: re.Match[str]) -> bool:
    return any(m.group(k) is not None for k in ("rel", "rpart", "win", "ago", "nxt"))


def _day(m: re.Match[str], t: TimeMention) -> bool:
    """Whether ``t`` is a day the text names itself (not one counted from another)."""
    return not _relative(m) and t.precision == "day" and t.kind == "point" and t.start_date is not None


def _statement_day(text: str, t: TimeMention, found: list[Found], quoted: list[bool],
                   sentences: list[Sentence] | None) -> date | None:
    """The unquoted day nearest to quoted ``t`` in its sentence or the one before."""
    lo, hi = _context(text, t.start, sentences)
    days = [(abs(x.start - t.start), x.start_date) for j, (mm, x) in enumerate(found)
            if lo <= x.start < hi and not quoted[j] and _day(mm, x)]
    return min(days)[1] if days else None


def _told_on(text: str, g: Grammar, k: int, found: list[Found], quoted: list[bool],
            sentences: list[Sentence] | None, published: date) -> date | None:
    """For window or range ``found[k]`` up to publication, the earlier day its sentence gives for the
    statement: one before it ("said on Friday that ... in the past week"), else one after it
    ("... in the past week, the ministry said on Friday")."""
    t = found[k][1]
    if t.kind not in ("window", "since") or t.end_date != published or t.start_date is None or not sentences:
        return None
    lo, hi = _sentence(t.start, sentences)
    for j in range(k - 1, -1, -1):
        m, x = found[j]
        if x.start < lo:
            break
        if not quoted[j] and _day(m, x):
            told = said_before(text, g, lo, x.start) or _said_after(text, g, x.end, t.start)
            return _earlier(x, published) if told else None
    for j in range(k + 1, len(found)):
        m, x = found[j]
        if x.start >= hi:
            break
        if not quoted[j] and _day(m, x) and said_before(text, g, lo, x.start):
            return _earlier(x, published)
    return None


def _earlier(t: TimeMention, published: date) -> date | None:
    return t.start_date if t.start_date is not None and t.start_date < published else None


def _sentence(offset: int, sentences: list[Sentence]) -> tuple[int, int]:
    k = bisect_right(sentences, offset, key=lambda s: s.start) - 1
    return (sentences[k].start, sentences[k].end) if k >= 0 else (0, sentences[0].start)


def said_before(text: str, g: Grammar, lo: int, at: int) -> bool:
    """Whether a reporting verb ("said", "told", "kata") stands a few words before offset
    ``at`` in its clause (from sentence start ``lo``): the date is the report's ("the governor
    said on Wednesday", "kata gubernur pada Rabu")."""
    clause = max(lo, text.rfind(",", lo, at) + 1, text.rfind(";", lo, at) + 1)
    last = -1
    for cue in _report_cues(g).finditer(text, clause, at):
        last = cue.end()
    return last >= 0 and len(text[last:at].split()) <= REPORT_WORDS


def report_day(text: str, g: Grammar, lo: int, at: int, end: int, hi: int) -> bool:
    """Whether the date at ``at``..``end`` of the sentence ``lo``..``hi`` is the day of a report:
    a reporting verb a few words before it in its clause ("the military said on Monday"), or
    anywhere before it when the date is a clause of its own that closes the sentence ("ujar Agus
    saat dihubungi dari Manokwari, Jumat (10/10/2025)."; not "said they heard gunfire until Monday.")."""
    lo = max(lo, at - REPORT_CHARS)  # a report's verb stands near its day: linear in a sentence of dates
    if said_before(text, g, lo, at) or _verb_next(text, g, end, hi):
        return True
    if hi - end > REPORT_CHARS:
        return False
    if not text[lo:at].rstrip().endswith(","):
        return False
    closes = not _BRACKETED.sub("", text[end:hi]).strip(" .,;\"”’)\n")
    return closes and _report_cues(g).search(text, lo, at) is not None


_BRACKETED: Final = re.compile(r"\([^()]*\)")


_SET_OFF: Final = re.compile(r"[\s,)]*")


def _verb_next(text: str, g: Grammar, end: int, hi: int) -> bool:
    """Whether a reporting verb that follows its speaker comes right after the date ending at ``end``,
    set off by a comma at most: "Juru bicara itu, di Bamako, Senin (3/8), menyatakan bahwa ...", "on
    Monday said"."""
    gap = _SET_OFF.match(text, end, hi)
    return gap is not None and _verbs_after_subject(g).match(text, gap.end(), hi) is not None


@cache
def _verbs_after_subject(g: Grammar) -> re.Pattern[str]:
    """Reporting verbs that follow their speaker ("menyatakan", "said"), not the inverted ones ("...,
    kata X"), whose date before them is the told event's."""
    return re.compile(rf"(?<!\w){i(g.lang.data('claims').get('cues_before', []))}(?!\w)")


def _said_after(text: str, g: Grammar, at: int, hi: int) -> bool:
    """Whether a reporting verb follows offset ``at`` within a few words of its clause, before
    ``hi``: "pada Selasa (15/10) mengatakan", "the ministry on Friday said"."""
    cue = _report_cues(g).search(text, at, hi)
    return cue is not None and not any(c in text[at:cue.start()] for c in ",;") \
        and len(text[at:cue.start()].split()) <= REPORT_WORDS


@cache
def _report_cues(g: Grammar) -> re.Pattern[str]:
    claims = g.lang.data("claims")
    cues = [c for key in ("cues_before", "cues_inverted", "cues_pronoun") for c in claims.get(key, [])]
    return re.compile(rf"(?<!\w){i(cues)}(?!\w)")


def _quoted(text: str, offset: int, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``offset`` lies inside a quotation opened in its paragraph."""
    lo = max(0, offset - QUOTE_REACH)
    newline = text.rfind("\n", lo, offset)
    begin = newline + 1 if newline >= 0 else lo  # the paragraph's part read, counted in place
    for open_q, close_q in pairs:
        if open_q == close_q:
            if text.count(open_q, begin, offset) % 2 == 1:
                return True
        elif text.rfind(open_q, begin, offset) > text.rfind(close_q, begin, offset):
            return True
    return False


def _context(text: str, offset: int, sentences: list[Sentence] | None) -> tuple[int, int]:
    """The sentence holding ``offset`` and the one before it (or its paragraph)."""
    if sentences:
        idx = max((k for k, s in enumerate(sentences) if s.start <= offset), default=0)
        return sentences[max(0, idx - 1)].start, sentences[idx].end
    return text.rfind("\n", 0, offset) + 1, len(text) if text.find("\n", offset) < 0 \
        else text.find("\n", offset)
