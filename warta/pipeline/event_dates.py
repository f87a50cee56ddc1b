"""When an event happened: the date expression nearest its trigger, or a fallback.

A date spanning more than a few days (a month, "since 2022") marks
background, not an event, unless it is tied to the trigger ("the counter-offensive
in June", "Pada bulan Maret, ... tiba"), or counts killings or captures over a
window tied to them ("120 civilians killed over the past 12 months").
Without a date in the sentence, an event takes a figure's period, else the
date of the previous sentence of its paragraph, else the breaking-news window
(the day before publication to publication) when it is in the lead or names
the place where it happened.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Final

from warta.model import Figure, Period, PlaceMention, Sentence, TimeMention
from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.lexicon import Match
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

VIOLENT: Final = {"attack", "strike", "capture", "destruction", "killing"}
# a deed told again: "Gunmen kidnapped ...", "The kidnapping came"
TOLD: Final = frozenset(VIOLENT | {"other"})
# types an undated breaking report dates by the publication window
WINDOWED: Final = VIOLENT | {"other", "threat", "retreat"}
# types a calendar month tied to their trigger dates ("a peace deal signed in September 2018")
MONTHED: Final = WINDOWED | {"negotiation", "statement"}
CUMULATIVE: Final = {"killing", "capture"}  # types counted over a window: "have captured nine towns since"
# ... and these when a perfect tells them: "have raided villages since May"
ASSAILED: Final = {"attack", "strike"}
LEAD_SENTENCES: Final = 3  # an undated violent event here is breaking news
# days an incident told may span for an undated sentence to go on with it ("overnight")
INCIDENT_DAYS: Final = 2
MONTH_DAYS: Final = 31  # a span from one date to another longer than a month counts no event over it
EVENT_DAYS: Final = 10  # a date expression spanning more days is background, not an event's date
TIE_TOKENS: Final = 6  # words between a trigger and a month or span that dates it
LONG_TIE_TOKENS: Final = 12  # ... when no other trigger stands between them in the clause
# ... when a verb of holding stands right before the date: "were held in Doha in June"
HELD_TIE_TOKENS: Final = 24
HELD_VERB_TOKENS: Final = 6  # tokens from that verb to the date
REPEAT_WORDS: Final = 4  # words between two dates of a thing done again: "and once again on"

Group = tuple[TimeMention | None, list[Match[str]]]  # a date expression and its triggers


def by_date(hits: list[Match[str]], stamps: list[TimeMention], toks: list[Token],
            joiners: frozenset[str], since: Sequence[Match[str]] = (),
            repeats: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
            after: Sequence[Match[str]] = (), ranges: frozenset[str] = frozenset(),
            relatives: frozenset[str] = frozenset()) -> list[Group]:
    """Triggers grouped by the date expression nearest each, in text order.

    Months listed with a trigger's month ("strikes in March and June") date one
    event each, as do days a word of repetition joins ("on Saturday and again on
    Monday", "pada Sabtu dan kembali pada Senin"). A date in a "since" clause
    ("since a truce ended in November,") dates only what that clause tells,
    unless the sentence has no other date; even then a trigger before a "since"
    clause that tells an event of its own ("since the ceasefire began on Nov. 27")
    is a tally counted from it, no event of that day. ``repeats``: the words of repetition and
    the prepositions that may stand before a date. Two days joined by one of ``ranges``
    ("Sabtu malam hingga Minggu dini hari") date one group, that of the first. A date in a relative
    clause set off by a comma (", which the militants had overrun in March") dates only what that
    clause tells: a trigger before it with no other date has none (the first group, dated None).
    """
    if not stamps:
        return [(None, hits)]
    groups: dict[int, list[Match[str]]] = {}
    undated: list[Match[str]] = []
    scopes = [_since_scope(t, since, toks) for t in stamps]
    told = _telling(scopes, hits)
    # ... a month or more there is background ("which the militants had overrun in March"); a day may be
    # the told event's own (", which killed three people on Tuesday")
    clauses = [None if eventful(t) else _relative_scope(t, relatives, toks) for t in stamps]
    for m in hits:
        own = [k for k, scope in enumerate(clauses) if scope is None or scope[0] <= m.start < scope[1]]
        if not own:
            undated.append(m)
            continue
        pool = [k for k, scope in enumerate(scopes) if (scope is None or scope[0] <= m.start < scope[1])
                and k in own]
        if not pool and own and all(told[k] and m.end <= (scopes[k] or (0, 0))[0] for k in own):
            # "attacks have killed 180 people since the ceasefire began on Nov. 27": a running tally
            # counted from the event its "since" clause tells, no event of that clause's day
            continue
        # "freed 20 prisoners on Tuesday, after both sides signed a deal on June 1": the date before an
        # "after" word is not that of a trigger after it
        opener = max((a.end for a in after if a.end <= m.start), default=None)
        if opener is not None:
            pool = [k for k in pool if stamps[k].end > opener] or pool
        # "freed two workers they had held since early May, police said Tuesday": a "since" date after a
        # trigger that counts nothing over a window dates the holding, not the release
        if m.value not in CUMULATIVE:
            pool = [k for k in pool if stamps[k].kind != "since" or stamps[k].start < m.start] or pool
        # "attacked Goma on Saturday and shelled Sake on Sunday": the date before the joiner ends the clause
        # before; a trigger the joiner opens takes its own date after it
        pool = [k for k in pool if not _closed(stamps[k], m, toks, joiners)] or pool
        # ... a date of the trigger's own clause before a nearer one beyond a comma ("The ELN, founded in
        # 1964, resumed talks in November 2022")
        i = min(pool or own,
                key=lambda k: (not _same_clause(stamps[k], m, toks), _gap(stamps[k].start, stamps[k].end, m)))
        for k in (i - 1, i + 1):  # "pada Kamis (5/6/2025) dua pekan lalu": the day, not the week
            if 0 <= k < len(stamps) and stamps[i].precision != "day" and stamps[k].precision == "day" \
                    and _adjacent(stamps[min(i, k)], stamps[max(i, k)], toks):
                i = k
                break
        # "Jumat malam (13/6)", "on Friday (June 13)": one day said twice dates one group (but "Senin
        # malam (12/5), setelah pemimpin milisi tewas": what an "after" word tells is an event of its own)
        while i > 0 and ((_adjacent(stamps[i - 1], stamps[i], toks) and _same_dates(stamps[i - 1], stamps[i])
                          and not any(stamps[i].end <= a.start < m.start for a in after))
                         or (eventful(stamps[i - 1]) and eventful(stamps[i])
                             and _listed(stamps[i - 1], stamps[i], toks, ranges))):
            i -= 1
        groups.setdefault(i, []).append(m)
    for i in sorted(groups):
        if eventful(stamps[i]):
            k = i
            while k + 1 < len(stamps) and (k + 1 not in groups or _tolled(stamps[k + 1], groups[k + 1])) \
                    and (_repeated(stamps[k], stamps[k + 1], toks, joiners, repeats)
                         or gapped(stamps[k], stamps[k + 1], toks, joiners, repeats[1]) is not None):
                k += 1
                # "menyerang ... di Razmak pada Sabtu dan di Datta Khel pada Minggu, menewaskan 11 militan":
                # the deaths after the gapped clause are its assault's toll
                groups[k] = groups[i] + groups.get(k, [])
            continue
        for step in (-1, 1):
            k = i
            while 0 <= k + step < len(stamps) and k + step not in groups:
                a, b = sorted((stamps[k], stamps[k + step]), key=lambda t: t.start)
                if not _listed(a, b, toks, joiners) \
                        and (step < 0 or gapped(a, b, toks, joiners, repeats[1]) is None):
                    break
                k += step
                groups[k] = groups[i]
    return ([(None, undated)] if undated else []) + [(stamps[i], groups[i]) for i in sorted(groups)]


def _telling(scopes: list[tuple[int, int] | None], hits: list[Match[str]]) -> list[bool]:
    """For each "since" clause, whether a trigger stands in it: the clause tells an event of its own ("since
    the ceasefire began on Nov. 27", "sejak invasi dimulai pada 24 Februari 2022"), not a bare date."""
    starts = sorted(h.start for h in hits)
    return [scope is not None and bisect_left(starts, scope[0]) < bisect_left(starts, scope[1])
            for scope in scopes]


def _closed(stamp: TimeMention, m: Match[str], toks: list[Token], joiners: frozenset[str]) -> bool:
    """A date ends the clause before a trigger that a joiner opens right after it ("on Saturday and
    shelled", "pada Sabtu dan menembaki")."""
    between = [t.text.lower() for t in toks if stamp.end <= t.start and t.end <= m.start]
    return stamp.end <= m.start and any(w in joiners and w[:1].isalnum() for w in between) \
        and all(w in joiners for w in between)


# triggers that only tell what a gapped clause's assault cost ("..., killing four")
TOLLED: Final = {"killing"}


def _tolled(stamp: TimeMention, group: list[Match[str]]) -> bool:
    """The triggers a date dates are all deaths told after it: the toll of a gapped clause's assault."""
    return all(m.value in TOLLED and m.start >= stamp.end for m in group)


def _same_clause(stamp: TimeMention, m: Match[str], toks: list[Token]) -> bool:
    """No clause break stands between a date expression and a trigger, or the date opens the
    sentence and so dates all of it ("On Tuesday, rebels attacked the town seized in March")."""
    before = [t for t in toks if t.end <= stamp.start]
    if stamp.start < m.start and len(before) <= OPENING_TOKENS:
        return True
    lo, hi = (m.end, stamp.start) if stamp.start >= m.end else (stamp.end, m.start)
    return not any(t.text in CLAUSE_BREAKS for t in toks if lo <= t.start and t.end <= hi)


def _relative_scope(stamp: TimeMention, relatives: frozenset[str],
                    toks: list[Token]) -> tuple[int, int] | None:
    """The relative clause set off by a comma that a date stands in (", which the militants had
    overrun in March"): from the relative word to the clause's end; None for a date in no such clause."""
    before = [i for i, t in enumerate(toks) if t.end <= stamp.start]
    for i in reversed(before):
        if toks[i].text in CLAUSE_BREAKS:
            return None
        if toks[i].text.lower() in relatives and i > 0 and toks[i - 1].text == ",":
            end = next((t.start for t in toks if t.start >= stamp.end and t.text in CLAUSE_BREAKS),
                       toks[-1].end)
            return toks[i].start, end
    return None


def _since_scope(stamp: TimeMention, since: Sequence[Match[str]],
                 toks: list[Token]) -> tuple[int, int] | None:
    """The clause a date dates when a "since" word opens it ("since a truce ended in November,"):
    from that word to the clause's end; None for a date in no such clause."""
    opener = next((m for m in reversed(since) if m.end <= stamp.start), None)
    if opener is None:
        return None
    if any(t.text in CLAUSE_BREAKS for t in toks if opener.end <= t.start and t.end <= stamp.start):
        return None
    end = next((t.start for t in toks if t.start >= stamp.end and t.text in CLAUSE_BREAKS), toks[-1].end)
    return opener.start, end


OPENING_TOKENS: Final = 3  # tokens an opening adverbial may hold before its date: "Earlier , in"


def tied(stamp: TimeMention, trig: Match[str], toks: list[Token], since: bool = False,
         found: Sequence[Match[str]] | None = None, relatives: frozenset[str] = frozenset(),
         held: frozenset[str] = frozenset(), participles: frozenset[str] = frozenset()) -> bool:
    """A date that belongs to the trigger: it opens the sentence ("Since November, ...",
    "Pada bulan Maret, ...") or stands a few words from the trigger in its clause
    ("launched its counter-offensive in June"); a name set off by commas between them is
    no clause break ("menyepakati gencatan senjata di Kunming, China, pada Januari 2025").
    With the sentence's triggers ``found``, a date further on after the trigger in its clause with no
    other trigger between is the trigger's too ("Talks in Luanda between the two foreign ministers
    broke down in December"); so is a relative clause set off by commas (``relatives``: "Peace talks
    ..., which collapsed in 2017, resumed in Oslo in November 2023"); so is one after a verb of holding
    (``held``) that the trigger is the subject of, however long the subject ("Peace talks between ... that
    Norway brokers were last held in Oslo in May"); a comma before a participle (``participles``) goes on with
    the clause ("reached the town in May 2024, killing 40 traders in raids")."""
    if stamp.kind == "since" and not since:
        return False
    if len(toks) > 1 and stamp.start <= toks[1].start:
        return True
    # ... or ends an opening adverbial set off by a comma ("Earlier, in October 2024, ...",
    # "Sebelumnya pada bulan Oktober 2024, ...")
    before = [t for t in toks if t.end <= stamp.start]
    after = next((t for t in toks if t.start >= stamp.end), None)
    if len(before) <= OPENING_TOKENS and after is not None and after.text == "," and stamp.end <= trig.start:
        return True
    lo, hi = (trig.end, stamp.start) if stamp.start >= trig.end else (stamp.end, trig.start)
    between = _unrelated(_unapposed([t for t in toks if lo <= t.start and t.end <= hi]), relatives)
    going_on = {toks[i].start for i in range(len(toks) - 1)
                if toks[i].text == "," and toks[i + 1].text.lower() in participles}
    if any(t.text in CLAUSE_BREAKS and t.start not in going_on for t in between):
        return False
    if stamp.end <= trig.start and any(t.start in going_on for t in between):
        return True  # the participle's clause is the dated one's, however long
    clear = found is not None and stamp.start >= trig.end \
        and not any(lo <= f.start and f.end <= hi for f in found)
    if clear and len(between) <= HELD_TIE_TOKENS \
            and any(t.text.lower() in held for t in between[-HELD_VERB_TOKENS:]):
        return True
    return len(between) <= (LONG_TIE_TOKENS if clear else TIE_TOKENS)


APPOSED_TOKENS: Final = 3  # words of a name set off by commas: ", China,", ", South Kivu,"
# words of a phrase set off by commas after a name: ", kota besar terakhir di Darfur,"
APPOSITION_TOKENS: Final = 8


def _unrelated(between: list[Token], relatives: frozenset[str]) -> list[Token]:
    """The tokens less a relative clause set off by commas (", which collapsed in 2017,")."""
    for i in range(len(between) - 1):
        if between[i].text == "," and between[i + 1].text.lower() in relatives:
            close = next((j for j in range(i + 2, len(between)) if between[j].text == ","), None)
            if close is not None:
                return between[:i] + _unrelated(between[close + 1:], relatives)
    return between


def _unapposed(between: list[Token]) -> list[Token]:
    """The tokens less names set off by commas (", China,"), and a short phrase set off by commas right
    after a name (", ibu kota Kordofan Selatan,", ", the last big town in Darfur,"): an apposition, no clause
    of its own."""
    out: list[Token] = []
    i = 0
    while i < len(between):
        if between[i].text == ",":
            j = i + 1
            while j < len(between) and j - i <= APPOSED_TOKENS and between[j].text[:1].isupper():
                j += 1
            if i + 1 < j < len(between) and between[j].text == ",":
                i = j + 1
                continue
            named = i > 0 and between[i - 1].text[:1].isupper()
            close = next((k for k in range(i + 1, min(len(between), i + 2 + APPOSITION_TOKENS))
                          if between[k].text in CLAUSE_BREAKS), None)
            if named and close is not None and close > i + 1 and between[close].text == ",":
                i = close + 1
                continue
        out.append(between[i])
        i += 1
    return out


def cumulative(stamp: TimeMention, trig: Match[str], toks: list[Token], figs: bool = True,
               perfect: frozenset[str] = frozenset(), found: Sequence[Match[str]] = ()) -> bool:
    """Killings or captures counted over a window tied to them ("Since November, the rebels
    have captured nine towns", "tewas dalam 12 bulan terakhir"): one event over that window,
    when the sentence counts something (``figs``). Attacks and strikes a perfect tells since a date
    ("gangs have raided three villages since May 4", "kota itu telah dikepung sejak Juni") are one
    too, counted or not; another trigger of their type between (the weapons fired) is no break.
    A bare calendar year ("tahun lalu", "in 2022"), and a span of months from one date to another
    ("from January to June"), stay background: a tally, not one event."""
    if stamp.start_date is None or stamp.end_date is None:
        return False
    if trig.value in CUMULATIVE and figs:
        closed = stamp.kind == "range" and (stamp.end_date - stamp.start_date).days > MONTH_DAYS
        return (stamp.kind in ("since", "window") or stamp.precision == "range" and not closed) \
            and tied(stamp, trig, toks, since=True)
    return trig.value in ASSAILED and stamp.kind == "since" and _perfect(trig, toks, perfect) \
        and tied(stamp, trig, toks, since=True, found=[m for m in found if m.value != trig.value])


def _perfect(trig: Match[str], toks: list[Token], perfect: frozenset[str]) -> bool:
    """A perfect auxiliary right before the trigger ("have raided", "has been besieged", "telah
    meluncurkan"), not before another verb whose object the trigger is ("has seen repeated attacks")."""
    return trig.first_token > 0 and toks[trig.first_token - 1].text.lower() in perfect


def _gap(start: int, end: int, trig: Match[str]) -> int:
    return start - trig.end if start >= trig.end else max(0, trig.start - end)


def eventful(t: TimeMention) -> bool:
    """A date that can be an event's: a day or a few, not a month or "since 2022"."""
    if t.start_date is None or t.end_date is None:
        return False
    return t.precision not in ("month", "year") and (t.end_date - t.start_date).days <= EVENT_DAYS


def explicit(stamp: TimeMention | None, published: date | None) -> bool:
    """A date that dates a background event: a calendar point ("in June", "pada Oktober lalu", "in 2018",
    "on Sept. 9, 2024"), a year only when written as one and unqualified (not "last year", "late 2021"),
    ending well before publication (so no weekday)."""
    if stamp is None or stamp.end_date is None or stamp.start_date is None:
        return False
    if written_span(stamp, published):
        return True
    if stamp.kind != "point":
        return False
    if stamp.precision == "year" and (stamp.mod is not None or str(stamp.start_date.year) not in stamp.text):
        return False
    return stamp.precision in ("day", "month", "year") and (
        published is None or (published - stamp.end_date).days > EVENT_DAYS)


def written_span(t: TimeMention, published: date | None = None) -> bool:
    """A span written from one calendar year or month to another ("pada 1989-2003", "from March 1996
    to June 1998"): both ends' years are in its words, and it ends before the story (unlike "since")."""
    if t.precision != "range" or t.start_date is None or t.end_date is None or t.mod is not None:
        return False
    ends = {str(t.start_date.year), str(t.end_date.year)}
    return t.start_date.year < t.end_date.year and all(y in t.text for y in ends) and (
        published is None or (published - t.end_date).days > EVENT_DAYS)


def own_month(t: TimeMention) -> bool:
    """A calendar month named for an event ("in June", "Pada bulan Maret"), not a year,
    a window ("over the past year") or a "since"."""
    return t.precision == "month" and t.kind == "point"


def named_month(t: TimeMention) -> bool:
    """A calendar month named with its year ("in June 2014", "pada Juni 2014"), not one counted back
    from the story's day ("six months ago")."""
    return own_month(t) and t.start_date is not None and str(t.start_date.year) in t.text


def undated(etype: str, figs: list[Figure], sent: Sentence, sentences: list[Sentence],
             times: SpanIndex[TimeMention], text: str, published: date | None,
             named: bool, in_list: Callable[[Sentence], bool],
             said: Callable[[Sentence, TimeMention], bool] | None = None,
             told: Period | None = None, went_on: Period | None = None) -> tuple[Period | None, bool]:
    """The date of an event whose sentence names none, and whether it is only a guess:
    the last date of its paragraph before it, where an item of a list ("- Near X, two
    strikes ...") goes on with the paragraph that introduced the list. A date that only dates a report
    there (``said``: "the ministry said on Saturday", an outlet's credit) gives way to the day of the
    event told before (``told``): the sentence goes on with the event, not with the report. With no date
    in its paragraph, a violent one takes the date of the violent event told last (``went_on``) when the
    story dated that one to a day or two (INCIDENT_DAYS) a few days back; the breaking window when the last
    one told is undated or spans a week."""
    periods = [f.period for f in figs if f.period is not None and not f.running_total]
    window = Period(published - timedelta(days=1), published) if published is not None else None
    if periods:
        if window is not None and sent.index < LEAD_SENTENCES \
                and window.start <= periods[0].start and periods[0].end <= window.end:
            return window, True  # a breaking toll: the article may date its event later
        return periods[0], False
    if etype not in WINDOWED:
        return None, False
    cur = sent
    for prev in reversed(sentences[:sent.index]):
        if "\n" in text[prev.end:cur.start] and not in_list(cur):
            break  # the paragraph's first sentence
        cur = prev
        stamps = times.between(prev.start, prev.end)
        if stamps:
            last = stamps[-1]
            if told is not None and said is not None and said(prev, last):
                return told, False
            return (last.period if eventful(last) else None), False
    # ... past its paragraph's first sentence it goes on with the incident told last: that one's day when the
    # story dated it to a day or two a few days back ("The blast also wrecked a clinic in X" after a bombing
    # on Sunday), not the breaking window
    if went_on is not None and window is not None and (sent.index < LEAD_SENTENCES or named) \
            and etype in VIOLENT and went_on.end >= window.start - timedelta(days=EVENT_DAYS) \
            and (went_on.end - went_on.start).days <= INCIDENT_DAYS:
        return went_on, True
    if window is not None and (sent.index < LEAD_SENTENCES or named):
        return window, True
    return None, False


def joined_period(stamp: TimeMention, stamps: list[TimeMention], toks: list[Token],
                  joiners: frozenset[str]) -> Period | None:
    """The period of ``stamp`` and of the dates listed with it ("on Saturday and
    Sunday", "pada Jumat (3/5) dan Sabtu (4/5)"): one span over them all."""
    if not eventful(stamp):
        return stamp.period
    at = stamps.index(stamp)
    lo = hi = at
    while lo > 0 and _listed(stamps[lo - 1], stamps[lo], toks, joiners):
        lo -= 1
    while hi + 1 < len(stamps) and _listed(stamps[hi], stamps[hi + 1], toks, joiners):
        hi += 1
    listed = [t for t in stamps[lo:hi + 1] if eventful(t)]
    starts = [t.start_date for t in listed if t.start_date is not None]
    ends = [t.end_date for t in listed if t.end_date is not None]
    period = Period(min(starts), max(ends))
    return period if (period.end - period.start).days <= EVENT_DAYS else stamp.period


def _same_dates(a: TimeMention, b: TimeMention) -> bool:
    return a.start_date == b.start_date and a.end_date == b.end_date


def _adjacent(a: TimeMention, b: TimeMention, toks: list[Token]) -> bool:
    """Two date expressions with nothing but punctuation between: one date said twice."""
    return all(not t.text[0].isalnum() for t in toks if a.end <= t.start and t.end <= b.start)


def _repeated(a: TimeMention, b: TimeMention, toks: list[Token], joiners: frozenset[str],
              repeats: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A word of repetition stands between two date expressions, with at most list joiners
    and a preposition ("and again on", "dan kembali pada"): the thing happened on each."""
    again, preps = repeats
    between = [t.text.lower() for t in toks if a.end <= t.start and t.end <= b.start]
    return any(w in again for w in between) and len(between) <= REPEAT_WORDS \
        and all(w in joiners or w in again or w in preps for w in between)


GAP_TOKENS: Final = 4  # tokens of the place named between two dates of one gapped clause: "and Bukavu in"


def gapped(a: TimeMention, b: TimeMention, toks: list[Token], joiners: frozenset[str],
           prepositions: frozenset[str]) -> tuple[int, int] | None:
    """The span of the capitalised name between two dates of one verb's gapped clauses ("seized Goma
    in January and Bukavu in February", "merebut Goma pada Januari dan Bukavu pada Februari"): a
    joiner, the name, a preposition; None when the words between are otherwise."""
    between = [t for t in toks if a.end <= t.start and t.end <= b.start]
    if len(between) < 2 or between[0].text.lower() not in joiners:
        return None
    # ... the preposition may open the place ("dan di Datta Khel pada Minggu") or be missing before a date
    # that needs none ("and Wana the next day")
    name = between[1:-1] if between[-1].text.lower() in prepositions else between[1:]
    while name and name[0].text.lower() in prepositions:
        name = name[1:]
    if not name or len(name) > GAP_TOKENS or not all(t.text[:1].isupper() or t.text in "-'" for t in name):
        return None
    return name[0].start, name[-1].end


def gapped_site(stamp: TimeMention | None, stamps: list[TimeMention], toks: list[Token],
                joiners: frozenset[str], prepositions: frozenset[str],
                places: list[PlaceMention]) -> PlaceMention | None:
    """The place a gapped clause's date goes with ("... and Bukavu in February": Bukavu)."""
    before = [t for t in stamps if stamp is not None and t.end <= stamp.start]
    span = gapped(before[-1], stamp, toks, joiners, prepositions) if before and stamp is not None else None
    return next((p for p in places if span and span[0] <= p.start and p.end <= span[1]), None)


def _listed(a: TimeMention, b: TimeMention, toks: list[Token], joiners: frozenset[str]) -> bool:
    """Only list joiners stand between two date expressions."""
    between = [t.text.lower() for t in toks if a.end <= t.start and t.end <= b.start]
    return bool(between) and all(w in joiners for w in between)


def clock_day(clocks: list[TimeMention], published: date | None) -> Period | None:
    """The day of a clock time in an event's sentence ("sekitar pukul 09.15 WIT", "at about
    07:30 local time": the date part of its TIMEX3 value) when no date expression dates it;
    none after publication."""
    for t in clocks:
        day = _value_day(t.value)
        if day is not None and (published is None or day <= published):
            return Period(day, day)
    return None


def clocks_of(times: list[TimeMention]) -> list[TimeMention]:
    """The clock times among ``times``: no dates of their own, a day in their value."""
    return [t for t in times if t.type == "TIME" and t.start_date is None and _value_day(t.value)]


def _value_day(value: str | None) -> date | None:
    if value is None or "T" not in value:
        return None
    try:
        return date.fromisoformat(value.split("T", 1)[0])
    except ValueError:
        return None
