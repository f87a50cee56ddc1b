"""Events: dated conflict events with type, sides, place and evidence.

A sentence with a trigger word (``events.toml``) yields an event of its
strongest trigger's type (the language's ``priority`` order); a trigger in
quoted speech, after a negation or a hypothesis ("denied attacking", "will
attack"), or marked as ongoing background counts for nothing, and one after
"amid" only when nothing else does. An attack made with bombs, missiles or
drones is a strike; property destruction is an event of its own besides
the sentence's main one. When a sentence names several dates, each trigger
goes with the date nearest to it, so two clauses can give two events.

An event's date is the date expression nearest its trigger; one spanning
more than a few days (a month, "since 2022") marks background, not an
event. Without a date in the sentence, a violent event takes a figure's
period, else the date of the previous sentence of its paragraph, else the
breaking-news window (the day before publication to publication) when it is
in the lead or names the place where it happened. Its place is the literal
place nearest the trigger, finer places first (for captures and advances,
the place after the trigger), else the article's main place. The side named
before the trigger acts; the side after it is acted upon.

Events of one type with overlapping dates at the same place, or at places in
the same region, are merged, their evidence kept; a headline's event joins
the body's event of its type, and an event dated only by the breaking-news
window takes the date the article gives for it later.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from warta.lang import Lang
from warta.model import PLACE_RANK, Event, Figure, Period, PlaceMention, Sentence, Span, TimeMention, Token
from warta.pipeline.event_merge import merge_events
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.spans import SpanIndex

VIOLENT = {"attack", "strike", "capture", "destruction", "killing"}
NO_EVENT = "none"  # the trigger table's key for look-alikes: "general strike"
TOLL_TYPES = {"killing"}  # deaths in a sentence of running totals are a toll, not an event
PASSIVE_REACH = 8  # tokens from a passive trigger ("were killed") to the event trigger it colours
MAX_SIDES_AFTER = 4  # side words after a trigger that may name its actor or target
TERRITORY_REACH = 80  # characters from a capture/advance trigger to the place taken
PLACE_REACH = 100  # characters from the trigger (places before it count double)
LEAD_SENTENCES = 3  # an undated violent event here is breaking news
EVENT_DAYS = 10  # a date expression spanning more days is background, not an event's date
WEAPON_BEFORE, WEAPON_AFTER = 8, 15  # tokens between a weapon word and the attack it arms
CLAUSE_BREAKS = {",", ";", ":", ".", "(", ")", "–", "—"}
SCARE_QUOTE_WORDS = 3  # a quote this short is a term, not speech
OPEN_QUOTES, CLOSE_QUOTES = "\"“«„", "\"”»"
QUOTE_RE = re.compile(r"[\"“”«»„\n]")
SINGLE_CLOSE_RE = re.compile(r"['’](?!\w)")
DATELINE_PREFIX = 40  # characters of a source's name before a dateline's place
DATELINE_RE = re.compile(r"[^\n.]{0,40}?\s[-–—]{1,2}\s")
HEADLINE_END = ".!?\"”'’:"


_Group = tuple[TimeMention | None, list[Match[str]]]  # a date expression and its triggers


@dataclass(frozen=True, slots=True)
class _Roles:
    agent: frozenset[str]  # words that put the actor after the trigger: "by"
    target: frozenset[str]  # words that put the target after it: "on", "ke"
    nominal: frozenset[str]  # trigger nouns whose possessor follows them
    possessor_after: bool
    territorial: frozenset[str]  # event types that need a place after their trigger
    passive: frozenset[str]  # triggers whose subject suffers them: "diserang", "died"
    passive_aux: frozenset[str]  # words that make the trigger after them passive: "were"


@dataclass(frozen=True, slots=True)
class _Rules:
    triggers: PhraseLexicon[str]
    order: dict[str, int]
    roles: _Roles
    modality: PhraseLexicon[str]  # "cancel" (negation, hypothesis, background) or "amid"
    reach: int  # tokens between a modality word and the trigger it governs
    weapons: PhraseLexicon[str]  # weapon words that turn an attack into a strike
    separate: frozenset[str]  # types that make an event of their own beside the main one
    framing: frozenset[str]  # words that open a sentence with the place it happens in: "in"


@cache
def _rules(lang: Lang) -> _Rules:
    data = lang.data("events")
    roles = data.get("roles", {})
    modality = data.get("modality", {})
    return _Rules(
        from_table(data.get("triggers", {})),
        {t: i for i, t in enumerate(data.get("priority", []))},
        _Roles(frozenset(w.lower() for w in roles.get("agent", [])),
               frozenset(w.lower() for w in roles.get("target", [])),
               frozenset(w.lower() for w in roles.get("nominal", [])),
               bool(roles.get("possessor_after", False)),
               frozenset(data.get("territorial", [])),
               frozenset(w.lower() for w in roles.get("passive", [])),
               frozenset(w.lower() for w in roles.get("passive_aux", []))),
        from_table({"cancel": modality.get("cancel", []), "amid": modality.get("amid", [])}),
        int(modality.get("reach", 3)),
        from_table({"weapon": data.get("weapons", {}).get("strike", [])}),
        frozenset(data.get("separate", [])),
        frozenset(w.lower() for w in data.get("framing", [])),
    )


def find_events(text: str, lang: Lang, sentences: list[Sentence], times: list[TimeMention],
                places: list[PlaceMention], figures: list[Figure],
                published: date | None) -> list[Event]:
    """Events of the article, merged within it."""
    rules = _rules(lang)
    sides = side_lexicon(lang)
    events: list[Event] = []
    weak: set[int] = set()  # ids of events dated only by the breaking-news window
    speech = _speech(text, sentences)
    place_index, time_index, figure_index = SpanIndex(places), SpanIndex(times), SpanIndex(figures)
    main = _main_place(places, sentences)
    headline = _headline(text, sentences)
    for sent in sentences:
        toks = tokenize(text, sent.start, sent.end)
        found = rules.triggers.find(toks, text)
        hits = [m for m in found if m.value != NO_EVENT and not _inside(m.start, speech)]
        if not hits:
            continue
        mods = rules.modality.find(toks, text)
        hits = [m for m in hits if _modality(m, toks, mods, rules.reach) != "cancel"]
        figs = figure_index.between(sent.start, sent.end)
        if figs and all(f.running_total for f in figs):
            hits = [m for m in hits if m.value not in TOLL_TYPES]
        inside = [p for p in place_index.between(sent.start, sent.end)
                  if not _dateline(text, p, sent) and not _in_figure(p, figure_index)]
        # "seized weapons" is no capture: territorial triggers need a place after them
        hits = [m for m in hits if m.value not in rules.roles.territorial
                or any(0 <= p.start - m.end <= TERRITORY_REACH for p in inside)]
        if not hits:
            continue
        stamps = time_index.between(sent.start, sent.end)
        opening = toks[1].start if len(toks) > 1 and toks[0].text.lower() in rules.framing else -1
        groups = _by_date(hits, stamps)
        side_hits = sides.find(toks, text)
        for stamp, group in groups:
            if stamp is not None and not _eventful(stamp):
                continue  # background: "since 2022", "in March"
            demoted = {m.start for m in group if _modality(m, toks, mods, rules.reach) == "amid"}
            trig = min(group, key=lambda m: (m.start in demoted, rules.order.get(m.value, 99), m.start))
            if len(groups) > 1 and trig.value not in VIOLENT:
                continue  # a second clause counts only when it is violent
            kind = trig.value
            if kind == "attack" and _armed(trig, toks, rules.weapons.find(toks, text)):
                kind = "strike"
            chosen = [trig] + [m for m in group if m.value in rules.separate and m.value != kind]
            for n, m in enumerate(chosen):
                etype = kind if n == 0 else m.value
                passive = any(_passive(x, toks, rules.roles) for x in found
                              if x.start <= m.start and x.last_token >= m.first_token - PASSIVE_REACH)
                actor, target = _sides(text, toks, m, side_hits, rules.roles, passive)
                # the actor's own country named as the actor is not where it acted
                acting = {h.start for h in side_hits if h.value == actor and h.end <= m.start}
                where_from = [p for p in inside if p.precision != "country" or p.start not in acting]
                near = _nearest_place(where_from, m, etype in rules.roles.territorial, opening)
                when, guessed = stamp.period if stamp is not None else None, False
                if when is None:
                    named = near is not None and near.precision != "country"
                    when, guessed = _undated(etype, figs, sent, sentences, time_index, text, published, named)
                where = near or main
                if when is None or where is None:
                    continue
                if target is None and where.country and etype in VIOLENT:
                    target = where.country  # struck where it happened (in a civil war, its own side)
                ev = Event(type=etype, actor=actor, target=target, place=where, date=when,
                           evidence=[Span(sent.start, sent.end, text[sent.start:sent.end])],
                           trigger=Span(m.start, m.end, m.text), sentence=sent.index)
                if guessed:
                    weak.add(id(ev))
                events.append(ev)
    return merge_events(events, headline, weak)


def _by_date(hits: list[Match[str]], stamps: list[TimeMention]) -> list[_Group]:
    """Triggers grouped by the date expression nearest each, in text order."""
    if not stamps:
        return [(None, hits)]
    groups: dict[int, list[Match[str]]] = {}
    for m in hits:
        i = min(range(len(stamps)), key=lambda k: _gap(stamps[k].start, stamps[k].end, m))
        groups.setdefault(i, []).append(m)
    return [(stamps[i], groups[i]) for i in sorted(groups)]


def _gap(start: int, end: int, trig: Match[str]) -> int:
    return start - trig.end if start >= trig.end else max(0, trig.start - end)


def _eventful(t: TimeMention) -> bool:
    """A date that can be an event's: a day or a few, not a month or "since 2022"."""
    return t.precision not in ("month", "year") and (t.end_date - t.start_date).days <= EVENT_DAYS


