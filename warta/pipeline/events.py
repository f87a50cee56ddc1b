"""Events: dated conflict events with type, sides, place and evidence.

A sentence with a trigger word (``events.toml``, see :mod:`event_rules`)
yields an event of its strongest trigger's type (the language's ``priority``
order); a trigger in quoted speech, after a negation or a hypothesis ("denied
attacking", "will attack"), or marked as ongoing background counts for
nothing, and one after "amid" only when nothing else does. An attack made
with bombs, missiles or drones is a strike; property destruction and
releases are events of their own besides the sentence's main one, and when
each side releases people, each release is one. When a sentence names
several dates, each trigger goes with the date nearest to it, so two clauses
can give two events; so can two clauses of one date when the second attacks or
strikes a place in another region.

The date (:mod:`event_dates`) is the date expression nearest the trigger,
with the dates listed with it; with none, a clock time's day, the day of the
event whose people the sentence names again (:mod:`event_retold`), or the told
event's day less the span of "came a day after" (:mod:`event_relative`). The
place (:mod:`event_places`) is the literal place nearest the trigger, and
each place listed with it gives an event of its own. The side named before
the trigger acts; the side after it is acted upon (:mod:`event_sides`). The
article's events are then merged (:mod:`event_merge`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from warta.lang import Lang
from warta.model import Event, Figure, Period, PlaceMention, Sentence, Span, TimeMention
from warta.pipeline.attribution import article_sides
from warta.pipeline.event_actors import imply_actors, subject_before
from warta.pipeline.event_background import (
    after_a_span,
    began_then,
    cause_of_deaths,
    dated_apart,
    past_pointers,
    placed_since,
    since_places,
    told_before,
    when_clause,
    without_references,
    without_totals,
    yearly,
)
from warta.pipeline.event_choice import (
    ASSAULTS,
    TOLL_TYPES,
    backing as backed_span,
    chosen as choose,
    elsewhere,
    relative_site,
    seized,
    taken_subject,
    takes,
    talked_of,
)
from warta.pipeline.event_dated import kept_dated, with_dated
from warta.pipeline.event_dates import (
    LEAD_SENTENCES,
    MONTHED,
    TOLD,
    VIOLENT,
    by_date,
    clock_day,
    clocks_of,
    cumulative,
    eventful,
    gapped_site,
    joined_period,
    own_month,
    tied,
    undated,
)
from warta.pipeline.event_mentions import (
    ANAPHORA_REACH,
    anaphoric,
    destination_spans,
    follow_up,
    nothing_between,
    opens_told,
    partnered,
    rementioned,
    report_date,
    tallied,
)
from warta.pipeline.event_merge import (
    fold_retold,
    merge_events,
    refine_places,
    refine_told,
    told_date,
    told_place,
)
from warta.pipeline.event_parties import (
    acting,
    by_actor,
    figure_sides,
    parties,
    passive_near,
    placed_sides,
)
from warta.pipeline.event_place_lists import addressed, coordinated
from warta.pipeline.event_places import (
    complementizers,
    country_mains,
    dateline_end,
    distance_units,
    embedded,
    fallback_place,
    head_levels,
    home_country,
    in_figure,
    is_dateline,
    main_place,
    measured_from,
    names_forces,
    nearest_place,
    opening_of,
    side_country,
    speakers_place,
    unit_words,
    venue,
    without_datelines,
)
from warta.pipeline.event_refine import refine_from_next
from warta.pipeline.event_relative import opening_shift, relative_to_told, shifted
from warta.pipeline.event_retold import (
    doers_act,
    keepers,
    opens_with_doers,
    origins,
    retold_people,
    retold_victims,
    retold_words,
)
from warta.pipeline.event_rules import (
    NO_EVENT,
    agreed,
    attempted,
    borrowed,
    conditioned,
    find_triggers,
    lasted,
    modality,
    rules as _rules,
    stoppages,
)
from warta.pipeline.event_sides import event_sides
from warta.pipeline.event_speakers import conjunct_subject, own_forces, speakers
from warta.pipeline.event_text import headline as headline_of, inside as in_spans, speech_spans
from warta.pipeline.lexicon import Match
from warta.pipeline.place_lexicon import lexicon as place_lexicon
from warta.pipeline.segment import continues_list, token_index, tokens as tokenize
from warta.pipeline.sides import beside, enemies, side_lexicon
from warta.pipeline.spans import SpanIndex

SITE_TOKENS = 6  # tokens from a territorial trigger to the site it takes: "captured part of a rebel base"


def find_events(text: str, lang: Lang, sentences: list[Sentence], times: list[TimeMention],
                places: list[PlaceMention], figures: list[Figure],
                published: date | None, in_article: Collection[str] | None = None) -> list[Event]:
    """Events of the article, merged within it; ``in_article`` is the sides the article
    names (:func:`article_sides`), when the caller has them already. Only ``times`` with a
    date date events; a duration right before a trigger may make it a work stoppage."""
    rules = _rules(lang)
    durations = SpanIndex([t for t in times if t.kind == "duration"])  # "a four-day strike"
    clocks = SpanIndex(clocks_of(times))  # "pukul 09.15 WIT": its day dates an undated sentence
    retold = retold_words(lang)
    times = [t for t in times if t.start_date is not None]  # sets and "now" date nothing
    units = frozenset(w.lower() for w in lang.data("times").get("unit_words", {}))  # "days", "pekan"
    sides = side_lexicon(lang)
    adjectives = frozenset(place_lexicon(lang).demonyms)  # "Israeli (strikes)": who struck
    admin_units = unit_words(lang)  # "distrik", "district": a place so headed is a unit, not a list item
    units_of_distance = distance_units(lang)  # "km": a place measured off is no event's place
    levels = head_levels(lang)  # "desa": a village, "kota": a town: "Desa X, Kota Y" is an address
    locatives = rules.framing | rules.determiners | admin_units  # "and in (Daraa province)": still a list
    events: list[Event] = []
    quoted: list[Event] = []  # events told only in quoted speech
    weak: set[int] = set()  # ids of events dated only by the breaking-news window
    said_on: set[int] = set()  # ... or by their report's day ("officials said Wednesday"): the body may
    windowed: set[int] = set()  # ids of events dated by a window of their own ("overnight")
    unplaced: set[int] = set()  # ids of events whose sentence names no place
    listed_at: set[int] = set()  # ids of events at one of several places their sentence lists
    answers: set[int] = set()  # ids of events told as a side's answer ("in a counter-offensive"): not merged
    placed: set[int] = set()  # ids of events whose actor is their subject and whose target only where
    speech = speech_spans(text, sentences)
    place_index, time_index, figure_index = SpanIndex(places), SpanIndex(times), SpanIndex(figures)
    neighbours = {p.start for p in places if beside(text, p.start, lang)}  # "the border with Mali"
    unfiled = without_datelines(text, places, sentences)  # a dateline is no event's place
    home = home_country(text, places, unfiled)  # ... but its country is the story's
    filed_elsewhere = [p for p in unfiled if p.start not in neighbours and not embedded(text, p)]
    main = main_place(filed_elsewhere, sentences)
    mains = country_mains(filed_elsewhere, [p for p in places if p.start not in neighbours], sentences)
    named_sides = set(article_sides(text, lang, sentences) if in_article is None else in_article)
    headline = headline_of(text, sentences)
    for sent in sentences:
        toks = tokenize(text, sent.start, sent.end)
        found = find_triggers(rules, toks, text)
        found = stoppages(rules, found, [(t.start, t.end) for t in durations.between(sent.start, sent.end)],
                          text)
        live, dated = with_dated(rules, [m for m in found if m.value != NO_EVENT], found, toks, text)
        # quoted speech only refines the place of an event told outside it; a threat is speech
        # itself, so one made in a quote is the event ('"They will pay the price," he said')
        hits = [m for m in live if not in_spans(m.start, speech) or m.value == "threat"]
        said = not hits
        hits = hits or live
        if not hits:
            continue
        mods = rules.modality.find(toks, text)
        # "began shelling" is background, "began shelling Israel on Oct. 8, 2023" the day it started
        # (not a day an "after" clause gives: "mulai menembakkan roket sehari setelah ... pada 7 Oktober")
        if any(t.precision == "day" and not any(x.value in ("after", "since") and x.end <= t.start
                                                for x in mods)
               for t in time_index.between(sent.start, sent.end)):
            mods = [x for x in mods if x.value != "onset"]
        # "will withdraw its force unless ...": a threat; "will attack" alone no event
        hits = [Match(m.start, m.end, m.text, "threat", m.first_token, m.last_token)
                if conditioned(rules, m, toks, text, mods)
                else m for m in hits if modality(m, toks, mods, rules.reach, rules.roles.joiners) != "cancel"
                or conditioned(rules, m, toks, text, mods)]
        hits = [m for m in hits if not lasted(m, hits, toks, mods)]  # "have besieged it for months"
        hits = [agreed(m, toks, mods, rules.reach) for m in hits]  # "agreed to withdraw troops": talks
        talked = talked_of(rules, hits, toks)  # "talks on a new offensive": their subject, no event
        found, hits = [f for f in found if f in talked or f not in hits], talked
        # "The attack came a day after gunmen killed ...": an event a day before the told one
        rel = relative_to_told(lang, toks, text, hits, mods, durations.between(sent.start, sent.end))
        hits = [m for m in hits if rel is None or m.first_token > rel.after]
        # "Two days later, soldiers clashed ...": the told event's date moved by the span
        lead = opening_shift(lang, toks, text, durations.between(sent.start, sent.end))
        hits = [m for m in hits if lead is None or m.first_token > lead.after]
        figs = figure_index.between(sent.start, sent.end)
        hits = without_totals(hits, figs, rules, toks, text)  # "have been killed since the war began"
        # "seized a passenger train": a hijacking; "seized weapons": no event
        hits = [x for x in (seized(rules, m, toks, text) for m in hits) if x.value != NO_EVENT]
        # "troops backed by US air strikes killed ...": the backing names no event, its side no party
        backings = {m.start: backed_span(rules, m, hits, toks, text) for m in hits}
        hits = [m for m in hits if backings[m.start] is None] or hits
        here = place_index.between(sent.start, sent.end)
        filed = [p for p in here if is_dateline(text, p, sent)]
        kept, taken = keepers(retold, toks, text, rules.joiners, rules.determiners)  # "held by Hamas"
        came_from = sorted(origins(retold, toks, text, rules.joiners) + kept  # "peacekeepers from Malawi"
                           + [s for s in backings.values() if s is not None])
        went_to = destination_spans(rules, toks, text)  # "fled toward the city of Hinche"
        inside = [p for p in here if p not in filed and not in_figure(p, figure_index)
                  and not any(f.start <= p.start < f.end for f in found)  # "Baku tembak": a trigger
                  and not names_forces(text, p, rules.forces_before, rules.forces_after)
                  and not in_spans(p.start, came_from) and p.start not in neighbours
                  and not in_spans(p.start, went_to) and not embedded(text, p)]
        # "Residents of Kayes, about 500 km from Bamako": the place measured off is a point of reference
        inside = [p for p in inside if not measured_from(text, p, units_of_distance)] or inside
        # "seized weapons" is no capture: territorial triggers need a place after them, or a
        # site a place holds ("briefly captured a military base", "merebut markas")
        # ... with no other event word before it: "entered the talks in Doha" takes the talks, not Doha
        sites = [t.first_token for t in rules.sites.find(toks, text)]
        cues = rules.report_cues.find(toks, text)  # ... nor a report's source: "seized one, said U.S. aides"
        # ... "soldiers captured by Russia" tells how people were taken: no capture
        hits = [m for m in hits if not in_spans(m.start, taken) and (
                m.value not in rules.roles.territorial
                or any(takes(rules, m, p, text) and nothing_between(m, p.start, found + cues)
                       for p in inside)
                or any(0 < t - m.last_token <= SITE_TOKENS and nothing_between(m, toks[t].start, found)
                       for t in sites)
                or taken_subject(m, inside, toks, rules) is not None  # "Kherson was retaken by ..."
                or relative_site(m, inside, toks, rules) is not None)]  # "Maungdaw, which was taken"
        if not hits:
            continue
        hits = [attempted(m, toks, mods, rules.reach) for m in hits]  # "tried to seize Bangui": an attack
        # clock times have no date; nothing reported happened after publication ("2050 GMT")
        # ... and a dateline's date ("KYIV, March 16 (Reuters) -") is when the story was filed
        opened = max((dateline_end(text, p, sent) for p in filed), default=sent.start)
        stamps = [t for t in time_index.between(opened, sent.end) if t.start_date is not None
                  and (published is None or t.start_date <= published)]
        opening = opening_of(toks, rules.framing | rules.determiners)
        groups = by_date(hits, stamps, toks, rules.joiners, [m for m in mods if m.value == "since"],
                         rules.repeats, [m for m in mods if m.value == "after"], rules.ranges,
                         rules.relatives)
        away = sorted(came_from + went_to)  # "peacekeepers from Malawi", "fled toward the Malian border"
        backing, side_hits, bordering = parties(rules, sides, lang, toks, text, away, neighbours)
        verbs = {m.first_token for m in found} | {
            i for i, t in enumerate(toks) if t.text.lower() in rules.roles.repel}
        firsts = frozenset(m.first_token for m in found)
        doers_first = opens_with_doers(retold, toks, text)  # "The attackers surrounded the mosque, ..."
        about_told = doers_first or any(retold_people(retold, toks, text, m) for m in hits)
        for stamp, group in groups:
            group = kept_dated(group, dated, stamp, published, toks, mods, rules, here, figs, found)
            if not group:
                continue
            began = began_then(stamp, group, toks, rules)  # "since early December, when they seized X"
            if stamp is not None and not eventful(stamp):
                counted = [m for m in group if figs and cumulative(stamp, m, toks)] + began
                # ... not a report's month ("pada bulan lalu mengatakan")
                said_then = report_date(rules, toks, text, stamp.start, stamp.end)
                whens = when_clause(stamp, group, toks, rules)  # "in April 2015, when gunmen killed 148"
                # ... and a violent trigger before the date is that clause's event told ahead ("saw the
                # deadliest fighting in October 2011, when 19 soldiers died in a gunbattle at Al-Barka")
                group = [m for m in group if m in whens or m.value in MONTHED and not (
                    whens and (m.value in VIOLENT or m.start in dated)
                    and m.first_token < whens[0].first_token) and tied(
                    stamp, m, toks, found=None if said_then else found,
                    relatives=rules.relatives | rules.apposers, held=rules.held)]  # ", a coalition,"
                if not own_month(stamp) or not group:  # ... a named year only for a town's one assault
                    # ... or counted over a window: "Since November, they have captured nine towns"
                    group = yearly(stamp, group, toks, here, figs, rules.campaigns, dated) or counted
                if not group:
                    continue  # background: "since 2022", "last year", "fighting in March"
            reported = stamp is not None and report_date(rules, toks, text, stamp.start, stamp.end, found)
            group = without_references(group, stamp, reported, toks, mods, rules, here, dated)
            if not group:
                continue  # "since the invasion": a point of reference, not an event
            spanned = {d.end for d in durations.between(sent.start, sent.end)  # "seven hours": a span told,
                       if d.value and any(c.isdigit() for c in d.value)}  # not "days" (PXD)
            # ... unless the clause after "after" dates and places its own event ("beberapa pekan setelah geng
            # itu menguasai kota Saut-d'Eau pada pertengahan Maret")
            spans = [m for m in group if after_a_span(m, toks, text, mods, rules, units, spanned) and not (
                stamp is not None and tied(stamp, m, toks)
                and placed_since(m, toks, mods, rules, here, stamp))]
            if spans:  # "declared a truce after 12 days of battles": background, not the news
                group = [m for m in group if m not in spans or cause_of_deaths(m, group, toks)]
                if not group:
                    continue
            # "destroyed in the fighting": the fight already told (the sentence's other triggers still count)
            # ... or one at the place told before ("dalam pertempuran di kota itu"), told or background
            again = rementioned(rules, toks, group, any(e.type in ASSAULTS for e in events)) \
                if stamp is None else []
            whole, group = group, [m for m in group if m not in again] or group
            # ... not "retaliation for an attack in Pahalgam on April 22": an earlier day of its own (apart)
            apart = partial(dated_apart, stamp, reported, toks=toks, mods=mods, rules=rules, places=here,
                            events=events)
            whole, group = past_pointers(rules, toks, text, whole, group, firsts, bool(events), apart)
            # "vowed to avenge the attack", "akan membalas serangan tersebut": a threat is new even when
            # the event it answers is told again in it, unless it comes after "after" or "since"
            threats = [m for m in group if m.value == "threat"
                       and modality(m, toks, mods, rules.reach) not in ("after", "since")]
            told = (again and group == again) or anaphoric(  # "korban akibat serangan tersebut"
                rules, toks, text, threats or whole, not threats,
                firsts, 0 if threats else ANAPHORA_REACH) or (
                events and not apart(group) and follow_up(rules, toks, threats or group)) or (
                stamp is None and opens_told(rules, toks, whole, events[-1].type if events else None))
            if told and rel is None:
                # "tewas akibat serangan tersebut": the event already told; "Serangan itu terjadi
                # di desa X" still says where it happened
                told_in = [p for p in inside if not p.actor_use  # not "told reporters in Cucuta"
                           and not any(group[0].end <= c.start and c.end <= p.start for c in cues)]
                span = Span(sent.start, sent.end, text[sent.start:sent.end])
                refine_told(events, told_in, group[0], span)
                # ... "claimed responsibility for the attacks on Kayes, Nioro du Sahel and Sandare": each
                # place listed with the told event's is an event of its own
                first = min((p for p in told_in if p.start >= group[0].end), key=lambda p: p.start,
                            default=None)
                if first is not None and events and events[-1].place is not None \
                        and events[-1].place.name == first.name and events[-1].type in VIOLENT:
                    events += [replace(events[-1], place=p, evidence=[span], sentence=sent.index)
                               for p in coordinated(first, told_in, text, rules.joiners, admin_units, levels,
                                                    rules.stretch, locatives)]
                group = [m for m in group if m.value == "statement"]  # "condemned the air strike on Monday"
                if not group:
                    continue
            # beside other dates only violence counts, unless the clause's own day or month dates it ("freed
            # 183 prisoners on Saturday, ... since the truce took effect on Jan. 19")
            several = len(groups) > 1 and not (stamp is not None and not reported and (
                eventful(stamp) or any(tied(stamp, m, toks) for m in group)))
            chosen = choose(rules, group, several, toks, text, mods)
            chosen += elsewhere(rules, chosen, group, inside, toks, text)
            for etype, m in by_actor(chosen, group, found, toks, text, side_hits, rules):
                passive = passive_near(m, found, toks, rules)
                spoken = speakers(toks, m, cues, side_hits, found)  # ", the army said": its source
                party_hits = [h for h in side_hits if h not in spoken]
                actor, target = event_sides(text, toks, m, party_hits, rules.roles, passive, adjectives)
                subject = None if passive else conjunct_subject(toks, m, verbs, party_hits, rules.joiners)
                if subject is not None and subject != actor:  # "... and destroyed two tanks"
                    actor, target = subject, None if target == subject else target
                if spoken and own_forces(toks, m, rules.roles.own_forces, party_hits):
                    actor, target = (actor, target or spoken[0].value) if passive else \
                        (actor or spoken[0].value, target)
                actor, target = figure_sides(etype, figs, actor, target)
                if etype == "negotiation" and (len({h.value for h in side_hits}) > 1
                                               or partnered(rules, toks, m)):  # "talks with the Fano militia"
                    actor = target = None  # talks between two sides: neither acts on the other
                # the actor's own country named as the actor is not where it acted
                # ... and so is one named as the agent after it ("drones launched by Russia")
                by_them = acting(m, actor, party_hits, rules, text)
                where_from = [p for p in inside if (p.precision != "country" or p.start not in by_them)
                              and token_index(toks, p.start) - 1 not in backing  # "dipasok AS": a backer
                              and not speakers_place(p, m, cues, opening, text, rules.framing, found,
                                                     complementizers(lang))]
                where_from = since_places(m, toks, mods, rules, where_from)
                near = relative_site(m, where_from, toks, rules) \
                    or nearest_place(where_from, m, etype in rules.roles.territorial, opening, text)
                near = near and addressed(near, where_from, text, levels)
                near = near or taken_subject(m, where_from, toks, rules)
                near = venue(etype, mods, where_from) or near  # talks "met in Samarkand", not "ke Yei"
                # "seized Goma in January and Bukavu in February": the gapped clause's own place
                near = gapped_site(stamp, stamps, toks, rules.joiners, rules.repeats[1], where_from) or near
                when, guessed = (joined_period(stamp, stamps, toks, rules.joiners | rules.ranges)
                                 if stamp is not None else None), False
                # "suspended talks on Monday after the group launched an offensive": a violent "after" clause
                # dated only before it happened earlier; a later telling with a day of its own dates it
                # (not a report's day: "said Monday that four people died after strikes")
                guessed = stamp is not None and not reported and etype in VIOLENT and borrowed(stamp, m, mods)
                if when is not None and stamp is not None and m in began:
                    when = Period(when.start, when.start)  # the day the span began
                if when is not None and stamp is not None and reported:
                    # "the governor said Thursday": the event may be the night before
                    when = Period(when.start - timedelta(days=1), when.end)
                if rel is not None and when is None:
                    when = shifted(told_date(events, weak, sent.index, kinds=TOLD), rel.days)
                if lead is not None and when is None:
                    when = shifted(told_date(events, weak, sent.index, dated_only=True), lead.days)
                when = when or clock_day(clocks.between(opened, sent.end), published)
                own_date = when is not None
                if when is None and about_told:  # "the assailants set fire to"
                    when = told_date(events, weak, sent.index, dated_only=True)
                if when is None and near is not None and events and events[-1].sentence == sent.index - 1 \
                        and id(events[-1]) not in weak and events[-1].place is not None \
                        and events[-1].place.name == near.name and near.precision != "country":
                    when = events[-1].date  # "took control of Mirebalais by nightfall": the day told there
                if when is None:
                    # a threat told with no date is the news: "It vowed to track down the killers."
                    named = (near is not None and near.precision != "country") or etype == "threat"
                    when, guessed = undated(etype, figs, sent, sentences, time_index, text, published, named,
                                            partial(continues_list, text, lang))
                # ... also when only its report is dated: "Five were killed, the ministry said Tuesday"
                # ... not a loss beside its own assault ("opened fire and burned houses") nor
                # homes its doers burned ("The attackers burned homes"; "Two trucks were destroyed": a toll)
                # ... nor one dated from the told event ("Sehari setelah penembakan itu, sekolah dibakar")
                if etype in TOLL_TYPES and m is chosen[0][1] and (etype != "destruction" or passive) \
                        and (stamp is None or (reported and passive)
                             or tallied(rules, toks, text, stamp.start, stamp.end)) \
                        and lead is None and rel is None \
                        and (near is None or any((e.sentence == events[-1].sentence or again)
                                                 and e.place is not None and e.place.name == near.name
                                                 for e in events)) and (
                        sent.index >= LEAD_SENTENCES or bool(again) or any(  # ... or this one's assault
                            e.sentence == sent.index and e.type in ASSAULTS for e in events) or told_before(
                            events, sent, sentences, text, headline, toks[0].text.lower() in rules.pronouns
                            or any(c.end <= m.start for c in cues))):
                    # "The dead were three men and a woman": a toll of an event already told (also one a
                    # source's report opens, or that names the told event's place: "Wali kota Mirebalais
                    # mengatakan sedikitnya 10 orang tewas"; "killed in the fighting in X": any told at X)
                    continue
                # places listed with the nearest give violent events of their own; talks between
                # "Israel and Lebanon" are one
                listed = coordinated(near, where_from, text, rules.joiners, admin_units, levels,
                                     rules.stretch, locatives, rules.framing,
                                     [(f.start, f.end) for f in found], rules.aloft) \
                    if near and etype in VIOLENT else []
                # the doers' sentence with no place of its own is where the told event was
                told_at = told_place(events, sent.index) if about_told and not own_date else None
                wheres = [near] + listed if near else [told_at or fallback_place(
                    etype, actor, target, main, mains, named_sides)]
                if wheres == [None] and any(p.start in neighbours for p in here):
                    wheres = [home]  # "close to the border with Mali" in a story filed from Niger
                if wheres == [None] and etype in VIOLENT | {"threat"}:
                    # no place to put it in: where it struck, or where a threat was made
                    sides_first = (actor, target) if etype == "threat" else (target, actor)
                    wheres = [side_country(party_hits, sides_first)
                              or side_country(bordering, tuple(h.value for h in bordering))]
                if wheres == [None] and etype == "negotiation":
                    wheres = [home]  # a truce that names no venue: the story's country
                # "Gunmen kidnapped ...": an armed group of no named side is of the country it acts in
                unnamed = actor is None and etype in TOLD and doers_act(retold, toks, m, passive, text)
                for where in wheres:
                    if when is None or where is None:
                        continue
                    who, aim = placed_sides(etype, m, actor, target, where, unnamed, rules, text, sides)
                    ev = Event(type=etype, actor=who, target=aim, place=where, date=when,
                               evidence=[Span(sent.start, sent.end, text[sent.start:sent.end])],
                               trigger=Span(m.start, m.end, m.text), sentence=sent.index)
                    victims = retold_victims(retold, toks, text, m, passive)
                    if (victims or (doers_first and etype in ASSAULTS | {"killing", "other"})) and \
                            fold_retold(events, ev, own_date, near is not None, victims):
                        continue  # "kedua prajurit itu diserang", "The attackers opened fire": the event told
                    if guessed:
                        weak.add(id(ev))
                    if reported and own_date and stamp is not None:
                        said_on.add(id(ev))
                    if own_date and stamp is not None and not reported and when.end > when.start:
                        windowed.add(id(ev))  # "overnight": a window of its own
                    if near is None:
                        unplaced.add(id(ev))
                    if len(wheres) > 1:
                        listed_at.add(id(ev))
                    if any(h.text.lower() in rules.counters for h in group):
                        answers.add(id(ev))
                    if target is None and aim == actor and subject_before(toks, m, party_hits, actor):
                        placed.add(id(ev))  # "Ukrainian forces launched a counter-attack near Vovchansk"
                    (quoted if said else events).append(ev)
    out = refine_places(merge_events(events, headline, weak | said_on, rules.heard, frozenset(unplaced),
                                     frozenset(windowed), frozenset(listed_at), frozenset(answers)), quoted)
    imply_actors(out, article_sides(text, lang, sentences) if in_article is None else in_article,
                 enemies(lang), placed)
    filed_at = frozenset(p.start for p in places) - {p.start for p in unfiled}  # datelines: no scene
    refine_from_next(out, places, sentences, text, filed_at, place_lexicon(lang).person_verbs,
                     complementizers(lang))
    return out
