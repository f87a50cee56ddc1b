"""Where an event happened: the literal place nearest its trigger, finer places first.

Datelines ("MOSCOW, Jan 5 -") and places inside a figure ("tentara Ukraina")
say where a story was filed or whose people are counted, not where the event
happened; a place opening the sentence frames all of it; without a place in
the sentence, the article's main place stands in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from operator import attrgetter
from typing import Final

from warta.geo.gazetteer import default_gazetteer
from warta.lang import Lang
from warta.model import PLACE_RANK, Figure, PlaceMention, Sentence
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.place_lexicon import lexicon as place_lexicon
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

OBJECT_GAP: Final = 2  # characters between a trigger and the place it acts on: "attacked Israel"
CLAUSE_CHARS: Final = ",;:.()–—"
TERRITORY_REACH: Final = 80  # characters from a capture/advance trigger to the place taken
PLACE_REACH: Final = 100  # characters from the trigger (places before it count double)
DATELINE_PREFIX: Final = 40  # characters of a source's name before a dateline's place
DATELINE_RE: Final = re.compile(r"[^\n.]{0,40}?\s[-–—]{1,2}\s")
# "Liputan6.com, Jayapura -"
OUTLET_RE: Final = re.compile(r"[\w-]+(?:\.[a-z]{2,4}){1,2}\s*,\s*\Z", re.IGNORECASE)
WORD_BEFORE_RE: Final = re.compile(r"(\w+)\s+\Z")
# WORD_BEFORE_RE read from the end of the reversed window
_WORD_BEFORE_REVERSED: Final = re.compile(r"\s+(\w+)")
WORD_AFTER_RE: Final = re.compile(r"(?:['’]s)?\s+(\w+)")
# words between a distance and the place it is measured off: "km south of the capital"
MEASURE_TOKENS: Final = 6
LOCATIVE_CHARS: Final = 20  # characters before a name searched for a locative word
FORCE_WORD_CHARS: Final = 30  # characters before a place searched for a force noun
LEAD_DATELINE_SENTENCES: Final = 2  # a headline and the first sentence: where a story's dateline stands


@cache
def head_levels(lang: Lang) -> dict[str, str]:
    """The language's place head words, folded, with the level each names ("desa": "new",
    "kota": "settlement", "provinsi": "admin1")."""
    lex = place_lexicon(lang)
    return {w: level for heads in (lex.heads_before, lex.heads_after) for w, level in heads.items()}


# a capitalised word, not the sentence's first; after the place, a capitalised word or an acronym
NAME_WORD_BEFORE_RE: Final = re.compile(r"[^\s.!?:;,]\s([A-Z][\w'’-]*) \Z")
_NAME_WORD_BEFORE_REVERSED: Final = re.compile(r" [\w'’-]*[A-Z]\s[^\s.!?:;,]")  # ... in the reversed window
NAME_WORD_AFTER_RE: Final = re.compile(r" (?:[A-Z][\w'’-]*|\([A-Z]{2,}\))")


def word_before(text: str, lo: int, hi: int) -> str | None:
    """The word that only white space parts from ``hi``, all of it after ``lo`` (what
    WORD_BEFORE_RE finds in ``text[lo:hi]``), or None."""
    m = _WORD_BEFORE_REVERSED.match(text[lo:hi][::-1])  # one match at the end, no search
    return None if m is None else m.group(1)[::-1]


def embedded(text: str, place: PlaceMention) -> bool:
    """A place inside a longer proper name, capitalised words on both sides of it ("Islamic State
    West Africa Province (ISWAP)", "the U.S. State Department"): the name of a group or a body,
    not where an event happened. The first word of a sentence ("In Gaza City") is no name word."""
    return NAME_WORD_AFTER_RE.match(text, place.end) is not None \
        and _NAME_WORD_BEFORE_REVERSED.match(text[max(0, place.start - 40):place.start][::-1]) is not None


def in_figure(place: PlaceMention, figures: SpanIndex[Figure]) -> bool:
    """A side word inside a figure ("tentara Ukraina") is not where the event happened."""
    fig = figures.last_before(place.start + 1)
    return fig is not None and place.start < fig.end


def names_forces(text: str, place: PlaceMention, before: frozenset[str], after: frozenset[str]) -> bool:
    """A place named for its side's forces ("pasukan Kiev", "pasukan Ukraina", "Moscow's
    troops", "Kyiv forces") is that side, not where the event happened; a country before
    a force noun too ("U.S. troops"), whether it acts ("Russia's forces attacked Ukraine") or not."""
    nxt = WORD_AFTER_RE.match(text, place.end)
    if nxt is not None and nxt.group(1).lower() in after:
        return True
    prev = word_before(text, max(0, place.start - FORCE_WORD_CHARS), place.start)
    return prev is not None and prev.lower() in before


def is_dateline(text: str, place: PlaceMention, sent: Sentence) -> bool:
    """"MOSCOW, Jan 5 -", "Tel Aviv, VIVA -", "ANTARA, JAYAPURA -", "Liputan6.com, Jayapura -",
    "Yangon: ...": where the story was filed, not where it happened."""
    if place.start - sent.start > DATELINE_PREFIX:
        return False  # told before the place's words are copied: a place far into a long sentence
    prefix = text[sent.start:place.start]
    if any(c.islower() for c in prefix) and not OUTLET_RE.match(prefix):
        return False
    if not prefix and text.startswith(":", place.end) and (sent.index > 0 or text[sent.end - 1] in ".!?"):
        return True  # a colon dateline opening a body sentence (a headline's "Gaza: ..." is its topic)
    return (place.text.isupper() and len(place.text) > 2 and not prefix) or \
        DATELINE_RE.match(text, place.end, sent.end) is not None


def dateline_end(text: str, place: PlaceMention, sent: Sentence) -> int:
    """Where the dateline a place opens ends: past its date and dash ("KYIV, March 16 (Reuters) - ")."""
    m = DATELINE_RE.match(text, place.end, sent.end)
    return m.end() if m is not None else place.end


def without_datelines(text: str, places: list[PlaceMention], sentences: list[Sentence]) -> list[PlaceMention]:
    """``places`` less the lead's datelines ("KYIV, ...", "Kyiv - Rusia ..."): where the story
    was filed. A dateline further down opens a section of a live report where its events
    happened ("BEITUNIA, West Bank — ...")."""
    starts = [s.start for s in sentences]
    out = []
    for p in places:
        k = bisect_right(starts, p.start) - 1
        if not (0 <= k < LEAD_DATELINE_SENTENCES and is_dateline(text, p, sentences[k])):
            out.append(p)
    return out


# "<side>-<word> [up to two lower-case words] <place>": "Russian-occupied Melitopol", "the
# Ukrainian-held town of Kupiansk"; the words themselves are the language's ``holders``
HOLDER_RE: Final = re.compile(r"(\w+)-(\w+)\s+(?:[^\W\d_A-Z]+\s+){0,2}\Z")
HOLDER_CHARS: Final = 60  # characters before a place searched for "<side>-occupied"


def holder(text: str, place: PlaceMention, words: frozenset[str], sides: PhraseLexicon[str]) -> str | None:
    """The side that holds ``place`` by a compound right before it ("Russian-occupied
    Melitopol", "the Ukrainian-held town of Kupiansk"; ``words``: "occupied", "held"),
    or None."""
    if not words:
        return None
    m = HOLDER_RE.search(text, max(0, place.start - HOLDER_CHARS), place.start)
    if m is None or m.group(2).lower() not in words:
        return None
    return sides.lookup(m.group(1))


# words of an attack noun before the country that owns it ("serangan udara Israel")
ATTACK_NOUN_WORDS: Final = 3
ATTACK_NOUN_CHARS: Final = 72  # characters searched back for them


def attack_possessor(text: str, place: PlaceMention, attacks: frozenset[str]) -> bool:
    """Whether ``place``, a country, is the possessor right after an attack noun ("serangan
    India", "tembakan artileri Pakistan"), in a language whose nouns take their possessor
    after them; a town or region there is where it happened ("Serangan Gaza Utara")."""
    if not attacks or place.precision != "country":  # "Serangan Gaza Utara": an attack in North Gaza
        return False
    before = text[max(0, place.start - ATTACK_NOUN_CHARS):place.start].lower().split()
    return any(" ".join(before[-n:]) in attacks for n in range(1, ATTACK_NOUN_WORDS + 1) if len(before) >= n)


def literal_places(places: list[PlaceMention]) -> list[PlaceMention]:
    """The places named as places (not as a side's name), on the map."""
    return [p for p in places if not p.actor_use and p.lat is not None]


def fallback_place(etype: str, actor: str | None, target: str | None, main: PlaceMention | None,
                   mains: Callable[[str], PlaceMention | None], named_sides: set[str]) -> PlaceMention | None:
    """Where an event whose sentence names no place near its trigger happened: the
    story's main place (``main``, no dateline), unless that lies in no party's country (a
    UN office in Geneva: the target's main place), or the event is a strike and it lies
    in the striker's country ("drones launched by Russia" at Ukraine, "Israel struck
    Iran's nuclear sites" in a story naming Tel Aviv most: the target's main place, else
    the target country itself). ``mains(country)`` gives a country's main place."""
    if main is None or not target:
        return main
    if main.country not in named_sides:
        return mains(target) or main
    if etype == "strike" and main.country == actor and target != actor:
        return mains(target) or main
    return main


def home_country(text: str, places: list[PlaceMention], undated: list[PlaceMention]) -> PlaceMention | None:
    """The country of the lead's dateline (``places`` less ``undated``, those of no dateline), at
    country precision with the dateline's span: the story's own country, where an event happened
    that its sentence places only beside a neighbour ("close to the border with Mali")."""
    kept = {id(p) for p in undated}
    filed = next((p for p in places if id(p) not in kept and p.country), None)
    country = default_gazetteer().by_code(filed.country) if filed is not None and filed.country else None
    if filed is None or country is None:
        return None
    return PlaceMention(filed.start, filed.end, text[filed.start:filed.end], country.name, country.lat,
                        country.lon, country.country or filed.country, "country", geonameid=country.gid)


def side_country(hits: list[Match[str]], sides: tuple[str | None, ...]) -> PlaceMention | None:
    """Where an event happened when the article names no place at all: the country of the
    first of ``sides`` (target, then actor) that a side word names ("Israeli strikes killed
    12 Palestinians"), at country precision, its span the side word's."""
    for side in sides:
        hit = next((h for h in hits if side and h.value == side), None)
        country = default_gazetteer().by_code(side) if hit is not None and side else None
        if hit is not None and country is not None:
            return PlaceMention(hit.start, hit.end, hit.text, country.name, country.lat, country.lon,
                                country.country or side, "country", geonameid=country.gid, demonym=True)
    return None


def country_mains(filed_elsewhere: list[PlaceMention], places: list[PlaceMention],
                  sentences: list[Sentence]) -> Callable[[str], PlaceMention | None]:
    """A country's main place in the story (no dateline), else its own mention as a
    country; worked out once per country, so that asking at every event stays linear."""
    memo: dict[str, PlaceMention | None] = {}

    def of(country: str) -> PlaceMention | None:
        if country not in memo:
            memo[country] = main_place([p for p in filed_elsewhere if p.country == country], sentences) \
                or next((p for p in places if p.country == country and p.precision == "country"
                         and p.lat is not None), None)
        return memo[country]
    return of


def main_place(places: list[PlaceMention], sentences: list[Sentence]) -> PlaceMention | None:
    """The finer-than-country place the article names most, else its most named country;
    a sea, lake or continent (a region of no country) is no story's main place."""
    heads = {s.start for s in sentences}
    literal = [p for p in literal_places(places) if not (p.start in heads and p.text.isupper())]
    for pool in ([p for p in literal if p.precision != "country" and p.country], literal):
        if pool:
            counts = Counter(p.name for p in pool)
            best = max(counts.values())
            return next(p for p in pool if counts[p.name] == best)
    return None


def _distance(p: PlaceMention, trig: Match[str], opening: int) -> int:
    """How far ``p`` stands from the trigger, one before it counting double; a place opening the
    sentence (at ``opening``) no further than half the reach."""
    d = p.start - trig.end if p.start >= trig.end else (trig.start - p.end) * 2
    return min(d, PLACE_REACH // 2) if p.start == opening else d


def nearest_place(inside: list[PlaceMention], trig: Match[str], ahead: bool,
                   opening: int, text: str) -> PlaceMention | None:
    """The place nearest the trigger, finer ones first; ``ahead``: after it if one is.

    A place opening the sentence ("In Rafah, ...", at offset ``opening``)
    frames all of it, however far the trigger. The object of the trigger
    ("militan menyerang Israel pada 7 Oktober, ... ke Gaza") is the place even
    when it is a country, unless a finer place follows it in its clause
    ("struck Ukraine's port of Izmail").
    """
    literal = literal_places(inside)
    obj = next((p for p in literal if 0 <= p.start - trig.end <= OBJECT_GAP
                and not text[trig.end:p.start].strip()), None)
    if obj is not None and not any(
            0 < p.start - obj.end <= TERRITORY_REACH and PLACE_RANK.get(p.precision, 9) < PLACE_RANK.get(
                obj.precision, 9) and not any(c in CLAUSE_CHARS for c in text[obj.end:p.start])
            for p in literal):
        return obj
    pool = [p for p in literal if p.precision != "country"] or literal
    if ahead:
        pool = [p for p in pool if 0 <= p.start - trig.end <= TERRITORY_REACH] or pool
    near = [p for p in pool if _distance(p, trig, opening) <= PLACE_REACH]
    if not near:
        # ... else the first place after it in its own clause, however long the phrase between ("Bentrokan
        # antara pasukan pemerintah dan kelompok bersenjata loyalis mantan presiden ... di provinsi Latakia")
        return next((p for p in sorted(pool, key=lambda p: p.start) if p.start >= trig.end
                     and not any(c in CLAUSE_CHARS for c in text[trig.end:p.start])), None)
    return min(near, key=lambda p: (_distance(p, trig, opening) + 40 * PLACE_RANK.get(p.precision, 9),
                                    p.start))


# words between an assault and the preposition of its target: "serangan kelompok Hamas ke"
AIM_TOKENS: Final = 3


def aimed_site(inside: list[PlaceMention], trig: Match[str], toks: list[Token], aims: frozenset[str],
               text: str) -> PlaceMention | None:
    """The place an assault is aimed at, right after it or past the name of who made it ("a Hamas
    attack on Israel", "serangan milisi itu ke Israel utara"), even a country, unless a finer
    place of its country follows it in its clause ("serangan Rusia ke Ukraina di Kharkiv", not "attack on
    Israel set off the war in Gaza"); None when the trigger is followed by no such phrase."""
    after = toks[trig.last_token + 1:trig.last_token + 2 + AIM_TOKENS]
    aim = next((i for i, t in enumerate(after) if t.text.lower() in aims), None)
    if aim is None or not all(t.text[:1].isalnum() for t in after[:aim]):
        return None
    start = after[aim].end
    obj = next((p for p in literal_places(inside) if p.start >= start and not text[start:p.start].strip()),
               None)
    if obj is None or any(0 < p.start - obj.end <= TERRITORY_REACH and p.country == obj.country
                          and PLACE_RANK.get(p.precision, 9) < PLACE_RANK.get(obj.precision, 9)
                          and not any(c in CLAUSE_CHARS for c in text[obj.end:p.start]) for p in inside):
        return None
    return obj


@cache
def distance_units(lang: Lang) -> frozenset[str]:
    """Folded units of distance of the language's place words ("km", "miles")."""
    return frozenset(w.lower() for w in lang.data("places").get("distance_units", []))


_MEASURE_WORD_RE: Final = re.compile(r"[^\s,;:()]+|[,;:()]")


def measured_from(text: str, place: PlaceMention, units: frozenset[str]) -> bool:
    """A place a distance is measured off ("a regional capital about 500 km from Bamako", "around
    Nyabibwe, about 70 km north of Bukavu", "70 km di utara Bukavu"): a point of reference, not
    where the event was; only lower-case words stand between the distance and the name."""
    words: list[str] = _MEASURE_WORD_RE.findall(text, max(0, place.start - 120), place.start)
    words = words[-MEASURE_TOKENS - 2:]
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() in units and words[i - 1][:1].isdigit():
            return True
        if not words[i][:1].islower():
            return False
    return False


def unit_words(lang: Lang) -> frozenset[str]:
    """Folded head words of administrative units in the language's place words."""
    lex = place_lexicon(lang)
    return frozenset(w for heads in (lex.heads_before, lex.heads_after) for w, level in heads.items()
                     if level.startswith("admin"))


def speakers_place(place: PlaceMention, trig: Match[str], cues: list[Match[str]], opening: int, text: str,
                   framing: frozenset[str], found: Sequence[Match[str]] = (),
                   comps: frozenset[str] = frozenset()) -> bool:
    """Where the source spoke, not where the event it tells of happened: a place after a locative word
    before the reporting verb, the trigger after it ("Kolonel Slamet di Sorong, Rabu, menjelaskan
    bahwa penyerangan terjadi ...", "the army spokesman in Kinshasa said rebels attacked ..."); a
    place that opens the sentence frames all of it ("In Rafah, the ministry said ..."). So is a place after
    a locative word past a reporting verb after the trigger ("attacked a village in Borno state, the governor
    told reporters in Maiduguri", "kata gubernur kepada wartawan di Maiduguri"), with no trigger between
    them ("said the killing took place at Magarya": what was said); and one between a reporting verb
    and the ``comps`` word that opens what was said before the trigger ("told journalists in Baidoa
    that troops had recaptured the post", "mengatakan kepada wartawan di Baidoa bahwa ...").

    ``cues`` are in text order and do not overlap, as a lexicon finds them, so two cues answer for
    all: the first after the place (the one ending first, for a cue between the place and the trigger)
    and the last that ends before it (of those, the one with the fewest words and triggers between it
    and the place, and the most text after the trigger): a sentence with many triggers, places and
    cues costs a bisection per place, not a pass over its cues."""
    if place.start == opening or not located(text, place.start, framing):
        return False
    after = bisect_left(cues, place.end, key=_start)
    if after < len(cues) and cues[after].end <= trig.start:
        return True
    before = bisect_left(cues, place.start, key=_start) - 1
    if before >= 0 and cues[before].end > place.start:
        before -= 1  # a cue over the place's start ends after it
    if before < 0:
        return False
    c = cues[before]
    return (_trailing(text, trig, c, place) or _reported_from(text, trig, c, place, comps)) \
        and not any(c.end <= f.start < place.start for f in found)


_start: Final = attrgetter("start")


def _reported_from(text: str, trig: Match[str], cue: Match[str], place: PlaceMention,
                   comps: frozenset[str]) -> bool:
    """Whether ``place`` stands a few words after a reporting verb and a few before the word that
    opens the clause of the trigger ("told journalists in Baidoa on Monday that")."""
    return cue.end <= place.start and place.end <= trig.start \
        and len(text[cue.end:place.start].split()) <= TRAILING_WORDS \
        and said_next(text, place, trig.start, comps)


def said_next(text: str, place: PlaceMention, stop: int, comps: frozenset[str]) -> bool:
    """Whether a word of ``comps`` ("that", "bahwa") opens what was said a few words after ``place``
    (before ``stop``): the place is where it was said."""
    after = [w.strip(',"“”').lower() for w in text[place.end:stop].split()][:TRAILING_WORDS]
    return any(w in comps for w in after)


@cache
def complementizers(lang: Lang) -> frozenset[str]:
    """Folded words that open a reported clause ("that", "bahwa")."""
    return frozenset(w.lower() for w in lang.data("claims").get("complementizers", []))


TRAILING_WORDS: Final = 6  # words between a closing attribution's verb and its place, and after the place


def _trailing(text: str, trig: Match[str], cue: Match[str], place: PlaceMention) -> bool:
    """Whether ``place`` is where a closing attribution was made: a comma after the trigger, the reporting
    verb, a few words, the place and a few more to the sentence's end (", the governor told reporters in
    Maiduguri.", ", kata gubernur kepada wartawan di Maiduguri pada Senin.")."""
    if not (trig.end <= cue.start and cue.end <= place.start) or "," not in text[trig.end:cue.start]:
        return False
    end = text.find(".", place.end)
    return len(text[cue.end:place.start].split()) <= TRAILING_WORDS \
        and len(text[place.end:end if end >= 0 else len(text)].split()) <= TRAILING_WORDS


def opening_of(toks: list[Token], words: frozenset[str]) -> int:
    """Where a place that frames the whole sentence would start: after one of ``words``, a framing
    word ("In Rafah, ...") or a determiner ("The Novoshakhtinsk refinery ..."), or at the start."""
    if len(toks) > 1 and toks[0].text.lower() in words:
        return toks[1].start
    return toks[0].start if toks else -1


def located(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands right before a name: after a locative word ("violence in
    Haiti", "bentrokan di Sudan") it is where things happen, even when it also names the side
    that acts; after an agent word ("by Russia") it names the actor."""
    before = word_before(text, max(0, start - LOCATIVE_CHARS), start)
    return before is not None and before.lower() in words


def venue(etype: str, mods: list[Match[str]], pool: list[PlaceMention]) -> PlaceMention | None:
    """Where talks (``etype`` "negotiation") were held when no place is near their word: the first place
    right after a word of meeting ("met in Samarkand, Uzbekistan, on Friday on the sidelines of a summit
    and agreed to ...", "bertemu di Samarkand")."""
    if etype != "negotiation":
        return None
    for mod in mods:
        if mod.value == "meeting":
            after = [p for p in pool if 0 <= p.start - mod.end <= VENUE_CHARS]
            if after:
                return min(after, key=lambda p: p.start)
    return None


VENUE_CHARS: Final = 12  # characters from a word of meeting to the venue: " in the city of "

