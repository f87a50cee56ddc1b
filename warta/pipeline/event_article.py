"""What every sentence's events draw on, worked out once per article (:class:`Article`: the
rules and word lists, indexes of its dates, places and figures, quoted speech, the story's
main places and sides), and the events found so far with the marks merging reads
(:class:`Found`)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from warta.lang import Lang
from warta.model import Event, Figure, PlaceMention, Sentence, TimeMention
from warta.pipeline.attribution import article_sides
from warta.pipeline.event_dates import clocks_of
from warta.pipeline.event_places import (
    country_mains,
    distance_units,
    embedded,
    head_levels,
    home_country,
    main_place,
    unit_words,
    without_datelines,
)
from warta.pipeline.event_retold import Retold, retold_words
from warta.pipeline.event_rules import Rules, rules as _rules
from warta.pipeline.event_text import headline as headline_of, speech_spans
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.place_lexicon import lexicon as place_lexicon
from warta.pipeline.sides import beside, side_lexicon
from warta.pipeline.spans import SpanIndex


@dataclass
class Article:
    text: str
    lang: Lang
    rules: Rules
    sentences: list[Sentence]
    published: date | None
    durations: SpanIndex[TimeMention]  # "a four-day strike"
    clocks: SpanIndex[TimeMention]  # "pukul 09.15 WIT": its day dates an undated sentence
    time_index: SpanIndex[TimeMention]  # dates only: sets and "now" date nothing
    place_index: SpanIndex[PlaceMention]
    figure_index: SpanIndex[Figure]
    retold: Retold
    units: frozenset[str]  # "days", "pekan"
    sides: PhraseLexicon[str]
    adjectives: frozenset[str]  # "Israeli (strikes)": who struck
    admin_units: frozenset[str]  # "distrik", "district": a place so headed is a unit, not a list item
    units_of_distance: frozenset[str]  # "km": a place measured off is no event's place
    levels: dict[str, str]  # "desa": a village, "kota": a town: "Desa X, Kota Y" is an address
    locatives: frozenset[str]  # "and in (Daraa province)": still a list
    speech: list[tuple[int, int]]
    neighbours: set[int]  # starts of neighbours' names: "the border with Mali"
    unfiled: list[PlaceMention]  # places less the lead's datelines: a dateline is no event's place
    home: PlaceMention | None  # ... but its country is the story's
    main: PlaceMention | None
    mains: Callable[[str], PlaceMention | None]
    in_article: Collection[str]  # the sides the article names
    named_sides: set[str]  # ... as a set
    headline: int | None
    places: list[PlaceMention]  # the article's places, which neighbours ... mains are made of
    placed: bool  # whether neighbours ... mains are made (:func:`with_places`); before, they are empty

    # written out, not generated: the compiled build then builds one natively (a dataclass's
    # generated __init__ runs as interpreted Python there)
    def __init__(self, text: str, lang: Lang, rules: Rules, sentences: list[Sentence],
                 published: date | None, durations: SpanIndex[TimeMention], clocks: SpanIndex[TimeMention],
                 time_index: SpanIndex[TimeMention], place_index: SpanIndex[PlaceMention],
                 figure_index: SpanIndex[Figure], retold: Retold, units: frozenset[str],
                 sides: PhraseLexicon[str], adjectives: frozenset[str], admin_units: frozenset[str],
                 units_of_distance: frozenset[str], levels: dict[str, str], locatives: frozenset[str],
                 speech: list[tuple[int, int]], neighbours: set[int], unfiled: list[PlaceMention],
                 home: PlaceMention | None, main: PlaceMention | None,
                 mains: Callable[[str], PlaceMention | None], in_article: Collection[str],
                 named_sides: set[str], headline: int | None, places: list[PlaceMention],
                 placed: bool) -> None:
        self.text = text
        self.lang = lang
        self.rules = rules
        self.sentences = sentences
        self.published = published
        self.durations = durations
        self.clocks = clocks
        self.time_index = time_index
        self.place_index = place_index
        self.figure_index = figure_index
        self.retold = retold
        self.units = units
        self.sides = sides
        self.adjectives = adjectives
        self.admin_units = admin_units
        self.units_of_distance = units_of_distance
        self.levels = levels
        self.locatives = locatives
        self.speech = speech
        self.neighbours = neighbours
        self.unfiled = unfiled
        self.home = home
        self.main = main
        self.mains = mains
        self.in_article = in_article
        self.named_sides = named_sides
        self.headline = headline
        self.places = places
        self.placed = placed


def article(text: str, lang: Lang, sentences: list[Sentence], times: list[TimeMention],
            places: list[PlaceMention], figures: list[Figure], published: date | None,
            in_article: Collection[str] | None) -> Article:
    """The article's :class:`Article`; ``in_article`` is the sides it names when the caller has them.
    What its places make (neighbours, datelines, main places) is made by :func:`with_places`, once an
    event has no place in its sentence or the events are merged."""
    rules = _rules(lang)
    units, adjectives, admin_units, locatives = _words(lang)
    in_article = article_sides(text, lang, sentences) if in_article is None else in_article
    return Article(
        text=text, lang=lang, rules=rules, sentences=sentences, published=published,
        durations=SpanIndex([t for t in times if t.kind == "duration"]),
        clocks=SpanIndex(clocks_of(times)),
        time_index=SpanIndex([t for t in times if t.start_date is not None]),
        place_index=SpanIndex(places), figure_index=SpanIndex(figures),
        retold=retold_words(lang),
        units=units,
        sides=side_lexicon(lang),
        adjectives=adjectives,
        admin_units=admin_units, units_of_distance=distance_units(lang), levels=head_levels(lang),
        locatives=locatives,
        speech=speech_spans(text, sentences),
        neighbours=set(), unfiled=[], home=None, main=None, mains=_no_main,
        in_article=in_article, named_sides=set(in_article),
        headline=headline_of(text, sentences), places=places, placed=False)


def _no_main(country: str) -> PlaceMention | None:
    """No main place: the article's places are not read yet."""
    return None


