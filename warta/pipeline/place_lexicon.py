"""One language's place words, compiled once: country names (CLDR via Babel
plus ``places.toml``), curated names, triggers, heads, titles and stoplists,
all as folded keys."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from warta.geo.fold import fold
from warta.lang import Lang

_PAREN_RE: Final = re.compile(r"\s*\(([^()]*)\)\s*")


@dataclass(frozen=True, slots=True)
class PlaceLexicon:
    """Folded words of one language for finding places."""

    curated: dict[str, tuple[str, ...]]  # folded name -> place codes
    demonyms: dict[str, tuple[str, ...]]  # folded adjective -> place codes
    abbreviations: dict[str, str]  # folded "Ga" -> code, read only in "City, Ga."
    not_places: frozenset[str]
    countries: frozenset[str]  # folded names in ``curated`` that are countries
    triggers_before: dict[str, str]
    triggers_after: dict[str, str]
    heads_before: dict[str, str]
    heads_after: dict[str, str]
    directions: dict[str, str]
    connectors: frozenset[str]
    skip_after_trigger: frozenset[str]
    trigger_modifiers: frozenset[str]
    list_joiners: frozenset[str]
    context_words: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]  # titles of address, of no office: a place after one is a name
    first_names: frozenset[str]
    person_names: frozenset[str]  # given names and surnames: a lone one is a person
    common_words: frozenset[str]  # words that small places share: a lone one is a word
    stoplist: frozenset[str]
    not_after: frozenset[str]  # capitalised, the next word makes a title of the name ("Kyiv Post")
    not_before: frozenset[str]
    actor_verbs: frozenset[str]
    actor_skip: frozenset[str]
    person_verbs: frozenset[str]  # verbs of saying: "Nelson said" is a person
    locative: frozenset[str]  # prepositions of place: "in X", "di X"
    literal_before: frozenset[str] = frozenset()  # other words after which a name is a location
    agent_before: frozenset[str] = frozenset()  # "oleh", "by": the name after is an agent
    partner_before: frozenset[str] = frozenset()  # "dengan", "with": the name after is a party
    force_nouns: frozenset[str] = frozenset()  # "tentara", "troops": a country beside one is a side
    border_words: frozenset[str] = frozenset()  # "border": "the border with X" names the far side
    border_links: frozenset[str] = frozenset()  # "with", "dengan"
    associative_nouns: frozenset[str] = frozenset()  # "troops": a name modifying one stands for a state
    verb_prefixes: tuple[str, ...] = ()  # a word so beginning is a verb ("me-", "ber-")
    passive_prefixes: tuple[str, ...] = ()  # ... a passive verb ("di-")
    verb_suffixes: tuple[str, ...] = ()  # a word so ending is a verb ("-ed")
    not_verbs: frozenset[str] = frozenset()  # words that begin so and are no verbs
    opening_verb_prefixes: tuple[str, ...] = ()  # a sentence's first word so beginning is a verb ("Merebut")
    opening_verb_suffixes: tuple[str, ...] = ()  # ... so ending ("Visiting"): no given name
    verb_markers: frozenset[str] = frozenset()  # auxiliaries opening a predicate ("telah", "has")
    function_words: frozenset[str] = frozenset()  # grammar words: a name after one modifies nothing
    articles: frozenset[str] = frozenset()  # "the": before a sentence's subject
    facility_heads_before: frozenset[str] = frozenset()  # "gedung", "rumah sakit": a facility's name follows
    facility_heads_after: frozenset[str] = frozenset()  # "hospital", "airport": the name stands before
    facility_modifiers: frozenset[str] = frozenset()  # "pangkalan militer X": between head and owner
    site_triggers: frozenset[str] = frozenset()  # "field", "dam": after a name only where an article opens it
    adjective_endings: tuple[str, ...] = ()  # "ish", "an": a word so ending before "region" is an adjective
    home_countries: frozenset[str] = frozenset()  # where a text in the language is most often set
    modifier_order: str = "after"  # a name modifying a noun stands "after" it or "before" it
    name_starts: frozenset[str] = frozenset()  # "new", "west": common words that begin names
    name_ends: frozenset[str] = frozenset()  # "lama", "baru": common words that end names ("Sugapa Lama")
    unit_prefixes: frozenset[str] = frozenset()  # "Polsek": a local unit's office, the place's name follows
    unit_nouns: frozenset[str] = frozenset()  # "batalion", "regiment": a name modifying one is the unit's
    group_words_before: frozenset[str] = frozenset()  # "Pembebasan": an armed group's name, a place after
    group_words_after: frozenset[str] = frozenset()  # "Merdeka", "Movement": ... a place before
    group_initials_before: frozenset[str] = frozenset()  # "IS": as group_words_before, written in capitals
    body_nouns: frozenset[str] = frozenset()  # "group": a name after it going on past a place is a body's
    bare_locatives: frozenset[str] = frozenset()  # "di": only places follow ("di Dighinala")
    bare_name_locatives: frozenset[str] = frozenset()  # "near": two-word names too ("near Mir Ali")
    clause_openers: frozenset[str] = frozenset()  # "on", "pada": a list of places ends before one
    apposed_settlements: frozenset[str] = frozenset()  # "X, a farming community": X is a settlement
    between: frozenset[str] = frozenset()  # "between": pairs a name with a place ("between X and Kidal")
    group_nouns: frozenset[str] = frozenset()  # "cartel": the name before it is the group's
    destinations: frozenset[str] = frozenset()  # "to", "ke": the place after is where people went
    seat_words: frozenset[str] = frozenset()  # "based in", "berbasis di": where a body sits, no scene
    seat_suffixes: frozenset[str] = frozenset()  # "based" in "London-based"
    river_words: frozenset[str] = frozenset()  # "river", "sungai": the name it announces is a river's
    trigger_words: frozenset[str] = frozenset()  # every word of a trigger ("village", "of", "kota")
    donor_heads: frozenset[str] = frozenset()  # "rumah sakit": a country's name beside one names the facility
    idioms: frozenset[str] = frozenset()  # "baku tembak": a name's word opening a common noun, in any case
    not_after_lower: frozenset[str] = frozenset()  # ... in lower case too ("Moscow time", "Baku tembak")
    shortened: dict[str, str] = field(default_factory=dict)  # "mt" -> "mount": shortened inside names
    shortened_heads: dict[str, str] = field(default_factory=dict)  # "kab" -> "kabupaten": read as the head
    compass: dict[str, str] = field(default_factory=dict)  # "northwest" -> "north west": a region's name too
    place_parts: frozenset[str] = frozenset()  # "Kharkiv's outskirts": a possessor that is a location
    part_modifiers: frozenset[str] = frozenset()  # "Beirut's southern suburbs"
    given_names: frozenset[str] = frozenset()  # a lone given name is a person unless a big place bears it
    surnames: frozenset[str] = frozenset()
    plain_surnames: frozenset[str] = frozenset()  # surnames that are no common word ("Foster", not "Hall")
    name_possessives: frozenset[str] = frozenset()  # "people": "People's Republic of China" is one name
    saints: frozenset[str] = frozenset()  # "st", "saint": before a given name, a saint's name
    person_deeds: frozenset[str] = frozenset()  # what only people do: "Lincoln lived", "Lincoln wafat"
    body_words: frozenset[str] = frozenset()  # "Commission": a name with one after "city" is a body's
    road_words: frozenset[str] = frozenset()  # "Route": a name before it and a number names a road
    indefinite_articles: frozenset[str] = frozenset()  # "a", "sebuah": "X, a village" calls X one
    apposed_counts: frozenset[str] = frozenset()  # "two": "A and B, two villages" calls both ones
    namely: frozenset[str] = frozenset()  # "two villages, namely A and B": the names the count announced
    apposed_capitals: tuple[str, ...] = ()  # "the capital of": "X, the capital of Y" calls X a town
    distance_units: frozenset[str] = frozenset()  # "km": "X, 20 km west of Y" lies by Y
    successors: dict[str, frozenset[str]] = field(default_factory=dict)  # province -> units carved out since
    initials: frozenset[str] = frozenset()  # curated one-word names with stops ("L.A"): read only so
    lower_titles: frozenset[str] = frozenset()  # titles that open a name in lower case too ("coach X")
    seat_connectors: frozenset[str] = frozenset()  # "of": a place after one is the home of the name before
    office_units: dict[str, str] = field(default_factory=dict)  # "governor" -> admin1: the unit of an office
    area_words: frozenset[str] = frozenset()  # "area": a name the index lacks before one is a place
    quarter_words: frozenset[str] = frozenset()  # "neighborhood": the name is a part of a town
    # "village": after a province's name, a settlement of that province ("another Donetsk village")
    province_settlements: frozenset[str] = frozenset()
    first_spellings: dict[str, str] = field(default_factory=dict)  # "um" -> "umm": a name's first word
    name_joiners: dict[str, str] = field(default_factory=dict)  # "dan" -> "and": inside a name, as the index
    joined_articles: tuple[str, ...] = ()  # "el": written onto a name ("Elfasher"), tried apart too
    name_links: frozenset[str] = frozenset()  # "e", "i": hyphened inside one name ("Sar-e-Pul")
    unit_links: frozenset[str] = frozenset()  # "in the": between a settlement and the unit holding it
    bearings: frozenset[str] = frozenset()  # "west": "X, west of Y" lies by the town Y
    bearing_links: frozenset[str] = frozenset()  # "of", "sebelah": the other words of such a bearing
    # built from the fields above by lexicon(): see _cues, _joins and _heads
    new_place_cues: frozenset[str] = frozenset()
    join_words: frozenset[str] = frozenset()
    demonym_heads: frozenset[str] = frozenset()
    # what a key of several words of these begins with: no two words are looked up together
    # unless the first is such a head ("kota" of "kota pelabuhan")
    trigger_heads: frozenset[str] = frozenset()
    office_heads: frozenset[str] = frozenset()
    idiom_heads: frozenset[str] = frozenset()
    bare_heads: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()  # of group_words_before and _after and unit_nouns


def _names(label: str) -> list[str]:
    """CLDR labels as written: "Myanmar (Burma)" -> Myanmar, Burma."""
    out = [_PAREN_RE.sub(" ", label).strip()]
    out += [m.strip() for m in re.findall(r"\(([^()]*)\)", label)]
    return [n for n in out if n]


def _fold_map(table: dict[str, str]) -> dict[str, str]:
    return {fold(k): v for k, v in table.items()}


@cache
def lexicon(lang: Lang) -> PlaceLexicon:
    """The compiled place words of ``lang`` (built once per language)."""
    from babel import Locale

    data = lang.data("places")
    loc = Locale.parse(lang.babel_locale)
    curated: dict[str, list[str]] = {}
    countries: set[str] = set()
    regions = data.get("cldr_regions", {})

    def add(name: str, code: str, front: bool = False) -> None:
        key = fold(name)
        if not key:
            return
        codes = curated.setdefault(key, [])
        if code not in codes:
            codes.insert(0, code) if front else codes.append(code)

    for code, label in loc.territories.items():
        if len(code) == 2 and code.isalpha() and code.isupper() and code != "ZZ":
            target = code if code not in regions else f"region:{regions[code]}"
            for name in _names(label):
                add(name, target)
                if target == code:
                    countries.add(fold(name))
        elif code in regions:
            for name in _names(label):
                add(name, f"region:{regions[code]}")
    for name, code in data.get("countries", {}).items():
        add(name, code, front=True)
        countries.add(fold(name))
    for name, code in data.get("places", {}).items():
        curated[fold(name)] = [code] if isinstance(code, str) else list(code)
        countries.discard(fold(name))

    stop = {fold(w) for w in data.get("stoplist", []) + data.get("function_words", [])
            + data.get("common_nouns", [])}
    for width in ("wide", "abbreviated"):
        stop.update(fold(m) for m in loc.months["format"][width].values())
        stop.update(fold(d) for d in loc.days["format"][width].values())
    lex = PlaceLexicon(
        curated={k: tuple(v) for k, v in curated.items()},
        successors={k: frozenset(v) for k, v in data.get("successors", {}).items()},
        distance_units=frozenset(fold(w) for w in data.get("distance_units", [])),
        bearings=frozenset(fold(w) for w in data.get("bearings", [])),
        bearing_links=frozenset(fold(w) for w in data.get("bearing_links", [])),
        indefinite_articles=frozenset(fold(w) for w in data.get("indefinite_articles", [])),
        apposed_counts=frozenset(fold(w) for w in data.get("apposed_counts", [])),
        namely=frozenset(fold(w) for w in data.get("namely", [])),
        apposed_capitals=tuple(w.lower() + " " for w in data.get("apposed_capitals", [])),
        initials=frozenset(fold(n) for n in (*data.get("countries", {}), *data.get("places", {}))
                           if "." in n and " " not in fold(n)),
        demonyms={fold(k): (v,) for k, v in data.get("demonyms", {}).items()},
        abbreviations=_fold_map(data.get("place_abbreviations", {})),
        not_places=frozenset(fold(w) for w in data.get("not_places", [])),
        countries=frozenset(countries),
        triggers_before=_fold_map(data.get("triggers_before", {})),
        triggers_after=_fold_map(data.get("triggers_after", {})),
        heads_before=_fold_map(data.get("heads_before", {})),
        heads_after=_fold_map(data.get("heads_after", {})),
        directions=_fold_map(data.get("directions", {})),
        connectors=frozenset(fold(w) for w in data.get("connectors", [])),
        skip_after_trigger=frozenset(fold(w) for w in data.get("skip_after_trigger", [])),
        trigger_modifiers=frozenset(fold(w) for w in data.get("trigger_modifiers", [])),
        list_joiners=frozenset(fold(w) for w in data.get("list_joiners", [])),
        context_words=frozenset(fold(w) for w in data.get("context_words", [])),
        titles=frozenset(fold(w) for w in data.get("titles", []) + data.get("honorifics", [])),
        honorifics=frozenset(fold(w) for w in data.get("honorifics", [])),
        lower_titles=frozenset(fold(w) for w in data.get("titles", []) + data.get("honorifics", [])
                               if fold(w) not in {fold(x) for x in data.get("titles_also_words", [])}),
        first_names=frozenset(fold(w) for w in data.get("first_names", [])),
        common_words=frozenset(fold(w) for w in data.get("common_words", [])),
        person_names=frozenset(fold(w) for w in data.get("first_names", []) + data.get("given_names", [])
                               + data.get("surnames", [])),
        stoplist=frozenset(stop - set(curated)),
        not_after=frozenset(fold(w) for w in data.get("not_place_after", [])),
        not_before=frozenset(fold(w) for w in data.get("not_place_before", [])),
        actor_verbs=frozenset(fold(w) for w in data.get("actor_verbs", [])),
        actor_skip=frozenset(fold(w) for w in data.get("actor_skip", [])),
        person_verbs=frozenset(fold(w) for w in data.get("person_verbs", [])),
        person_deeds=frozenset(fold(w) for w in data.get("person_deeds", [])),
        road_words=frozenset(fold(w) for w in data.get("road_words", [])),
        body_words=frozenset(fold(w) for w in data.get("body_words", [])),
        locative=frozenset(fold(w) for w in data.get("locative", [])),
        literal_before=frozenset(fold(w) for w in data.get("literal_before", [])),
        agent_before=frozenset(fold(w) for w in data.get("agent_before", [])),
        partner_before=frozenset(fold(w) for w in data.get("partner_before", [])),
        associative_nouns=frozenset(fold(w) for w in data.get("associative_nouns", [])),
        force_nouns=frozenset(fold(w) for w in data.get("force_nouns", [])),
        border_words=frozenset(fold(w) for w in data.get("border_words", [])),
        border_links=frozenset(fold(w) for w in data.get("border_links", [])),
        verb_prefixes=tuple(fold(w) for w in data.get("verb_prefixes", [])),
        passive_prefixes=tuple(fold(w) for w in data.get("passive_prefixes", [])),
        verb_suffixes=tuple(fold(w) for w in data.get("verb_suffixes", [])),
        not_verbs=frozenset(fold(w) for w in data.get("not_verbs", [])),
        opening_verb_prefixes=tuple(fold(w) for w in data.get("opening_verb_prefixes", [])),
        opening_verb_suffixes=tuple(fold(w) for w in data.get("opening_verb_suffixes", [])),
        verb_markers=frozenset(fold(w) for w in data.get("verb_markers", [])),
        function_words=frozenset(fold(w) for w in data.get("function_words", [])),
        articles=frozenset(fold(w) for w in data.get("articles", [])),
        facility_heads_before=frozenset(fold(w) for w in data.get("facility_heads_before", [])),
        facility_heads_after=frozenset(fold(w) for w in data.get("facility_heads_after", [])),
        facility_modifiers=frozenset(fold(w) for w in data.get("facility_modifiers", [])),
        site_triggers=frozenset(fold(w) for w in data.get("site_triggers", [])),
        adjective_endings=tuple(fold(w) for w in data.get("adjective_endings", [])),
        home_countries=frozenset(data.get("home_countries", [])),
        modifier_order=_order(data.get("modifier_order", "after")),
        name_starts=frozenset(fold(w) for w in data.get("name_starts", [])),
        name_ends=frozenset(fold(w) for w in data.get("name_ends", [])),
        unit_prefixes=frozenset(fold(w) for w in data.get("unit_prefixes", [])),
        unit_nouns=frozenset(fold(w) for w in data.get("unit_nouns", [])),
        group_words_before=frozenset(fold(w) for w in data.get("group_words_before", [])),
        group_words_after=frozenset(fold(w) for w in data.get("group_words_after", [])),
        group_initials_before=frozenset(fold(w) for w in data.get("group_initials_before", [])),
        body_nouns=frozenset(fold(w) for w in data.get("body_nouns", [])),
        group_nouns=frozenset(fold(w) for w in data.get("group_nouns", [])),
        river_words=frozenset(fold(w) for w in data.get("river_words", [])),
        trigger_words=frozenset(w for table in ("triggers_before", "triggers_after")
                                for key in _fold_map(data.get(table, {})) for w in key.split()),
        destinations=frozenset(fold(w) for w in data.get("destinations", [])),
        seat_words=frozenset(fold(w) for w in data.get("seat_words", [])),
        seat_suffixes=frozenset(fold(w) for w in data.get("seat_suffixes", [])),
        donor_heads=frozenset(fold(w) for w in data.get("donor_heads", [])),
        between=frozenset(fold(w) for w in data.get("between", [])),
        apposed_settlements=frozenset(fold(w) for w in data.get("apposed_settlements", [])),
        clause_openers=frozenset(fold(w) for w in data.get("clause_openers", [])),
        bare_locatives=frozenset(fold(w) for w in data.get("bare_locatives", [])),
        bare_name_locatives=frozenset(fold(w) for w in data.get("bare_name_locatives", [])),
        not_after_lower=frozenset(fold(w) for w in data.get("not_place_after_lower", [])),
        idioms=frozenset(fold(w) for w in data.get("idioms", [])),
        shortened=_fold_map(data.get("shortened", {})),
        compass=_fold_map(data.get("compass", {})),
        place_parts=frozenset(fold(w) for w in data.get("place_parts", [])),
        part_modifiers=frozenset(fold(w) for w in data.get("part_modifiers", [])),
        shortened_heads={k: v for k, v in _fold_map(data.get("shortened", {})).items()
                         if v in _fold_map(data.get("heads_before", {}))},
        given_names=frozenset(fold(w) for w in data.get("first_names", []) + data.get("given_names", [])),
        surnames=frozenset(fold(w) for w in data.get("surnames", [])),
        plain_surnames=frozenset(fold(w) for w in data.get("surnames", [])) - frozenset(
            fold(w) for w in data.get("surnames_also_words", []) + data.get("common_words", [])),
        name_possessives=frozenset(fold(w) for w in data.get("name_possessives", [])),
        saints=frozenset(fold(w) for w in data.get("saints", [])),
        seat_connectors=frozenset(fold(w) for w in data.get("seat_connectors", [])),
        office_units=_fold_map(data.get("office_units", {})),
        area_words=frozenset(fold(w) for w in data.get("area_words", [])),
        quarter_words=frozenset(fold(w) for w in data.get("quarter_words", [])),
        province_settlements=frozenset(fold(w) for w in data.get("province_settlements", [])),
        first_spellings=_fold_map(data.get("first_spellings", {})),
        name_joiners={fold(k): fold(v) for k, v in data.get("name_joiners", {}).items()},
        joined_articles=tuple(fold(w) for w in data.get("joined_articles", [])),
        name_links=frozenset(fold(w) for w in data.get("name_links", [])),
        unit_links=frozenset(fold(w) for w in data.get("unit_links", [])),
    )
    return replace(lex, new_place_cues=_cues(lex), join_words=_joins(lex), demonym_heads=_heads(lex.demonyms),
                   trigger_heads=_heads(lex.triggers_before), office_heads=_heads(lex.office_units),
                   idiom_heads=_heads(lex.idioms),
                   bare_heads=_heads(lex.bare_locatives | lex.bare_name_locatives),
                   group_heads=_heads(lex.group_words_before | lex.group_words_after | lex.unit_nouns))


def _order(value: str) -> str:
    if value not in ("after", "before"):
        raise ValueError(f"places.toml: modifier_order is {value!r}; write \"after\" (a name that "
                         "modifies a noun follows it, as in Indonesian) or \"before\" (as in English)")
    return value


def _cues(lex: PlaceLexicon) -> frozenset[str]:
    """The keys of the words at which ``new_settlements`` (place_new) looks for a name the
    index lacks: triggers (and the words that end a trigger of several), area words, unit
    prefixes and the heads after a name that mark a site."""
    ends = {key[n + 1:] for key in lex.triggers_before for n, c in enumerate(key) if c == " "}
    return frozenset(ends | set(lex.triggers_before) | set(lex.triggers_after) | lex.area_words
                     | lex.unit_prefixes | {k for k, v in lex.heads_after.items() if v == "new"})


def _joins(lex: PlaceLexicon) -> frozenset[str]:
    """Words between a name and its town or unit ("X near Y", "X di negara bagian Y"): locatives,
    triggers' words and unit links; not the end of a move ("dari Dekai ke Jayapura": no town by
    the one it was left for)."""
    return frozenset((lex.locative | set(lex.triggers_after) | lex.unit_links
                      | {w for key in lex.triggers_before for w in key.split()}) - lex.destinations)


def _heads(keys: Iterable[str]) -> frozenset[str]:
    """What a key of several words ("south sudanese") begins with, up to any of its spaces."""
    return frozenset(key[:n] for key in keys for n, c in enumerate(key) if c == " ")
