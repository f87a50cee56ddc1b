"""The words figures are read with, per language (``figures.toml``): unit nouns, outcome words and
the many small lists that tell a count from what only looks like one."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from warta.lang import Lang
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.place_lexicon import lexicon as place_lexicon


@dataclass(slots=True)
class FigureLexicons:
    units: PhraseLexicon[str]
    outcomes: PhraseLexicon[str]
    fillers: frozenset[str]
    filler_endings: tuple[str, ...]
    unit_outcome: dict[str, str]
    equipment_outcome: dict[str, str]
    unit_overrides: dict[str, dict[str, str]]
    trailing: frozenset[str]
    articles: frozenset[str]
    partitive: PhraseLexicon[str]
    subset: PhraseLexicon[str]
    tolls: frozenset[str]
    generic: frozenset[str]
    links: frozenset[str]
    joiners: PhraseLexicon[str]
    breaks: PhraseLexicon[str]
    anaphoric: PhraseLexicon[str]
    bare_followers: frozenset[str]
    relatives: frozenset[str]
    suffixes: tuple[str, ...]
    person_articles: frozenset[str]
    noun_articles: frozenset[str]  # "anggota sebuah keluarga": an article before the noun that says who
    part_words: frozenset[str]
    civilian_words: frozenset[str]  # "civilians", "warga sipil": a part so named, the rest were fighters
    mostly_civilians: frozenset[str]  # "most of them civilians": the toll before it mixes fighters in
    origins: frozenset[str]
    definites: frozenset[str]
    asides: frozenset[str]  # "itu", "menurutnya": words between a noun and its numbering word
    captive_fates: frozenset[str]  # "ditahan", "was detained": one person taken, after "seorang"/"a"
    arrivals: frozenset[str]  # "arrived", "tiba": fighters who arrived came to fight (used)
    targets: frozenset[str]  # "at", "ke": before "a ..." it names the target of the weapons, no count
    possessives: frozenset[str]
    time_units: frozenset[str]  # "days", "tahun": a number before one counts time ("33 tahun"), not people
    not_people: frozenset[str]  # "cattle", "ekor": nouns that count no people, whatever verb governs them
    list_joiners: tuple[str, ...]  # "and", "dan": the words that join the items of a list
    comparisons: PhraseLexicon[str]  # "up from", "naik dari": a bare number after one is an earlier count
    named_members: frozenset[str]  # "members": of a named group ("26 KKB members") they are personnel
    heads: PhraseLexicon[str]  # "the number of", "jumlah": the noun after one says what a later number counts
    populations: PhraseLexicon[str]  # "a town of", "berpenduduk": a number after one counts inhabitants
    fractions: PhraseLexicon[str]  # "half of the", "separuh dari": a number after one is a whole
    ratios: PhraseLexicon[str]  # "times", "kali lipat": a number before one multiplies, it counts nothing
    currency_signs: tuple[str, ...]  # "£", "Rp": a number right after one is money
    forces: PhraseLexicon[str]  # "army", "militia": members of one are fighters
    crossings: frozenset[str]  # "crossed into", "menyeberang ke": people (not troops) crossing fled
    possessor_marks: tuple[str, ...]  # "'s": a noun right before one owns the next, counts nothing
    currencies: frozenset[str]  # "dollars", "rupiah": a number right before one is money
    item_closers: frozenset[str]  # "belonging", "milik": a listed item's noun phrase ends before one
    measures: frozenset[str]  # "mm", "persen": a number before one is a size, not a listed item
    plurals: tuple[str, ...]  # "s", "es": a singular noun plus one is the plural the units list
    scales: dict[str, float]  # "square miles": 2.59, the unit's worth in the contract's unit (km2)
    participles: bool = False  # an outcome word right after a noun may describe it ("the 120 people killed")
    head_last: bool = False  # of two person nouns in a row the second says who ("volunteer fighters")
    # the lower-case words a singular noun phrase may open with ("tunnel" of "tunnels", "mortar" of
    # "mortar teams"): a unit's first word, or its one-word plural with a plural suffix taken off
    singular_firsts: frozenset[str] = frozenset()
    unit_firsts: frozenset[str] = frozenset()  # the first words of ``units``' phrases (lower case)
    outcome_firsts: frozenset[str] = frozenset()  # ... of ``outcomes``' phrases
    currency_ends: frozenset[str] = frozenset()  # the last characters of the currency signs
    body_heads: PhraseLexicon[str] | None = None  # "the bodies of", "jasad": the people after one died
    travel_marks: frozenset[str] = frozenset()  # "on", "dengan": vehicles after one carried attackers
    demonyms: frozenset[str] = frozenset()  # "mexicans": a plural after a number counts people
    group_heads: frozenset[str] = frozenset()  # "group", "kelompok": with a name, an armed group
    numbering: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "numbering", "berjumlah"
    source_openers: PhraseLexicon[str] | None = None  # "according to", "menurut": a source follows
    strengths: frozenset[str] = frozenset()  # "tinggal", "left": a generic count with one is a force's
    holds: frozenset[str] = frozenset()  # "has", "memiliki": fighters right after one are a force's strength
    stationed: frozenset[str] = frozenset()  # "in", "di": regular troops kept in a place are deployed
    back_parts: frozenset[str] = frozenset()  # "among the dead": the parts of a toll told before, however far
    citizens: dict[str, str] = field(default_factory=dict)  # "WNI": a noun for a country's citizens
    victim_nouns: frozenset[str] = frozenset()  # "victims": "20 of the victims" are of the toll before
    regulars: frozenset[str] = frozenset()  # "troops", "prajurit": regular forces' nouns (sides' own_forces)
    quantifiers: frozenset[str] = frozenset()  # "some": "some of the 200 soldiers" tells the 200 again
    blasts: frozenset[str] = frozenset()  # "detonated": bombs so set off were used, things blown up destroyed
    fallen: frozenset[str] = frozenset()  # "gugur": a death word said only of soldiers
    agents: frozenset[str] = frozenset()  # "by", "oleh": the agent of a passive verb follows
    assaults: frozenset[str] = frozenset()  # "stormed", "menyerang": fighters before one attacked (used)
    passive_aux: frozenset[str] = frozenset()  # "were": a verb after one is passive
    verb_adverbs: frozenset[str] = frozenset()  # "still", "masih": between a part and its own verb
    sufferers: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "yang diderita"
    both_sides: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "from both sides"
    fights: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "gunfight", "baku tembak"
    state_forces: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "police", "pasukan"
    armed_men: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # sides' armed_men
    called_civilians: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "as civilians"
    pronoun_numbers: frozenset[str] = frozenset()  # "one": a pronoun after a determiner ("the official one")
    determiners: frozenset[str] = frozenset()  # "the", "a": before an adjective and such a pronoun
    passive_prefixes: tuple[str, ...] = ()  # "di": a verb so begun is passive ("dilumpuhkan")
    active_prefixes: tuple[str, ...] = ()  # "me": a verb so begun is active ("menduduki"); none: any
    owners: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "belonging to", "milik"
    carriers: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "carrying", "mengangkut"
    aboard: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "on board", "di dalamnya"
    references: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "the figure", "angkanya"
    speakers: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "said": who speaks
    copulas: frozenset[str] = frozenset()  # "were", "adalah": the noun after one says who the people were
    name_heads: frozenset[str] = frozenset()  # "Brigade", "Wilayah": capitalised, it names the number after
    all_of: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "both": its count
    departures: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "have left"
    instrument_marks: frozenset[str] = frozenset()  # "with", "dengan": equipment after one was used
    got_through: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "hit their targets"
    evacuations: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "evacuated"
    residence: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "live in", "tinggal di"
    member_roles: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "identified as"
    member_words: frozenset[str] = frozenset()  # "members", "anggota": of a named group, fighters
    toll_links: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "has risen to"
    own_men: frozenset[str] = frozenset()  # "men", "anggota": with a possessive, a force's members
    place_heads: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "the town of", "kamp"
    fears: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "fearing", "karena takut"
    more_of: frozenset[str] = frozenset()  # "another": a bare number after one counts more
    uniformed: PhraseLexicon[str] = field(default_factory=lambda: from_table({}))  # "in uniform"
    numeral_articles: frozenset[str] = frozenset()  # "seorang": a person article that is a numeral
    object_marks: frozenset[str] = frozenset()  # possessives and definites: a verb's own object follows


@cache
def lexicons(lang: Lang) -> FigureLexicons:
    data = lang.data("figures")
    units = from_table(data.get("units", {}))
    outcomes = from_table(data.get("outcomes", {}))
    firsts = units.first_words()
    plurals = tuple(data.get("plural_suffixes", []))
    signs = tuple(s for s in data.get("currency_signs", []) if s)  # an empty sign says nothing
    definites = frozenset(w.lower() for w in data.get("definite_markers", []))
    possessives = frozenset(w.lower() for w in data.get("possessives", []))
    return FigureLexicons(
        units=units,
        outcomes=outcomes,
        fillers=frozenset(w.lower() for w in data.get("fillers", [])),
        filler_endings=tuple(w.lower() for w in data.get("filler_endings", [])),
        unit_outcome={k.lower(): v for k, v in data.get("unit_outcome", {}).items()},
        equipment_outcome=dict(data.get("equipment_outcome", {})),
        unit_overrides={k: dict(v) for k, v in data.get("unit_overrides", {}).items()},
        trailing=frozenset(w.lower() for w in data.get("trailing", [])),
        articles=frozenset(w.lower() for w in lang.data("numbers").get("articles", {})),
        partitive=from_table({"of": data.get("partitive", [])}),
        subset=from_table({"subset": data.get("subset", [])}),
        tolls=frozenset(w.lower() for w in data.get("tolls", [])),
        generic=frozenset(w.lower() for w in data.get("generic_people", [])),
        links=frozenset(w.lower() for w in data.get("people_links", [])),
        joiners=from_table({"and": data.get("list_joiners", [])}),
        breaks=from_table({"break": data.get("clause_breaks", [])}),
        anaphoric=from_table({"of": data.get("partitive_pronouns", [])}),
        bare_followers=frozenset(w.lower() for w in data.get("bare_followers", [])),
        relatives=frozenset(w.lower() for w in data.get("relative_markers", [])),
        suffixes=tuple(w.lower() for w in data.get("noun_suffixes", [])),
        person_articles=frozenset(w.lower() for w in data.get("person_articles", [])),
        noun_articles=frozenset(w.lower() for w in data.get("noun_articles", [])),
        part_words=frozenset(w.lower() for w in data.get("part_words", [])),
        civilian_words=frozenset(w.lower() for w in data.get("civilian_words", [])),
        mostly_civilians=frozenset(w.lower() for w in data.get("mostly_civilians", [])),
        origins=frozenset(w.lower() for w in data.get("origin_markers", [])),
        definites=definites,
        asides=frozenset(w.lower() for w in data.get("numbering_asides", [])),
        captive_fates=frozenset(w.lower() for w in data.get("captive_fates", [])),
        arrivals=frozenset(w.lower() for w in data.get("arrival_words", [])),
        targets=frozenset(w.lower() for w in data.get("target_prepositions", [])),
        possessives=possessives,
        object_marks=possessives | definites,
        time_units=frozenset(w.lower() for w in lang.data("times").get("unit_words", {})),
        not_people=frozenset(w.lower() for w in data.get("not_people", [])),
        list_joiners=tuple(w.lower() for w in data.get("list_joiners", [])),
        comparisons=from_table({"cmp": data.get("comparison_markers", [])}),
        populations=from_table({"pop": data.get("population_markers", [])}),
        fractions=from_table({"part": data.get("fraction_markers", [])}),
        ratios=from_table({"ratio": data.get("ratio_words", [])}),
        heads=from_table({"head": data.get("count_heads", [])}),
        forces=from_table({"force": data.get("force_groups", [])}),
        crossings=frozenset(w.lower() for w in data.get("crossing_words", [])),
        possessor_marks=tuple(data.get("possessor_marks", [])),
        currency_signs=signs,
        currencies=frozenset(w.lower() for w in data.get("currency_words", [])),
        item_closers=frozenset(w.lower() for w in data.get("item_closers", [])),
        measures=frozenset(w.lower() for w in data.get("measure_words", [])),
        plurals=plurals,
        scales={k.lower(): float(v) for k, v in data.get("unit_scale", {}).items()},
        named_members=frozenset(w.lower() for w in data.get("named_members", [])),
        head_last=data.get("compound_head") == "last",
        participles=bool(data.get("participle_after_noun", False)),
        singular_firsts=firsts | {w[:-len(x)] for w in firsts for x in plurals if x and w.endswith(x)},
        unit_firsts=firsts,
        outcome_firsts=outcomes.first_words(),
        currency_ends=frozenset(sign[-1] for sign in signs if sign),
        body_heads=from_table({"killed": data.get("body_heads", [])}),
        owners=from_table({"owner": data.get("owner_marks", [])}),
        carriers=from_table({"carry": data.get("carrier_marks", [])}),
        aboard=from_table({"aboard": data.get("aboard_marks", [])}),
        references=from_table({"ref": data.get("reference_heads", [])}),
        travel_marks=frozenset(w.lower() for w in data.get("travel_markers", [])),
        demonyms=frozenset(place_lexicon(lang).demonyms),
        group_heads=frozenset(w.lower() for w in data.get("group_heads", [])),
        numbering=from_table({"n": data.get("numbering_markers", [])}),
        source_openers=from_table({"source": data.get("source_openers", [])}),
        strengths=frozenset(w.lower() for w in data.get("strength_words", [])),
        holds=frozenset(w.lower() for w in data.get("strength_verbs", [])),
        stationed=frozenset(w.lower() for w in data.get("stationed_in", [])),
        back_parts=frozenset(w.lower() for w in data.get("back_parts", [])),
        citizens={word: code for code, words in data.get("citizens", {}).items() for word in words},
        victim_nouns=frozenset(w.lower() for w in data.get("victim_nouns", [])),
        regulars=frozenset(w.lower() for w in lang.data("sides").get("own_forces", [])),
        quantifiers=frozenset(w.lower() for w in data.get("whole_quantifiers", [])),
        blasts=frozenset(w.lower() for w in data.get("blast_verbs", [])),
        assaults=frozenset(w.lower() for w in data.get("assault_verbs", [])),
        agents=frozenset(w.lower() for w in data.get("agent_marks", [])),
        fallen=frozenset(w.lower() for w in data.get("fallen_words", [])),
        passive_aux=frozenset(w.lower() for w in data.get("passive_auxiliaries", [])),
        verb_adverbs=frozenset(w.lower() for w in data.get("verb_adverbs", [])),
        pronoun_numbers=frozenset(w.lower() for w in data.get("pronoun_numbers", [])),
        sufferers=from_table({"s": data.get("suffered_by", [])}),
        both_sides=from_table({"b": data.get("both_sides", [])}),
        fights=from_table({"f": data.get("fight_nouns", [])}),
        state_forces=from_table({"s": data.get("state_forces", [])}),
        armed_men=from_table({"m": lang.data("sides").get("armed_men", [])}),
        called_civilians=from_table({"c": data.get("called_civilians", [])}),
        determiners=frozenset(w.lower() for w in data.get("determiners", [])),
        passive_prefixes=tuple(data.get("passive_prefixes", [])),
        active_prefixes=tuple(data.get("active_prefixes", [])),
        speakers=from_table({"says": data.get("speaker_verbs", [])}),
        copulas=frozenset(w.lower() for w in data.get("copulas", [])),
        name_heads=frozenset(w.lower() for w in data.get("name_heads", [])),
        all_of=from_table(data.get("all_of", {})),
        departures=from_table({"left": data.get("departures", [])}),
        instrument_marks=frozenset(w.lower() for w in data.get("instrument_marks", [])),
        got_through=from_table({"through": data.get("got_through", [])}),
        evacuations=from_table({"evacuated": data.get("evacuations", [])}),
        residence=from_table({"live": data.get("residence", [])}),
        more_of=frozenset(w.lower() for w in data.get("more_of", [])),
        uniformed=from_table({"uniform": data.get("uniform_words", [])}),
        numeral_articles=frozenset(w.lower() for w in data.get("numeral_articles", [])),
        place_heads=from_table({"place": data.get("departure_place_heads", [])}),
        fears=from_table({"fear": data.get("departure_fears", [])}),
        own_men=frozenset(w.lower() for w in data.get("own_men", [])),
        toll_links=from_table({"link": data.get("toll_links", [])}),
        member_roles=from_table({"role": data.get("member_roles", [])}),
        member_words=frozenset(w.lower() for w in data.get("member_words", [])),
    )