def neighbours_in(art: Article, here: list[PlaceMention]) -> set[int]:
    """The starts of the places of ``here`` that name a neighbour ("the border with Mali"): what
    :func:`with_places` tells of them, for a sentence's places alone."""
    if art.placed:
        return {p.start for p in here if p.start in art.neighbours}
    text, lang = art.text, art.lang
    return {p.start for p in here if beside(text, p.start, lang)}


def with_places(art: Article) -> None:
    """Make, once, what the article's places tell the events that have no place in their sentence: the
    neighbours' names ("the border with Mali"), the places less the lead's datelines, the story's
    country and main places."""
    if art.placed:
        return
    text, places, sentences = art.text, art.places, art.sentences
    neighbours = {p.start for p in places if beside(text, p.start, art.lang)}
    unfiled = without_datelines(text, places, sentences)
    filed_elsewhere = [p for p in unfiled if p.start not in neighbours and not embedded(text, p)]
    art.neighbours, art.unfiled, art.home = neighbours, unfiled, home_country(text, places, unfiled)
    art.main = main_place(filed_elsewhere, sentences)
    art.mains = country_mains(filed_elsewhere, [p for p in places if p.start not in neighbours], sentences)
    art.placed = True


@cache
def _words(lang: Lang) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The language's word sets every article's :class:`Article` holds: time units, demonyms,
    administrative units and locatives."""
    rules = _rules(lang)
    admin_units = unit_words(lang)
    return (frozenset(w.lower() for w in lang.data("times").get("unit_words", {})),
            frozenset(place_lexicon(lang).demonyms), admin_units,
            rules.framing | rules.determiners | admin_units)


@dataclass
class Found:
    """The article's events so far, those told only in quoted speech, and (by ``id``) the marks
    :func:`merge_events` reads."""

    events: list[Event] = field(default_factory=list)
    quoted: list[Event] = field(default_factory=list)
    weak: set[int] = field(default_factory=set)  # dated only by the breaking-news window
    said_on: set[int] = field(default_factory=set)  # ... or by their report's day ("said Wednesday")
    windowed: set[int] = field(default_factory=set)  # dated by a window of their own ("overnight")
    unplaced: set[int] = field(default_factory=set)  # their sentence names no place
    stand_in: set[int] = field(default_factory=set)  # ... and they stand at the story's main place
    listed_at: set[int] = field(default_factory=set)  # at one of several places their sentence lists
    answers: set[int] = field(default_factory=set)  # told as a side's answer ("in a counter-offensive")
    taken: set[int] = field(default_factory=set)  # kidnappings ("abducted 14 farmers"): no other assault
    placed: set[int] = field(default_factory=set)  # actor is their subject, target only where
    home: set[str] = field(default_factory=set)  # countries an armed group of no named side acted in

    # written out, not generated (see Article)
    def __init__(self, events: list[Event] | None = None, quoted: list[Event] | None = None,
                 weak: set[int] | None = None, said_on: set[int] | None = None,
                 windowed: set[int] | None = None, unplaced: set[int] | None = None,
                 stand_in: set[int] | None = None, listed_at: set[int] | None = None,
                 answers: set[int] | None = None, taken: set[int] | None = None,
                 placed: set[int] | None = None, home: set[str] | None = None) -> None:
        self.events = [] if events is None else events
        self.quoted = [] if quoted is None else quoted
        self.weak = set() if weak is None else weak
        self.said_on = set() if said_on is None else said_on
        self.windowed = set() if windowed is None else windowed
        self.unplaced = set() if unplaced is None else unplaced
        self.stand_in = set() if stand_in is None else stand_in
        self.listed_at = set() if listed_at is None else listed_at
        self.answers = set() if answers is None else answers
        self.taken = set() if taken is None else taken
        self.placed = set() if placed is None else placed
        self.home = set() if home is None else home