def _undated(etype: str, figs: list[Figure], sent: Sentence, sentences: list[Sentence],
             times: SpanIndex[TimeMention], text: str, published: date | None,
             named: bool) -> tuple[Period | None, bool]:
    """The date of an event whose sentence names none, and whether it is only a guess."""
    periods = [f.period for f in figs if f.period is not None and not f.running_total]
    if periods:
        return periods[0], False
    if etype not in VIOLENT:
        return None, False
    if sent.index > 0:
        prev = sentences[sent.index - 1]
        if "\n" not in text[prev.end:sent.start]:
            stamps = times.between(prev.start, prev.end)
            if stamps:
                last = stamps[-1]
                return (last.period if _eventful(last) else None), False
    if published is not None and (sent.index < LEAD_SENTENCES or named):
        return Period(published - timedelta(days=1), published), True
    return None, False


def _armed(trig: Match[str], toks: list[Token], weapons: list[Match[str]]) -> bool:
    """A weapon named in the trigger's clause: just before it, or after it before a comma."""
    for w in weapons:
        if w.first_token <= trig.last_token and w.last_token >= trig.first_token:
            continue  # part of the trigger: "bomb attack"
        if w.last_token < trig.first_token:
            lo, hi = w.last_token + 1, trig.first_token
            if hi - lo > WEAPON_BEFORE:
                continue
        else:
            lo, hi = trig.last_token + 1, w.first_token
            if hi - lo > WEAPON_AFTER:
                continue
        if all(t.text not in CLAUSE_BREAKS for t in toks[lo:hi]):
            return True
    return False


