"""A sentence's event triggers that tell an event (:func:`frame`): a trigger in quoted speech,
after a negation or a hypothesis ("denied attacking", "will attack"), told as lasting, as the
subject of talks or as a running total counts for nothing; a territorial trigger needs a place
or site it took. What is left, grouped by the date each goes with, comes with the sentence's
places, sides and dates (:class:`Frame`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Final

from warta.lang import Lang
from warta.model import Event, Figure, PlaceMention, Sentence, TimeMention
from warta.pipeline.event_article import Article, neighbours_in
from warta.pipeline.event_background import without_totals
from warta.pipeline.event_choice import (
    backing as backed_span,
    relative_site,
    seized,
    taken_subject,
    takes,
    talked_of,
)
from warta.pipeline.event_dated import with_dated
from warta.pipeline.event_dates import Group, by_date
from warta.pipeline.event_forms import agreed, attempted, lasted
from warta.pipeline.event_mentions import destination_spans, nothing_between
from warta.pipeline.event_parties import parties
from warta.pipeline.event_places import (
    dateline_end,
    embedded,
    in_figure,
    is_dateline,
    measured_from,
    names_forces,
)
from warta.pipeline.event_relative import Relative, opening_shift, relative_to_told
from warta.pipeline.event_retold import keepers, opens_with_doers, origins, retold_people
from warta.pipeline.event_rules import (
    NO_EVENT,
    Rules,
    conditioned,
    find_triggers,
    modality,
    rules as language_rules,
    stoppages,
)
from warta.pipeline.event_text import inside as in_spans
from warta.pipeline.lexicon import Match, lowered
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.token import Token

# tokens from a territorial trigger to the site it takes: "captured part of a rebel base"
SITE_TOKENS: Final = 6


@dataclass
class Frame:
    sent: Sentence
    toks: list[Token]
    found: list[Match[str]]  # every trigger word of the sentence, live or not
    dated: frozenset[int]  # starts of the words that name an event only with a date of their own
    said: bool  # told only in quoted speech
    mods: list[Match[str]]
    rel: Relative | None  # "The attack came a day after ...": dated from the told event
    lead: Relative | None  # "Two days later, ...": the told event's date moved by the span
    figs: list[Figure]
    here: list[PlaceMention]  # the sentence's places
    inside: list[PlaceMention]  # ... that can be an event's place
    cues: list[Match[str]]  # report cues: "said U.S. aides"
    opened: int  # where the sentence opens after its dateline
    stamps: list[TimeMention]  # its dates, none after publication
    opening: int  # where a place framing the whole sentence would start
    groups: list[Group]  # the triggers by the date each goes with
    backing: set[int]  # tokens of backers: "dipasok AS"
    side_hits: list[Match[str]]  # side words that can be parties
    bordering: list[Match[str]]  # side words of borders
    verbs: set[int]  # first tokens of trigger and repel words
    firsts: frozenset[int]  # first tokens of trigger words
    doers_first: bool  # "The attackers surrounded the mosque, ...": the told event's doers open it
    about_told: bool  # ... or a trigger's people are the told event's
    neighbours: set[int]  # starts of its places that name a neighbour: "the border with Mali"
    freed: frozenset[int] = frozenset()  # starts of release words told after people were taken
    held_at: PlaceMention | None = None  # ... where they were taken

    # written out, not generated: the compiled build then builds a frame natively (a dataclass's
    # generated __init__ runs as interpreted Python there)
    def __init__(self, sent: Sentence, toks: list[Token], found: list[Match[str]], dated: frozenset[int],
                 said: bool, mods: list[Match[str]], rel: Relative | None, lead: Relative | None,
                 figs: list[Figure], here: list[PlaceMention], inside: list[PlaceMention],
                 cues: list[Match[str]], opened: int, stamps: list[TimeMention], opening: int,
                 groups: list[Group], backing: set[int], side_hits: list[Match[str]],
                 bordering: list[Match[str]], verbs: set[int], firsts: frozenset[int], doers_first: bool,
                 about_told: bool, neighbours: set[int], freed: frozenset[int] = frozenset(),
                 held_at: PlaceMention | None = None) -> None:
        self.sent = sent
        self.toks = toks
        self.found = found
        self.dated = dated
        self.said = said
        self.mods = mods
        self.rel = rel
        self.lead = lead
        self.figs = figs
        self.here = here
        self.inside = inside
        self.cues = cues
        self.opened = opened
        self.stamps = stamps
        self.opening = opening
        self.groups = groups
        self.backing = backing
        self.side_hits = side_hits
        self.bordering = bordering
        self.verbs = verbs
        self.firsts = firsts
        self.doers_first = doers_first
        self.about_told = about_told
        self.neighbours = neighbours
        self.freed = freed
        self.held_at = held_at


def _live(art: Article, sent: Sentence, toks: list[Token], found: list[Match[str]],
          live: list[Match[str]]) -> tuple[list[Match[str]], list[Match[str]], list[Match[str]], bool]:
    """The triggers of ``live`` that tell an event, the sentence's modality words, ``found`` less the
    subjects of talks, and whether they are told only in quoted speech."""
    rules, text = art.rules, art.text
    # quoted speech only refines the place of an event told outside it; a threat is speech
    # itself, so one made in a quote is the event ('"They will pay the price," he said')
    hits = [m for m in live if not in_spans(m.start, art.speech) or m.value == "threat"]
    said = not hits
    hits = hits or live
    if not hits:
        return [], [], found, said
    mods = rules.modality.find(toks, text)
    # "began shelling" is background, "began shelling Israel on Oct. 8, 2023" the day it started
    # (not a day an "after" clause gives: "mulai menembakkan roket sehari setelah ... pada 7 Oktober")
    if any(t.precision == "day" and not any(x.value in ("after", "since") and x.end <= t.start
                                            for x in mods)
           for t in art.time_index.between(sent.start, sent.end)):
        mods = [x for x in mods if x.value != "onset"]
    # "will withdraw its force unless ...": a threat; "will attack" alone no event
    hits = [Match(m.start, m.end, m.text, "threat", m.first_token, m.last_token)
            if conditioned(rules, m, toks, text, mods)
            else m for m in hits if modality(m, toks, mods, rules.reach, rules.roles.joiners) != "cancel"
            or conditioned(rules, m, toks, text, mods)]
    hits = [m for m in hits if not lasted(m, hits, toks, mods)]  # "have besieged it for months"
    hits = [agreed(m, toks, mods, rules.reach) for m in hits]  # "agreed to withdraw troops": talks
    talked = talked_of(rules, hits, toks)  # "talks on a new offensive": their subject, no event
    told, kept = set(map(_fields, talked)), set(map(_fields, hits))  # one look-up each in a long sentence
    rest: list[Match[str]] = []
    for f in found:
        key = _fields(f)
        if key in told or key not in kept:
            rest.append(f)
    return talked, mods, rest, said


# what Match's == compares
_fields: Final = attrgetter("start", "end", "text", "value", "first_token", "last_token")


def _inside(art: Article, here: list[PlaceMention], filed: list[PlaceMention], found: list[Match[str]],
            came_from: list[tuple[int, int]], went_to: list[tuple[int, int]],
            neighbours: set[int]) -> list[PlaceMention]:
    """The places of ``here`` that can be an event's place: no dateline, none in a figure, a trigger, a
    force's name, a neighbour's border (a start in ``neighbours``), a place people come from or go to or
    one embedded."""
    if not here:
        return []
    text, rules = art.text, art.rules
    triggered = {i for f in found for i in range(f.start, f.end)}  # one look-up per place in a long sentence
    inside = [p for p in here if p not in filed and not in_figure(p, art.figure_index)
              and p.start not in triggered  # "Baku tembak": a trigger
              and not names_forces(text, p, rules.forces_before, rules.forces_after)
              and not in_spans(p.start, came_from) and p.start not in neighbours
              and not in_spans(p.start, went_to) and not embedded(text, p)]
    # "Residents of Kayes, about 500 km from Bamako": the place measured off is a point of reference
    return [p for p in inside if not measured_from(text, p, art.units_of_distance)] or inside


def _territorial(art: Article, hits: list[Match[str]], found: list[Match[str]], inside: list[PlaceMention],
                 toks: list[Token], taken: list[tuple[int, int]],
                 cues: list[Match[str]]) -> list[Match[str]]:
    """``hits`` less those that tell how people were taken ("soldiers captured by Russia") and the
    territorial triggers that took no place: "seized weapons" is no capture; they need a place after them
    with no other event word or report cue before it ("entered the talks in Doha" takes the talks;
    "seized one, said U.S. aides"), or a site a place holds ("briefly captured a military base", "merebut
    markas"), or a place as their subject ("Kherson was retaken by ...") or antecedent ("Maungdaw, which
    was taken")."""
    rules, text = art.rules, art.text
    sites = [t.first_token for t in rules.sites.find(toks, text)]
    return [m for m in hits if not in_spans(m.start, taken) and (
            m.value not in rules.roles.territorial
            or any(takes(rules, m, p, text) and nothing_between(m, p.start, found + cues) for p in inside)
            or any(0 < t - m.last_token <= SITE_TOKENS and nothing_between(m, toks[t].start, found)
                   for t in sites)
            or taken_subject(m, inside, toks, rules) is not None
            or relative_site(m, inside, toks, rules) is not None)]


def _freed(rules: Rules, toks: list[Token], text: str, found: list[Match[str]]) -> list[Match[str]]:
    """The passive release words no trigger of ``found`` overlaps ("twelve of the children were freed"): told
    after people were taken, a release of them."""
    return [m for m in rules.freed.find(toks, text)
            if not any(f.start < m.end and m.start < f.end for f in found)]


class _Openers:
    """The anchors of a language's trigger, sensed trigger and dated phrases (their longest words, in
    lower case): all of them, those that are a phrase by themselves, and by each other anchor the
    other words of each of its phrases."""

    def __init__(self, phrases: dict[str, list[frozenset[str]]]) -> None:
        self.anchors = frozenset(phrases)
        self.alone = frozenset(a for a, rests in phrases.items() if frozenset() in rests)
        self.rests = {a: rests for a, rests in phrases.items() if a not in self.alone}


@cache
def _openers(lang: Lang) -> _Openers:
    """The :class:`_Openers` of the language: a sentence that holds all the words of no phrase tells no
    event (with no kidnapping before it)."""
    r = language_rules(lang)
    out: dict[str, list[frozenset[str]]] = {}
    for lex in (r.triggers, r.sense_triggers, r.dated):
        for words in lex.phrases():
            anchor = max(reversed(words), key=len)
            out.setdefault(anchor, []).append(frozenset(words) - {anchor})
    return _Openers(out)


def _may_tell(openers: _Openers, low: list[str]) -> bool:
    """Whether the words ``low`` hold all the words of some phrase of ``openers``: an anchor that is a
    phrase alone tells it without the words being gathered."""
    if openers.anchors.isdisjoint(low):
        return False  # most sentences
    if not openers.alone.isdisjoint(low):
        return True
    words = set(low)
    rests = openers.rests
    for anchor in rests.keys() & words:
        for rest in rests[anchor]:
            if rest <= words:
                return True
    return False


def first_telling(text: str, lang: Lang, sentences: list[Sentence]) -> int:
    """The index of the first of ``sentences`` that may tell an event (``len(sentences)`` when none may):
    with no kidnapping told before them, those before it tell none (:func:`frame`)."""
    openers = _openers(lang)
    for i, sent in enumerate(sentences):
        if _may_tell(openers, lowered(tokenize(text, sent.start, sent.end))):
            return i
    return len(sentences)


def frame(art: Article, sent: Sentence, held: Event | None = None) -> Frame | None:
    """The events ``sent`` tells, by date, with what they draw on; None when it tells none. ``held``: the
    kidnapping the article has told before, if any."""
    rules, text = art.rules, art.text
    toks = tokenize(text, sent.start, sent.end)
    low = lowered(toks)
    if held is None and not _may_tell(_openers(art.lang), low):
        return None  # no trigger or dated word can be in it
    found = find_triggers(rules, toks, text)
    if not found and held is None and not rules.dated.find(toks, text):
        return None  # no event word at all
    durations = art.durations.between(sent.start, sent.end)
    freed = _freed(rules, toks, text, found) if held is not None else []
    found = sorted(found + freed, key=lambda m: m.start) if freed else found
    found = stoppages(rules, found, [(t.start, t.end) for t in durations], text)
    live, dated = with_dated(rules, [m for m in found if m.value != NO_EVENT], found, toks, text)
    hits, mods, found, said = _live(art, sent, toks, found, live)
    if not hits:
        return None
    # "The attack came a day after gunmen killed ...": an event a day before the told one
    rel = relative_to_told(art.lang, toks, text, hits, mods, durations)
    hits = [m for m in hits if rel is None or m.first_token > rel.after]
    # "Two days later, soldiers clashed ...": the told event's date moved by the span
    lead = opening_shift(art.lang, toks, text, durations)
    hits = [m for m in hits if lead is None or m.first_token > lead.after]
    figs = art.figure_index.between(sent.start, sent.end)
    hits = without_totals(hits, figs, rules, toks, text)  # "have been killed since the war began"
    # "seized a passenger train": a hijacking; "seized weapons": no event
    hits = [x for x in (seized(rules, m, toks, text) for m in hits) if x.value != NO_EVENT]
    # "troops backed by US air strikes killed ...": the backing names no event, its side no party
    backings = {m.start: backed_span(rules, m, hits, toks, text) for m in hits}
    hits = [m for m in hits if backings[m.start] is None] or hits
    here = art.place_index.between(sent.start, sent.end)
    neighbours = neighbours_in(art, here)
    filed = [p for p in here if is_dateline(text, p, sent)]
    kept, taken = keepers(art.retold, toks, text, rules.joiners, rules.determiners)  # "held by Hamas"
    came_from = sorted(origins(art.retold, toks, text, rules.joiners) + kept  # "peacekeepers from Malawi"
                       + [s for s in backings.values() if s is not None])
    went_to = destination_spans(rules, toks, text)  # "fled toward the city of Hinche"
    inside = _inside(art, here, filed, found, came_from, went_to, neighbours)
    cues = rules.report_cues.find(toks, text)
    hits = _territorial(art, hits, found, inside, toks, taken, cues)
    if not hits:
        return None
    hits = [attempted(m, toks, mods, rules.reach) for m in hits]  # "tried to seize Bangui": an attack
    # clock times have no date; nothing reported happened after publication ("2050 GMT")
    # ... and a dateline's date ("KYIV, March 16 (Reuters) -") is when the story was filed
    opened = max((dateline_end(text, p, sent) for p in filed), default=sent.start)
    stamps = [t for t in art.time_index.between(opened, sent.end) if t.start_date is not None
              and (art.published is None or t.start_date <= art.published)]
    groups = by_date(hits, stamps, toks, rules.joiners, [m for m in mods if m.value == "since"],
                     rules.repeats, [m for m in mods if m.value == "after"], rules.ranges,
                     rules.relatives)
    # "peacekeepers from Malawi", "fled toward the Malian border"; "Jakarta, Kantor Berita X --": the filing
    # town's and the outlet's country (a dateline a dash closes)
    away = sorted(came_from + went_to + [(sent.start, dateline_end(text, p, sent)) for p in filed
                                         if dateline_end(text, p, sent) > p.end])
    backing, side_hits, bordering = parties(rules, art.sides, art.lang, toks, text, away, neighbours)
    doers_first = opens_with_doers(art.retold, toks, text)  # "The attackers surrounded the mosque, ..."
    verbs = {m.first_token for m in found}
    repel = rules.roles.repel
    if not repel.isdisjoint(low):
        verbs |= {i for i, w in enumerate(low) if w in repel}
    first = low[0] if len(toks) > 1 else ""  # "In Rafah, ...", "The Novoshakhtinsk refinery ...": the
    # opening a place framing the whole sentence would start at (the framing word or determiner passed)
    opening = toks[1].start if first in rules.framing or first in rules.determiners else toks[0].start
    return Frame(
        sent=sent, toks=toks, found=found, dated=dated, said=said, mods=mods, rel=rel, lead=lead, figs=figs,
        here=here, inside=inside, cues=cues, opened=opened, stamps=stamps,
        opening=opening,
        groups=groups, backing=backing, side_hits=side_hits, bordering=bordering, verbs=verbs,
        firsts=frozenset(m.first_token for m in found), doers_first=doers_first,
        about_told=doers_first or any(retold_people(art.retold, toks, text, m) for m in hits),
        neighbours=neighbours,
        freed=frozenset(m.start for m in freed), held_at=held.place if held is not None else None)
