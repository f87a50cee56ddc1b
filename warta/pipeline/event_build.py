"""One chosen trigger's events (:func:`add_events`): who acted on whom (the side named before
the trigger acts, the one after it is acted upon; a source's own forces act), where (the literal place
nearest the trigger, and each place listed with it), and when (the clause's date, else a clock time's
day, the told event's day, or the paragraph's last date); a toll of an event already told is none."""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import Final

from warta.model import Event, Period, PlaceMention, Sentence, Span, TimeMention
from warta.pipeline.event_actors import subject_before
from warta.pipeline.event_article import Article, Found, with_places
from warta.pipeline.event_background import since_places, told_before
from warta.pipeline.event_choice import ASSAULTS, TOLL_TYPES, answered, relative_site, taken_subject
from warta.pipeline.event_dates import (
    LEAD_SENTENCES,
    TOLD,
    VIOLENT,
    clock_day,
    gapped_site,
    joined_period,
    undated,
)
from warta.pipeline.event_group import Clause
from warta.pipeline.event_mentions import partnered, report_date, tallied
from warta.pipeline.event_merge import fold_retold, told_date, told_place
from warta.pipeline.event_parties import acting, figure_sides, passive_near, placed_sides
from warta.pipeline.event_place_lists import addressed, coordinated
from warta.pipeline.event_places import (
    aimed_site,
    complementizers,
    fallback_place,
    nearest_place,
    side_country,
    speakers_place,
    venue,
)
from warta.pipeline.event_relative import shifted
from warta.pipeline.event_retold import doers_act, retold_victims
from warta.pipeline.event_rules import borrowed
from warta.pipeline.event_sentence import Frame
from warta.pipeline.event_sides import event_sides
from warta.pipeline.event_speakers import conjunct_subject, own_forces, speakers
from warta.pipeline.lexicon import Match
from warta.pipeline.segment import continues_list, token_index, tokens as tokenize

# a scene the next sentence goes on at (not a country or region)
LOCAL: Final = ("settlement", "admin2", "admin1")


def _sides(art: Article, fr: Frame, etype: str, m: Match[str],
           passive: bool) -> tuple[str | None, str | None, list[Match[str]]]:
    """Actor and target of the event of ``m``, and the side words that can be its parties (not the
    source: ", the army said")."""
    rules, toks = art.rules, fr.toks
    spoken = speakers(toks, m, fr.cues, fr.side_hits, fr.found)
    party_hits = [h for h in fr.side_hits if h not in spoken]
    actor, target = event_sides(art.text, toks, m, party_hits, rules.roles, passive, art.adjectives)
    subject = None if passive else conjunct_subject(toks, m, fr.verbs, party_hits, rules.joiners)
    if subject is not None and subject != actor:  # "... and destroyed two tanks"
        actor, target = subject, None if target == subject else target
    if spoken and own_forces(toks, m, rules.roles.own_forces, party_hits):
        actor, target = (actor, target or spoken[0].value) if passive else \
            (actor or spoken[0].value, target)
    actor, target = figure_sides(etype, fr.figs, actor, target)
    if etype == "negotiation" and (len({h.value for h in fr.side_hits}) > 1
                                   or partnered(rules, toks, m)):  # "talks with the Fano militia"
        actor = target = None  # talks between two sides: neither acts on the other
    return actor, target, party_hits


def _site(art: Article, fr: Frame, cl: Clause, etype: str, m: Match[str], actor: str | None,
          party_hits: list[Match[str]]) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """The place of the event of ``m`` in its sentence (or None), and the places it may be among: not
    the actor's own country named as the actor ("drones launched by Russia"), a backer, nor where its
    source spoke."""
    rules, toks, text = art.rules, fr.toks, art.text
    by_them = acting(m, actor, party_hits, rules, text)
    if etype == "negotiation":  # "Israel dan Hizbullah menyepakati gencatan senjata": the parties, no venue
        by_them |= {h.start for h in fr.side_hits if h.end <= m.start}
    where_from = [p for p in fr.inside if (p.precision != "country" or p.start not in by_them)
                  and token_index(toks, p.start) - 1 not in fr.backing  # "dipasok AS": a backer
                  and not speakers_place(p, m, fr.cues, fr.opening, text, rules.framing, fr.found,
                                         complementizers(art.lang))]
    where_from = since_places(m, toks, fr.mods, rules, where_from)
    near = relative_site(m, where_from, toks, rules) \
        or (aimed_site(where_from, m, toks, rules.aims, text) if etype in ASSAULTS else None) \
        or nearest_place(where_from, m, etype in rules.roles.territorial, fr.opening, text)
    near = near and addressed(near, where_from, text, art.levels)
    near = near or taken_subject(m, where_from, toks, rules)
    near = venue(etype, fr.mods, where_from) or near  # talks "met in Samarkand", not "ke Yei"
    # "seized Goma in January and Bukavu in February": the gapped clause's own place
    near = gapped_site(cl.stamp, fr.stamps, toks, rules.joiners, rules.repeats[1], where_from) or near
    return near, where_from