def _modality(trig: Match[str], toks: list[Token], mods: list[Match[str]], reach: int) -> str | None:
    """"cancel" or "amid" when such a word governs the trigger from just before it."""
    for mod in mods:
        if mod.last_token >= trig.first_token or mod.last_token < trig.first_token - 1 - reach:
            continue
        between = toks[mod.last_token + 1:trig.first_token]
        if all(t.text[0].isalnum() for t in between):
            return mod.value
    return None


def _speech(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Spans of quoted speech, sorted; quotes of a few words are terms, not speech."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in QUOTE_RE.finditer(text):
        ch, at = m.group(), m.start()
        if opened is None:
            if ch in OPEN_QUOTES:
                opened = at
        elif ch == "\n" or ch in CLOSE_QUOTES:
            if len(text[opened:at].split()) > SCARE_QUOTE_WORDS:
                spans.append((opened, at + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    for sent in sentences:  # 'single-quoted speech' opening a sentence
        if text[sent.start] in "'‘" and not _inside(sent.start, spans):
            close = SINGLE_CLOSE_RE.search(text, sent.start + 1, sent.end)
            spans.append((sent.start, close.end() if close else sent.end))
    spans.sort()
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _headline(text: str, sentences: list[Sentence]) -> int | None:
    """The index of the headline: a first line without a closing stop."""
    if len(sentences) < 2:
        return None
    first = sentences[0]
    if text[first.end - 1] in HEADLINE_END or "\n" not in text[first.end:sentences[1].start]:
        return None
    return first.index


def _sides(text: str, toks: list[Token], trig: Match[str], hits: list[Match[str]],
           roles: _Roles, passive: bool) -> tuple[str | None, str | None]:
    """Who acts and who is acted upon, from the side words around the trigger.

    After a passive or a verb of dying ("were killed", "diserang", "tewas"),
    the side before is acted upon and the first other side after it acts.

    The side before the trigger acts ("Russian forces attacked"); after it,
    a side marked as a target ("on", "ke") is acted upon, one marked as an
    agent ("by", "oleh") acts, and in languages whose nouns take their
    possessor after them, a side right after a nominal trigger acts, whoever
    is named before it ("serangan rudal Rusia" = a Russian missile attack).
    """
    before = [m for m in hits if m.end <= trig.start]
    after = [m for m in hits if m.start >= trig.end][:MAX_SIDES_AFTER]
    inner = [m for m in hits if m.start >= trig.start and m.end <= trig.end]  # "serangan Israel"
    actor = inner[0].value if inner else before[-1].value if before else None
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


def _passive(trig: Match[str], toks: list[Token], roles: _Roles) -> bool:
    """A passive trigger or one whose subject suffers it: "were killed", "diserang", "tewas"."""
    if trig.text.lower() in roles.passive:
        return True
    lo = max(0, trig.first_token - 2)  # one adverb may stand between: "were reportedly killed"
    return any(t.text.lower() in roles.passive_aux for t in toks[lo:trig.first_token])


def _in_figure(place: PlaceMention, figures: SpanIndex[Figure]) -> bool:
    """A side word inside a figure ("tentara Ukraina") is not where the event happened."""
    fig = figures.last_before(place.start + 1)
    return fig is not None and place.start < fig.end


def _dateline(text: str, place: PlaceMention, sent: Sentence) -> bool:
    """"MOSCOW, Jan 5 -", "Tel Aviv, VIVA -", "ANTARA, JAYAPURA -": where the story was
    filed, not where it happened."""
    prefix = text[sent.start:place.start]
    if len(prefix) > DATELINE_PREFIX or any(c.islower() for c in prefix):
        return False
    return (place.text.isupper() and len(place.text) > 2 and not prefix) or \
        DATELINE_RE.match(text, place.end, sent.end) is not None


def _literal(places: list[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if not p.actor_use and p.lat is not None]


def _main_place(places: list[PlaceMention], sentences: list[Sentence]) -> PlaceMention | None:
    """The finer-than-country place the article names most, else its most named country."""
    heads = {s.start for s in sentences}
    literal = [p for p in _literal(places) if not (p.start in heads and p.text.isupper())]
    for pool in ([p for p in literal if p.precision != "country"], literal):
        if pool:
            counts = Counter(p.name for p in pool)
            best = max(counts.values())
            return next(p for p in pool if counts[p.name] == best)
    return None


def _nearest_place(inside: list[PlaceMention], trig: Match[str], ahead: bool,
                   opening: int) -> PlaceMention | None:
    """The place nearest the trigger, finer ones first; ``ahead``: after it if one is.

    A place opening the sentence ("In Rafah, ...", at offset ``opening``)
    frames all of it, however far the trigger.
    """
    literal = _literal(inside)
    pool = [p for p in literal if p.precision != "country"] or literal
    if ahead:
        pool = [p for p in pool if 0 <= p.start - trig.end <= TERRITORY_REACH] or pool

    def distance(p: PlaceMention) -> int:
        d = p.start - trig.end if p.start >= trig.end else (trig.start - p.end) * 2
        return min(d, PLACE_REACH // 2) if p.start == opening else d

    near = [p for p in pool if distance(p) <= PLACE_REACH]
    if not near:
        return None
    return min(near, key=lambda p: (distance(p) + 40 * PLACE_RANK.get(p.precision, 9), p.start))
