"""What in a sentence is background or an event already told: an event "after" a span of time
("after two days of fighting", "days after air strikes killed ..."), the assault that caused deaths
told just before it ("dead after strikes"), and a toll right after the told event ("At least 40 people
were killed")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from warta.model import Event, Figure, PlaceMention, Sentence, TimeMention
from warta.pipeline.event_choice import ASSAULTS, TOLL_TYPES
from warta.pipeline.event_dates import VIOLENT, eventful, named_month, own_month, tied, written_span
from warta.pipeline.event_mentions import anaphoric, definite as is_definite, follow_up, remention
from warta.pipeline.event_parties import VICTIM_OUTCOMES
from warta.pipeline.event_rules import CLAUSE_BREAKS, Rules, modality, same_clause
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

CALM: Final = {"other", "negotiation", "statement"}  # types no told assault's toll or damage can be
CAUSE_TOKENS: Final = 3  # tokens from a death verb to the assault that caused it: "dead after strikes"


def told_before(events: list[Event], sent: Sentence, sentences: list[Sentence], text: str,
                headline: int | None = None, goes_on: bool = False) -> bool:
    """Whether an earlier sentence of the same paragraph, or of the one before when this sentence
    does not open its own, told the last violent event (not the headline): a toll after it with no
    place or date of its own ("At least 40 people were killed", "A guard was shot dead as he closed the
    gate") is its. ``goes_on``: the sentence opens its paragraph with a pronoun ("He said dozens of
    soldiers were killed", "Ia mengatakan puluhan tentara tewas"), which goes on with the one before."""
    # ... the last violent one, not talks its sentence also told ("clashed on Friday despite a truce")
    last = next((e for e in reversed(events) if e.type in VIOLENT), None)
    if last is None or sent.index == 0 or not 0 <= last.sentence < sent.index or last.sentence == headline:
        return False
    prev = sentences[last.sentence]
    # ... in the next paragraph only past its opening ("The attackers came on motorbikes. A guard was
    # shot dead ..."): a toll that opens a paragraph of its own is news of its own
    gaps = text.count("\n", prev.end, sent.start)
    return (gaps == 0 or (
        gaps == 1 and (goes_on or "\n" not in text[sentences[sent.index - 1].end:sent.start])))


def after_a_span(m: Match[str], toks: list[Token], text: str, mods: list[Match[str]], rules: Rules,
                 units: frozenset[str], counted: set[int]) -> bool:
    """Whether ``m`` follows "after" and a span of time ("after two days of fierce fighting",
    "setelah dua pekan pertempuran"), or "after" follows a unit of time that counts nothing (no
    duration ends there, ``counted``; ``[modality] vague_spans``: "days after air strikes killed ...",
    "beberapa hari setelah")."""
    if modality(m, toks, mods, rules.reach) != "after":
        return False
    word = max((x for x in mods if x.value == "after" and x.last_token < m.first_token),
               key=lambda x: x.start, default=None)
    if word is None:
        return False
    # "days after Pakistani air strikes killed ...": an earlier event the sentence's date does not date
    return any(t.text.lower() in units for t in toks[word.last_token + 1:m.first_token]) or any(
        v.last_token == word.first_token - 1 and v.end not in counted
        for v in rules.vague_spans.find(toks, text, max(0, word.first_token - 2), word.first_token))


def cause_of_deaths(m: Match[str], group: list[Match[str]], toks: list[Token]) -> bool:
    """An assault right after the deaths it caused ("four people were pronounced dead after
    strikes", "tewas setelah serangan udara") is the event told, not a point of reference."""
    return m.value in ASSAULTS and any(
        k.value in TOLL_TYPES and k.last_token < m.first_token <= k.last_token + CAUSE_TOKENS
        and same_clause(k, m, toks) for k in group)



def since_clause(m: Match[str], toks: list[Token], mods: list[Match[str]],
                 rules: Rules) -> tuple[int, int] | None:
    """The span of the "since" or "after" clause trigger ``m`` stands in, from the word to the clause's
    end ("since the RSF overran the town of Bara in October,", "setelah merebut kota Vuhledar di
    Donetsk pada Oktober tahun lalu"), or None."""
    kind = modality(m, toks, mods, rules.reach)
    if kind not in ("since", "after"):
        return None
    opener = max((x for x in mods if x.value == kind and x.last_token < m.first_token),
                 key=lambda x: x.start, default=None)
    if opener is None:
        return None
    return opener.start, next((t.start for t in toks if t.start >= m.end and t.text in CLAUSE_BREAKS),
                              toks[-1].end)


def since_places(m: Match[str], toks: list[Token], mods: list[Match[str]], rules: Rules,
                 places: list[PlaceMention]) -> list[PlaceMention]:
    """Where an event told in a "since" clause with a date of its own may be: the places of that
    clause ("since the RSF overran the town of Bara in October"), else those of the clause before it
    that it dates from ("sejak serangan Hamas pada 7 Oktober"), never one after its clause.
    ``places`` for other triggers."""
    scope = since_clause(m, toks, mods, rules)
    if scope is None:
        return places
    return [p for p in places if scope[0] <= p.start < scope[1]] or [p for p in places if p.end <= scope[0]]


def placed_since(m: Match[str], toks: list[Token], mods: list[Match[str]], rules: Rules,
                 places: list[PlaceMention], stamp: TimeMention | None = None) -> bool:
    """A trigger in a "since" clause that names a place of its own after it ("since the RSF overran
    the town of Bara in October"): with a month of its own it is an event, not a point of reference."""
    scope = since_clause(m, toks, mods, rules)
    return scope is not None and any(scope[0] <= p.start < scope[1] and p.start >= m.end for p in places) \
        and (stamp is None or scope[0] <= stamp.start < scope[1])  # ... and the date, when given, is there


def past_pointers(rules: Rules, toks: list[Token], text: str, whole: list[Match[str]],
                  group: list[Match[str]], firsts: frozenset[int], told: bool,
                  apart: Callable[[list[Match[str]]], bool]) -> tuple[list[Match[str]], list[Match[str]]]:
    """The sentence's triggers (``whole``) and its date group less those that point back to the event the
    article has told (``told``) when the rest tell news of their own. "released three hostages on Saturday,
    the fifth such exchange": a demonstrative on a later trigger of the same type points back to the one
    the sentence has just told, which stays the news (not deaths before it: "tewas akibat serangan
    tersebut" tells the told attack's toll); "responded to the attack by arresting ...": the told attack,
    and the arrest is news; not "retaliation for an attack in Pahalgam on April 22", an earlier day of its
    own (``apart``)."""
    pointing = [m for m in whole if anaphoric(rules, toks, text, [m], False, firsts)
                or (told and follow_up(rules, toks, [m]) and not apart([m]))]
    rest = [m for m in whole if m not in pointing]
    # "arrested three journalists who had reported on the fighting": the fighting already told
    definite = [m for m in rest if m.value in ASSAULTS and is_definite(m, toks, rules)]
    if told and definite and (all(m.value in CALM for m in rest if m not in definite)
                              or apart([m for m in rest if m not in definite])):
        pointing += definite
        rest = [m for m in whole if m not in pointing]
    # ... or the rest are told in a clause of their own date and place ("Serangan ini terjadi ...
    # setelah geng itu menguasai kota Saut-d'Eau pada pertengahan Maret")
    if pointing and rest and ((pointing[0] is not whole[0] and rest[0].value == pointing[0].value)
                              or all(m.value in CALM for m in rest) or apart(rest)):
        return rest, [m for m in group if m not in pointing] or rest
    return whole, group


# characters from an assault's word to the town it names: "siege of the city of Marawi"
YEAR_PLACE_CHARS: Final = 40


def yearly(stamp: TimeMention, group: list[Match[str]], toks: list[Token], places: list[PlaceMention],
           figs: list[Figure], campaigns: frozenset[str] = frozenset(),
           dated: frozenset[int] = frozenset()) -> list[Match[str]]:
    """Triggers a named year dates ("the siege of Marawi in 2017", "pengepungan Kota Marawi pada 2017"):
    an assault that names its town right after it, a capture that names any place so ("seized half of the
    province in 2009"), talks (an unqualified year: "a peace accord signed in 2005", not "late 2005"), a
    campaign launched (``campaigns``: "launched an offensive against the militants in 2019") or a word that
    names an event only with its date (``dated``, starts), in a sentence counting nothing over a span ("In
    2023 alone, attacks killed 500"): background of that year, no mere reference."""
    year = stamp.precision == "year" and stamp.kind == "point" and stamp.start_date is not None \
        and str(stamp.start_date.year) in stamp.text
    if not (year or written_span(stamp)) or any(f.running_total for f in figs):
        return []
    # ... over a span written from one year to another ("fighting ... in 1989-2003"), any assault tied to it
    spanned = written_span(stamp)
    return [m for m in group if m.text.lower() in campaigns or m.start in dated
            or (m.value == "negotiation" and stamp.mod is None)
            or spanned and m.value in ASSAULTS and tied(stamp, m, toks, found=group)
            or m.value in ASSAULTS | {"capture"} and any(
        (p.precision in TOWNS or m.value == "capture") and 0 <= p.start - m.end <= YEAR_PLACE_CHARS
        and not any(t.text in CLAUSE_BREAKS for t in toks if m.end <= t.start and t.end <= p.start)
        for p in places)]


TOWNS: Final = {"settlement", "point"}


def dated_apart(stamp: TimeMention | None, reported: bool, rest: list[Match[str]], toks: list[Token],
                mods: list[Match[str]], rules: Rules, places: list[PlaceMention],
                events: list[Event]) -> bool:
    """Whether ``rest``, the triggers past those that point back to the told event, are an event of their
    own: the date is tied to the first, and it names its place in a "since" clause ("since the RSF overran
    the town of Bara in October"), or the date is a day of its own before the told one ("said the strikes
    answered an attack on tourists in Pahalgam on April 22", "membalas penembakan ... pada 22 April")."""
    if stamp is None or not rest:
        return False
    if tied(stamp, rest[0], toks) and placed_since(rest[0], toks, mods, rules, places, stamp):
        return True
    told = next((e.date for e in reversed(events) if e.type in VIOLENT), None)
    return not reported and eventful(stamp) and told is not None and stamp.end_date is not None \
        and stamp.end_date < told.start \
        and any(m.value in VIOLENT and tied(stamp, m, toks, found=rest) for m in rest)


def without_references(group: list[Match[str]], stamp: TimeMention | None, reported: bool, toks: list[Token],
                       mods: list[Match[str]], rules: Rules, places: list[PlaceMention],
                       dated: frozenset[int] = frozenset()) -> list[Match[str]]:
    """The date group less its triggers that are only points of reference: after "since" ("since the
    invasion"), or after "after" when the group's date is no day of its own ("following their capture of
    X, an aid group said Saturday"; an undated "after" may still be the news); ``reported``: the date is
    a report's. A month of its own dates the event after "after" ("three years after the group seized
    Mosul in June 2014"), and a month or a few days of its own one that names its place ("since Putin
    invaded Ukraine in late February"); the assault that caused deaths right before is the event. A seizure
    of power with a month of its own is one wherever it is ("ruled by a junta since officers seized power in
    a coup in August 2020", "sejak kudeta pada Juli 2023"): a landmark of the country's, no mere reference.
    So is a word that names an event only with its date (``dated``, the starts of those its date dates:
    "sejak pemberontakan ... pada tahun 1976")."""
    if stamp is not None and stamp.precision == "day" and not reported:
        return group
    drop = {"since", "after"} if stamp is not None else {"since"}
    return [m for m in group if modality(m, toks, mods, rules.reach) not in drop
            or cause_of_deaths(m, group, toks) or m.start in dated or (
                stamp is not None and not reported and tied(stamp, m, toks) and (
                    (named_month(stamp) and modality(m, toks, mods, rules.reach) == "after")
                    or ((own_month(stamp) or eventful(stamp))
                        and placed_since(m, toks, mods, rules, places))))
            or _landmark(m, stamp, reported, toks, rules, group)]


def _landmark(m: Match[str], stamp: TimeMention | None, reported: bool, toks: list[Token], rules: Rules,
              group: list[Match[str]]) -> bool:
    """A seizure of power with a month or a few days of its own, however long the words between in its
    clause ("since the army seized power from the elected government of the prime minister in February
    2021"), with no other trigger between."""
    return stamp is not None and not reported and m.text.lower() in rules.landmarks \
        and (own_month(stamp) or eventful(stamp)) and tied(stamp, m, toks, found=group)


def without_totals(hits: list[Match[str]], figs: list[Figure], rules: Rules, toks: list[Token],
                   text: str) -> list[Match[str]]:
    """The triggers less deaths and losses that are running totals ("have been killed since the war
    began", "tewas sejak awal pertempuran") or people named as the dead already told ("three of the
    sailors killed were Indians")."""
    tolled = [f for f in figs if f.outcome in VICTIM_OUTCOMES]
    if tolled and all(f.running_total for f in tolled):
        hits = [m for m in hits if m.value not in TOLL_TYPES]
    hits = [m for m in hits if m.value not in TOLL_TYPES or not remention(rules, toks, m)]
    tolls = rules.tolls.find(toks, text)
    return [m for m in hits if m.value not in TOLL_TYPES or not any(same_clause(m, t, toks) for t in tolls)]


# tokens from the opener to the trigger: "when 20 troops were killed in an assault"
SINCE_WHEN_TOKENS: Final = 10
# ... after a date of its own: "when forces of commander Haftar launched an offensive"
WHEN_TOKENS: Final = 10


def began_then(stamp: TimeMention | None, group: list[Match[str]], toks: list[Token],
               rules: Rules) -> list[Match[str]]:
    """Triggers of a clause a "since" date opens with ", when" ("fighting near the dam since early
    December, when they seized the town of Manbij"): the event that began the span, on its first day."""
    if stamp is None or stamp.kind != "since":
        return []
    return when_clause(stamp, group, toks, rules, SINCE_WHEN_TOKENS)


def when_clause(stamp: TimeMention | None, group: list[Match[str]], toks: list[Token],
                rules: Rules, reach: int = WHEN_TOKENS) -> list[Match[str]]:
    """Triggers of a clause a date opens with ", when" ("last fought in February 2011, when artillery
    duels killed 20", "pada Januari 2004, ketika militan menyerbu"): the event of that date; an aside set off
    by commas counts for nothing ("when the rebels, backed by a militia, overran the town")."""
    if stamp is None or not rules.since_when:
        return []
    after = [i for i, t in enumerate(toks) if t.start >= stamp.end]
    if len(after) < 2 or toks[after[0]].text != "," or toks[after[1]].text.lower() not in rules.since_when:
        return []
    opener = after[1]
    out = []
    for m in group:
        if m.first_token <= opener:
            continue
        kept = _past_asides(toks[opener:m.first_token])
        if len(kept) <= reach and not any(t.text in CLAUSE_BREAKS for t in kept):
            out.append(m)
    return out


def _past_asides(toks: list[Token]) -> list[Token]:
    """``toks`` less the asides set off by a pair of commas ("when rebel columns, helped by Islamist units,
    overran"): the clause's own words."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        close = next((j for j in range(i + 1, len(toks)) if toks[j].text == ","), None) \
            if toks[i].text == "," else None
        if close is None:
            out.append(toks[i])
            i += 1
        else:
            i = close + 1
    return out