def _date(art: Article, fr: Frame, cl: Clause, etype: str, m: Match[str], near: PlaceMention | None,
          done: Found) -> tuple[Period | None, bool, bool]:
    """When the event of ``m`` happened, whether that is only a guess, and whether its sentence dates it."""
    stamp, sent, events = cl.stamp, fr.sent, done.events
    when = joined_period(stamp, fr.stamps, fr.toks, art.rules.joiners | art.rules.ranges) \
        if stamp is not None else None
    # "suspended talks on Monday after the group launched an offensive": a violent "after" clause
    # dated only before it happened earlier; a later telling with a day of its own dates it
    # (not a report's day: "said Monday that four people died after strikes")
    guessed = stamp is not None and not cl.reported and etype in VIOLENT and borrowed(stamp, m, fr.mods)
    if when is not None and stamp is not None and m in cl.began:
        when = Period(when.start, when.start)  # the day the span began
    if when is not None and stamp is not None and cl.reported:
        # "the governor said Thursday": the event may be the night before
        when = Period(when.start - timedelta(days=1), when.end)
    if fr.rel is not None and when is None:
        when = shifted(told_date(events, done.weak, sent.index, kinds=TOLD), fr.rel.days)
    if fr.lead is not None and when is None:
        when = shifted(told_date(events, done.weak, sent.index, dated_only=True), fr.lead.days)
    when = when or clock_day(art.clocks.between(fr.opened, sent.end), art.published)
    own_date = when is not None
    said_now = etype == "threat"  # a threat is news the day it is made, not the day of the deed it answers
    if when is None and fr.about_told and not said_now:  # "the assailants set fire to"
        when = told_date(events, done.weak, sent.index, dated_only=True)
    if when is None and not said_now and near is not None and events \
            and events[-1].sentence == sent.index - 1 and id(events[-1]) not in done.weak \
            and events[-1].place is not None and events[-1].place.name == near.name \
            and near.precision != "country":
        when = events[-1].date  # "took control of Mirebalais by nightfall": the day told there
    if when is None:
        # a threat told with no date is the news: "It vowed to track down the killers."
        named = (near is not None and near.precision != "country") or etype == "threat"
        when, guessed = undated(etype, fr.figs, sent, art.sentences, art.time_index, art.text, art.published,
                                named, partial(continues_list, art.text, art.lang), partial(_said, art),
                                told_date(events, done.weak, sent.index, dated_only=True),
                                told_date(events, done.weak, sent.index))
    return when, guessed, own_date


def _said(art: Article, sent: Sentence, stamp: TimeMention) -> bool:
    """Whether ``stamp`` in ``sent`` dates a report ("the ministry said on Saturday"), not an event."""
    return report_date(art.rules, tokenize(art.text, sent.start, sent.end), art.text, stamp.start, stamp.end)


def _told_toll(art: Article, fr: Frame, cl: Clause, etype: str, m: Match[str], near: PlaceMention | None,
               passive: bool, done: Found) -> bool:
    """Whether the event of ``m`` is a toll of an event already told ("The dead were three men and a
    woman"; also one a source's report opens, or that names the told event's place: "Wali kota
    Mirebalais mengatakan sedikitnya 10 orang tewas"; "killed in the fighting in X": any told at X),
    also when only its report is dated ("Five were killed, the ministry said Tuesday"); not a loss beside
    its own assault ("opened fire and burned houses"), nor homes its doers burned ("The attackers burned
    homes"; "Two trucks were destroyed": a toll), nor one dated from the told event ("Sehari setelah
    penembakan itu, sekolah dibakar")."""
    rules, toks, sent, events, stamp = art.rules, fr.toks, fr.sent, done.events, cl.stamp
    return etype in TOLL_TYPES and m is cl.chosen[0][1] and (etype != "destruction" or passive) \
        and (stamp is None or (cl.reported and passive)
             or tallied(rules, toks, art.text, stamp.start, stamp.end)) \
        and fr.lead is None and fr.rel is None \
        and (near is None or any((e.sentence == events[-1].sentence or cl.again)
                                 and e.place is not None and e.place.name == near.name
                                 for e in events)) and (
            sent.index >= LEAD_SENTENCES or bool(cl.again) or any(  # ... or this one's assault
                e.sentence == sent.index and e.type in ASSAULTS for e in events) or told_before(
                events, sent, art.sentences, art.text, art.headline, toks[0].text.lower() in rules.pronouns
                or any(c.end <= m.start for c in fr.cues)))


