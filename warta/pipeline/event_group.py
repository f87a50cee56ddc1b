"""The events one date's triggers in a sentence give (:func:`clause`): triggers the date does not
date are background ("since 2022", "last year", "fighting in March"), points of reference ("since the
invasion") or spans told ("after 12 days of battles"); an event told before ("the attack", "tewas akibat
serangan tersebut") only refines the told one's place; the rest choose the types
(:func:`event_choice.chosen`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from warta.model import Span, TimeMention
from warta.pipeline.event_article import Article, Found
from warta.pipeline.event_background import (
    after_a_span,
    began_then,
    cause_of_deaths,
    dated_apart,
    past_pointers,
    placed_since,
    when_clause,
    without_references,
    yearly,
)
from warta.pipeline.event_choice import ASSAULTS, chosen as choose, elsewhere
from warta.pipeline.event_dated import kept_dated
from warta.pipeline.event_dates import MONTHED, VIOLENT, cumulative, eventful, own_month, tied
from warta.pipeline.event_mentions import (
    ANAPHORA_REACH,
    anaphoric,
    follow_up,
    opens_told,
    rementioned,
    report_date,
)
from warta.pipeline.event_merge import refine_told
from warta.pipeline.event_place_lists import coordinated
from warta.pipeline.event_rules import modality
from warta.pipeline.event_sentence import Frame
from warta.pipeline.lexicon import Match


@dataclass
class Clause:
    stamp: TimeMention | None  # the date
    group: list[Match[str]]  # its triggers that tell events
    chosen: list[tuple[str, Match[str]]]  # the events they give: type and trigger
    began: list[Match[str]]  # triggers of a span that began then ("since early December, when ...")
    reported: bool  # the date is the report's ("officials said Wednesday")
    again: list[Match[str]]  # triggers of an event told before ("destroyed in the fighting")

    # written out, not generated: the compiled build then builds one natively (a dataclass's
    # generated __init__ runs as interpreted Python there)
    def __init__(self, stamp: TimeMention | None, group: list[Match[str]],
                 chosen: list[tuple[str, Match[str]]], began: list[Match[str]], reported: bool,
                 again: list[Match[str]]) -> None:
        self.stamp, self.group, self.chosen, self.began = stamp, group, chosen, began
        self.reported, self.again = reported, again


def _undated_background(art: Article, fr: Frame, stamp: TimeMention, group: list[Match[str]],
                        began: list[Match[str]]) -> list[Match[str]]:
    """The triggers of ``group`` a date of no day dates: those tied to it in their clause (a named year
    only a town's one assault), or counted over it ("Since November, they have captured nine towns")."""
    rules, toks = art.rules, fr.toks
    counted = [m for m in group if cumulative(stamp, m, toks, bool(fr.figs), rules.perfect, fr.found)] + began
    # ... not a report's month ("pada bulan lalu mengatakan")
    said_then = report_date(rules, toks, art.text, stamp.start, stamp.end)
    whens = when_clause(stamp, group, toks, rules)  # "in April 2015, when gunmen killed 148"
    # ... and a violent trigger before the date is that clause's event told ahead ("saw the
    # deadliest fighting in October 2011, when 19 soldiers died in a gunbattle at Al-Barka")
    group = [m for m in group if m in whens or m.value in MONTHED and not (
        whens and (m.value in VIOLENT or m.start in fr.dated)
        and m.first_token < whens[0].first_token) and tied(
        stamp, m, toks, found=None if said_then else fr.found,
        relatives=rules.relatives | rules.apposers, held=rules.held,  # ", a coalition,"
        participles=rules.participles)]
    if not own_month(stamp) or not group:
        return yearly(stamp, group, toks, fr.here, fr.figs, rules.campaigns, fr.dated) or counted
    return group


def _without_spans(art: Article, fr: Frame, stamp: TimeMention | None,
                   group: list[Match[str]]) -> list[Match[str]]:
    """``group`` less triggers after a span told ("declared a truce after 12 days of battles": background,
    not the news; "seven hours", not "days"), unless the clause after "after" dates and places its own
    event ("beberapa pekan setelah geng itu menguasai kota Saut-d'Eau pada pertengahan Maret") or the
    trigger is the cause of deaths."""
    rules, toks, sent = art.rules, fr.toks, fr.sent
    spanned = {d.end for d in art.durations.between(sent.start, sent.end)
               if d.value and any(c.isdigit() for c in d.value)}
    spans = [m for m in group if after_a_span(m, toks, art.text, fr.mods, rules, art.units, spanned) and not (
        stamp is not None and tied(stamp, m, toks)
        and placed_since(m, toks, fr.mods, rules, fr.here, stamp))]
    if spans:
        return [m for m in group if m not in spans or cause_of_deaths(m, group, toks)]
    return group


def _refine_told(art: Article, fr: Frame, trigger: Match[str], done: Found) -> None:
    """Refine the told event by the sentence's place ("Serangan itu terjadi di desa X" still says where
    it happened; not "told reporters in Cucuta"); each place listed with the told event's is an event of its
    own ("claimed responsibility for the attacks on Kayes, Nioro du Sahel and Sandare")."""
    rules, text, sent, events = art.rules, art.text, fr.sent, done.events
    told_in = [p for p in fr.inside if not p.actor_use
               and not any(trigger.end <= c.start and c.end <= p.start for c in fr.cues)]
    span = Span(sent.start, sent.end, text[sent.start:sent.end])
    refine_told(events, told_in, trigger, span)
    first = min((p for p in told_in if p.start >= trigger.end), key=lambda p: p.start, default=None)
    if first is not None and events and events[-1].place is not None \
            and events[-1].place.name == first.name and events[-1].type in VIOLENT:
        events += [replace(events[-1], place=p, evidence=[span], sentence=sent.index)
                   for p in coordinated(first, told_in, text, rules.joiners, art.admin_units, art.levels,
                                        rules.stretch, art.locatives)]


def clause(art: Article, fr: Frame, stamp: TimeMention | None, group: list[Match[str]],
           done: Found) -> Clause | None:
    """The events of ``group``, the triggers of ``fr`` that ``stamp`` dates; None when it gives none."""
    rules, toks, text, mods, events = art.rules, fr.toks, art.text, fr.mods, done.events
    group = kept_dated(group, fr.dated, stamp, art.published, toks, mods, rules, fr.here, fr.figs, fr.found)
    if not group:
        return None
    began = began_then(stamp, group, toks, rules)  # "since early December, when they seized X"
    if stamp is not None and not eventful(stamp):
        group = _undated_background(art, fr, stamp, group, began)
        if not group:
            return None
    reported = stamp is not None and report_date(rules, toks, text, stamp.start, stamp.end, fr.found)
    group = without_references(group, stamp, reported, toks, mods, rules, fr.here, fr.dated)
    if not group:
        return None
    group = _without_spans(art, fr, stamp, group)
    if not group:
        return None
    # "destroyed in the fighting": the fight already told (the sentence's other triggers still count)
    # ... or one at the place told before ("dalam pertempuran di kota itu"), told or background
    again = rementioned(rules, toks, group, any(e.type in ASSAULTS for e in events)) if stamp is None else []
    whole, group = group, [m for m in group if m not in again] or group
    # ... not "retaliation for an attack in Pahalgam on April 22": an earlier day of its own (apart)
    apart = partial(dated_apart, stamp, reported, toks=toks, mods=mods, rules=rules, places=fr.here,
                    events=events)
    whole, group = past_pointers(rules, toks, text, whole, group, fr.firsts, bool(events), apart)
    # "vowed to avenge the attack", "akan membalas serangan tersebut": a threat is new even when
    # the event it answers is told again in it, unless it comes after "after" or "since"
    threats = [m for m in group if m.value == "threat"
               and modality(m, toks, mods, rules.reach) not in ("after", "since")]
    told = (again and group == again) or anaphoric(  # "korban akibat serangan tersebut"
        rules, toks, text, threats or whole, not threats,
        fr.firsts, 0 if threats else ANAPHORA_REACH) or (
        events and not apart(group) and follow_up(rules, toks, threats or group, text)) or (
        stamp is None and opens_told(rules, toks, whole, events[-1].type if events else None))
    if told and fr.rel is None:
        _refine_told(art, fr, group[0], done)
        group = [m for m in group if m.value == "statement"]  # "condemned the air strike on Monday"
        if not group:
            return None
    # beside other dates only violence counts, unless the clause's own day or month dates it ("freed
    # 183 prisoners on Saturday, ... since the truce took effect on Jan. 19")
    several = len(fr.groups) > 1 and not (stamp is not None and not reported and (
        eventful(stamp) or any(tied(stamp, m, toks) for m in group)))
    chosen = choose(rules, group, several, toks, text, mods, fr.side_hits, fr.doers_first and bool(events))
    chosen += elsewhere(rules, chosen, group, fr.inside, toks, text)
    return Clause(stamp=stamp, group=group, chosen=chosen, began=began, reported=reported, again=again)