def _wheres(art: Article, fr: Frame, etype: str, m: Match[str], near: PlaceMention | None,
            where_from: list[PlaceMention],
            actor: str | None, target: str | None, party_hits: list[Match[str]], own_date: bool,
            done: Found) -> list[PlaceMention | None]:
    """Where the event happened: ``near`` and the places listed with it for violence (talks between
    "Israel and Lebanon" are one); with no place of its sentence, where the told event was (for its
    doers' sentence), where the event the sentence before told was (a town, district or province: an
    undated sentence goes on at its scene), the story's main place, its own country beside a neighbour
    ("close to the border with Mali"), the country struck (or where a threat was made), or the story's
    country for a truce."""
    rules = art.rules
    if near:
        listed = coordinated(near, where_from, art.text, rules.joiners, art.admin_units, art.levels,
                             rules.stretch, art.locatives, rules.framing,
                             [(f.start, f.end) for f in fr.found], rules.aloft, rules.apposers) \
            if etype in VIOLENT else []
        return [near, *listed]
    told_at = told_place(done.events, fr.sent.index) if fr.about_told and not own_date else None
    if m.start in fr.freed:
        told_at = fr.held_at  # "twelve of the children were freed": where they were taken
    if told_at is None and not own_date:  # "One suspect died in the gunfight." after the raid's sentence
        told_at = next((e.place for e in reversed(done.events) if e.sentence == fr.sent.index - 1
                        and e.place is not None and e.place.precision in LOCAL), None)
    with_places(art)  # the story's main places and country
    wheres: list[PlaceMention | None] = [told_at or fallback_place(
        etype, actor, target, art.main, art.mains, art.named_sides)]
    if wheres == [None] and any(p.start in fr.neighbours for p in fr.here):
        wheres = [art.home]
    if wheres == [None] and etype in VIOLENT | {"threat"}:
        sides_first = (actor, target) if etype == "threat" else (target, actor)
        wheres = [side_country(party_hits, sides_first)
                  or side_country(fr.bordering, tuple(h.value for h in fr.bordering))]
    if wheres == [None] and etype == "negotiation":
        wheres = [art.home]
    return wheres


def add_events(art: Article, fr: Frame, cl: Clause, etype: str, m: Match[str], done: Found) -> None:
    """Add the events of trigger ``m`` of type ``etype`` to ``done``, with their marks."""
    rules, toks, text, sent = art.rules, fr.toks, art.text, fr.sent
    passive = passive_near(m, fr.found, toks, rules)
    actor, target, party_hits = _sides(art, fr, etype, m, passive)
    near, where_from = _site(art, fr, cl, etype, m, actor, party_hits)
    when, guessed, own_date = _date(art, fr, cl, etype, m, near, done)
    if _told_toll(art, fr, cl, etype, m, near, passive, done):
        return
    wheres = _wheres(art, fr, etype, m, near, where_from, actor, target, party_hits, own_date, done)
    # "Gunmen kidnapped ...": an armed group of no named side is of the country it acts in
    unnamed = actor is None and etype in TOLD and doers_act(art.retold, toks, m, passive, text)
    for where in wheres:
        if when is None or where is None:
            continue
        who, aim = placed_sides(etype, m, actor, target, where, unnamed, rules, text, art.sides)
        if unnamed and who is not None:
            done.home.add(who)
        ev = Event(type=etype, actor=who, target=aim, place=where, date=when,
                   evidence=[Span(sent.start, sent.end, text[sent.start:sent.end])],
                   trigger=Span(m.start, m.end, m.text), sentence=sent.index)
        victims = retold_victims(art.retold, toks, text, m, passive)
        if (victims or (fr.doers_first and etype in ASSAULTS | {"killing", "other"})) and \
                fold_retold(done.events, ev, own_date, near is not None, victims):
            continue  # "kedua prajurit itu diserang", "The attackers opened fire": the event told
        if guessed:
            done.weak.add(id(ev))
        if cl.reported and own_date and cl.stamp is not None:
            done.said_on.add(id(ev))
        if own_date and cl.stamp is not None and not cl.reported and when.end > when.start:
            done.windowed.add(id(ev))  # "overnight": a window of its own
        if near is None:
            done.unplaced.add(id(ev))
            if where.country and any(where is w for w in (art.main, art.mains(where.country))):
                done.stand_in.add(id(ev))  # no scene of its own nor of the sentence before
        if len(wheres) > 1:
            done.listed_at.add(id(ev))
        if any(h.text.lower() in rules.counters for h in cl.group) or m.start in fr.freed \
                or (etype in ASSAULTS | {"killing"} and any(e.type in VIOLENT for e in done.events)
                    and answered(rules, toks, m, fr.mods)):
            done.answers.add(id(ev))  # an answer, or a release: never merged with what it answers
        if m.text.lower() in rules.abductions:
            done.taken.add(id(ev))  # a kidnapping: never one with another assault of its days
        if target is None and aim == actor and subject_before(toks, m, party_hits, actor):
            done.placed.add(id(ev))  # "Ukrainian forces launched a counter-attack near Vovchansk"
        (done.quoted if fr.said else done.events).append(ev)
