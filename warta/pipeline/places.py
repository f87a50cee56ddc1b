"""Place mentions: every toponym of an article, located with the gazetteer.

Candidate spans are runs of capitalised words (and names a trigger word
such as "desa"/"village" announces); each is looked up folded, filtered
(person names, common words, abbreviations) and ranked in the context of
the whole article (countries and admin units it names, nearby places,
trigger words). A settlement the gazetteer lacks but the text marks with a
trigger is kept with ``found=False`` at the region the text puts it in.
"""

from __future__ import annotations

from typing import Final

from warta.geo.gazetteer import Candidate, Gazetteer, default_gazetteer
from warta.geo.match import Match
from warta.geo.resolve import PRECISION, resolve
from warta.lang import Lang
from warta.model import PlaceMention, Sentence
from warta.pipeline.place_address import with_addresses
from warta.pipeline.place_facilities import with_facilities
from warta.pipeline.place_fuzzy import fuzzy_matches
from warta.pipeline.place_groups import without_donors, without_firms, without_groups
from warta.pipeline.place_joined import joined_runs
from warta.pipeline.place_lexicon import PlaceLexicon, lexicon
from warta.pipeline.place_lists import list_wants
from warta.pipeline.place_located import after_locative, alone, in_quarter, names_a_site
from warta.pipeline.place_lower import is_lower_cased, lower_matches
from warta.pipeline.place_names import long_names
from warta.pipeline.place_new import new_settlements
from warta.pipeline.place_provinces import possessing_provinces, provinces_of_cities
from warta.pipeline.place_regions import (
    Regions,
    in_possessing_country,
    list_peers,
    told_countries,
    unit_lists,
)
from warta.pipeline.place_run import match_run
from warta.pipeline.place_senses import adjective_countries, new_again
from warta.pipeline.place_spans import (
    Run,
    Tok,
    find_runs,
    variants,
)
from warta.pipeline.place_units import in_named_unit
from warta.pipeline.place_uses import acting, actor, literal_uses
from warta.pipeline.place_words import tokenize


def find_places(text: str, lang: Lang, sentences: list[Sentence],
                gazetteer: Gazetteer | None = None,
                demonyms: bool = False, fuzzy: bool = True, literal: bool = False,
                facilities: bool = False) -> list[PlaceMention]:
    """Every place mention of ``text``, in text order. With ``demonyms``,
    adjectives of peoples the language lists ("Russian") count as places too,
    as geoparsing corpora annotate them (the news convention leaves them out).
    With ``fuzzy``, a name after a place word that the gazetteer lacks as
    written is looked up by near matches (transliteration variants). With
    ``literal``, only names used as locations are given, as named-entity
    corpora tag them: not "Israel" in "Israel said" or "warga Palestina".
    With ``facilities``, named buildings, hospitals, airports and the like are
    places too (precision ``point``), covering the place names inside them."""
    gaz = gazetteer or default_gazetteer()
    lex = lexicon(lang)
    toks = tokenize(text, sentences, lex.shortened_heads)
    if is_lower_cased(toks):  # no capitals to go by: strong evidence only
        matches = lower_matches(text, toks, lex, gaz)
    else:
        matches = _cased_matches(text, toks, lex, gaz, demonyms, fuzzy)
    matches.sort(key=lambda m: m.start)
    adjectives: set[int] = set()
    if demonyms:  # a people's adjective is its country, and no context for the rest
        for m in matches:
            codes = lex.demonyms.get(m.key, ())
            if m.cands and all(c.code in codes for c in m.cands):
                m.best = m.cands[0]
                adjectives.add(id(m))
    names = [m for m in matches if id(m) not in adjectives]
    for m in names:  # "in X", "in W, X and Y", "X International Airport": the text uses the name as a place
        m.located = after_locative(text, toks, m.i, m.j, lex) or names_a_site(toks, m, lex)
        m.alone = alone(text, toks, m)
        m.quarter = in_quarter(toks, m, lex)
        m.sentence = toks[m.i].sent
    for a, b in zip(names, names[1:]):
        a.then = text[a.end:b.start].strip()
    resolve(names, set() if demonyms else adjective_countries(toks, lex))
    possessing_provinces(text, toks, names)  # "Kharkiv's Kupiansk area": the oblast holds Kupiansk
    provinces_of_cities(names, gaz)  # "the Zaporozhye region": the oblast, by its city's other name
    unit_lists(text, names, lex)  # "Utah, Washington and Wyoming": the states
    in_named_unit(text, names, lex)  # "Novoukrainka in the Donetsk region": there, or one the index lacks
    new_again(names)  # "the town of Mahas ... a resident of Mahas": the place the index lacks, both times
    possessed = in_possessing_country(text, names)  # "Colombia's Catatumbo region": in Colombia
    subjects = frozenset(id(m) for m in names if acting(text, toks, m, lex))
    regions = list_peers(text, names, Regions(text, names, lex, subjects), lex)
    told = {k: gaz.by_code(code) for k, code in (told_countries(toks, names, lex) | possessed).items()}
    out = []
    for m in matches:
        if m.best or m.new:
            out.append(_mention(text, toks, m, regions, lex, told.get(id(m))))
            out[-1].demonym = id(m) in adjectives
    out = with_addresses(text, toks, out, lex)
    return _convention(text, toks, out, lex, literal, facilities)


def as_convention(text: str, lang: Lang, sentences: list[Sentence], places: list[PlaceMention],
                  literal: bool = False, facilities: bool = False) -> list[PlaceMention]:
    """``places`` (from :func:`find_places`) as a named-entity convention has
    them: with ``facilities``, named buildings and sites added (the places
    inside them give way); with ``literal``, only the names the text uses as
    locations (not "Moscow said", the agent of a passive, a modifier of a noun
    such as "warga Palestina", nor part of a longer name)."""
    lex = lexicon(lang)
    return _convention(text, tokenize(text, sentences, lex.shortened_heads), places, lex, literal, facilities)


def _convention(text: str, toks: list[Tok], places: list[PlaceMention], lex: PlaceLexicon,
                literal: bool, facilities: bool) -> list[PlaceMention]:
    if facilities:  # "Taman Makam Pahlawan, Kalibata": a facility may open an address too
        places = with_addresses(text, toks, with_facilities(text, toks, places, lex), lex)
    if literal:
        places = [p for p, keep in zip(places, literal_uses(text, toks, places, lex), strict=True) if keep]
    return places


def _cased_matches(text: str, toks: list[Tok], lex: PlaceLexicon, gaz: Gazetteer,
                   demonyms: bool, fuzzy: bool) -> list[Match]:
    """Place matches of a text with capitals: runs of capitalised words and
    what trigger words announce."""
    lower, doers, surnames = _word_sets(toks, lex)
    runs = joined_runs(text, toks, find_runs(text, toks, lex, lower), lex, gaz)  # "Bosnia and Herzegovina"
    keys: set[str] = set()
    for run in runs:
        variants(text, toks, run, lex, keys)
    named = set(lex.home_countries) | {
        code for k in keys if k in lex.countries for code in lex.curated.get(k, ()) if len(code) == 2}
    found = _with_spelled_out(keys, lex, gaz, named)
    if demonyms:
        for key, codes in lex.demonyms.items():
            if key in keys:
                found[key] = [c for c in (gaz.by_code(x) for x in codes) if c]
    matches: list[Match] = []
    persons: set[str] = set()
    names = long_names(text, toks, runs, lex, found, named)
    wants = list_wants(text, toks, runs, lex)
    known: dict[str, list[Candidate]] = {}
    for run in runs:
        matches += match_run(text, toks, run, lex, gaz, found, lower, persons, named, names, known,
                              wants.get(run.toks[0]))
    persons |= doers
    matches = [m for m in matches if not (m.j - m.i == 1 and m.key in persons and not m.curated)
               and (demonyms or m.key not in lex.demonyms)]  # news: "Somali forces" names no place
    run_of = {g: r for r in runs for g in r.toks}
    matches = without_groups(text, toks, run_of, matches, lex)  # "Organisasi Papua Merdeka", "batalion Azov"
    matches = without_donors(toks, without_firms(text, matches), lex)  # "Stevens & Wilkinson", "RS Saudi"
    matches += _abbreviations(text, toks, runs, matches, lex, gaz)
    if fuzzy:
        matches += fuzzy_matches(text, toks, runs, matches, lex, gaz, found)
    new = [m for m in new_settlements(text, toks, runs, matches, lex, found, lower, run_of)
           if not (m.j - m.i == 1 and m.key in surnames)  # "Donald Trump ... the Trump camp"
           and not _after_no_place_word(toks, m, lex)]
    matches += without_groups(text, toks, run_of, new, lex)  # "negara bagian X ... Tentara Pembebasan X"
    return matches


def _after_no_place_word(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a word after which no name is a place stands right before ``m`` in lower case
    ("koridor Morag": a route), as for the index's names (place_keep)."""
    prev = toks[m.i - 1] if m.i and toks[m.i - 1].sent == toks[m.i].sent else None
    return prev is not None and not prev.cap and prev.key in lex.not_before


def _word_sets(toks: list[Tok], lex: PlaceLexicon) -> tuple[set[str], set[str], set[str]]:
    """The words the text writes in lower case; the known given names and surnames that do what
    only people do ("Lincoln lived", "Lincoln wafat": people at every mention of the text); and
    the words written right after a known given name ("Donald Trump": a surname at its other
    mentions too, "the Trump camp")."""
    lower: set[str] = set()
    doers: set[str] = set()
    surnames: set[str] = set()
    last = len(toks) - 1
    for g in range(len(toks)):
        t = toks[g]
        if not t.cap:
            lower.add(t.key)
            continue
        if g < last:
            nxt = toks[g + 1]
            if t.sent == nxt.sent:
                if not t.possessive and nxt.key in lex.person_deeds and t.key in lex.person_names:
                    doers.add(t.key)
                if nxt.cap and nxt.start == t.end + 1 and t.key in lex.given_names:
                    surnames.add(nxt.key)
    return lower, doers, surnames


def _with_spelled_out(keys: set[str], lex: PlaceLexicon, gaz: Gazetteer,
                      named: set[str]) -> dict[str, list[Candidate]]:
    """The index's candidates for ``keys``; a name that begins with a
    shortened word ("Mt. Pleasant") has those of its spelled-out form too
    ("Mount Pleasant"), as the index may know the town by either: a place
    is known by its main name when either form is its main name. A compass
    point written in one word ("Northwest", "Barat Laut") has those of its two
    words in the countries the text names (``named``): "Cameroon's Northwest
    region" is North-West, but "Northwest Washington" no South African province."""
    full = {}
    for k in keys:
        space = k.find(" ")  # a word and the rest of the name after it (most keys are one word)
        if 0 <= space < len(k) - 1 and k[:space] in lex.shortened:
            full[k] = f"{lex.shortened[k[:space]]} {k[space + 1:]}"
        elif k in lex.compass:  # "Northwest" (region): North-West
            full[k] = lex.compass[k]
    found = gaz.lookup(keys)  # (a dict of its own)
    if full:  # (the spelled-out forms asked apart: no copy of every key)
        found.update(gaz.lookup({f for f in full.values() if f not in keys}))
    for k, f in full.items():
        merged: dict[int, Candidate] = {}
        apart = [c for c in found.get(f, []) if c.country in named] if k in lex.compass else found.get(f, [])
        for c in found.get(k, []) + apart:
            if c.id not in merged or c.primary and not merged[c.id].primary:
                merged[c.id] = c
        if merged:
            found[k] = list(merged.values())
    return found


def _abbreviations(text: str, toks: list[Tok], runs: list[Run], matches: list[Match],
                   lex: PlaceLexicon, gaz: Gazetteer) -> list[Match]:
    """State abbreviations in "City, Abbr." ("Gainesville, Ga.") and before
    a lower-case word, as a modifier ("a Missing Ill. man")."""
    taken = {g for m in matches for g in range(m.i, m.j)}
    out: list[Match] = []
    for run in runs:
        g = run.toks[-1]
        t = first = toks[g]
        if text[t.end:t.end + 1] != "." or g in taken:
            continue  # an abbreviation ends in a stop (most runs end in none)
        after = text[t.end:t.end + 3]
        modifier = after[:2] == ". " and after[2:].islower()  # "Missing Ill. man", "Western Mass. stargazers"
        if len(run.toks) != 1 and not modifier:
            continue
        code = None
        if g and text[toks[g - 1].end:t.start] == ". " and g - 1 not in taken:
            code = lex.abbreviations.get(f"{toks[g - 1].key} {t.key}")  # "Wheeling, W. Va."
            first = toks[g - 1] if code else t
        code = code or lex.abbreviations.get(t.key)
        bound = text[first.start - 2:first.start] in (", ", "D-", "R-")  # "Gainesville, Ga.", "D-Pa."
        if code and after[:1] == "." and (bound or modifier) and (c := gaz.by_code(code)):
            out.append(Match(first.start, t.end + 1, t.key, g, g + 1, g, run.dateline,
                             None, [c], (code,)))
    return out


def _mention(text: str, toks: list[Tok], m: Match, regions: Regions,
             lex: PlaceLexicon, told: Candidate | None = None) -> PlaceMention:
    """``m`` as a place mention; a name the index lacks lies where :class:`Regions`
    puts it, unless that is outside the country ``told`` by its phrase ("the
    Malian town of X") and the text does not put it somewhere right after it ("the Russian
    air base at X in Syria": the base's owner, not its country)."""
    end = _with_last_dot(text, m.start, m.end)
    span = text[m.start:end]
    if m.best is None:
        region = regions.sense_of(m)
        b = region.best if region else None
        if told is not None and (b is None or b.country != told.country) \
                and not _put_in(text, m, regions, lex):
            unit = regions.unit_in(told.country or "", m)  # "the Malian town of X" and, later, "Kidal"
            b = unit.best if unit is not None else told
        name = span
        if toks[m.i].key in lex.heads_before and m.j - m.i > 1:  # "Desa X", "Kec. X": the name is X
            name = text[toks[m.i + 1].start:m.end]
        return PlaceMention(
            m.start, end, span, name, b.lat if b else None, b.lon if b else None,
            b.country if b else None, PRECISION[b.kind] if b else "settlement", found=False,
            admin1=(b.code if b and b.kind == "admin1" else b.admin1 if b else None))
    b = m.best
    return PlaceMention(
        m.start, end, span, b.name, _rounded(b.lat), _rounded(b.lon), b.country,
        PRECISION.get(b.kind, "settlement"), True, b.gid,
        b.code if b.kind == "admin1" else b.admin1, actor(text, toks, m, lex))


_ROUNDED: Final[dict[float, float]] = {}  # coordinates rounded to four decimals, as they were asked
ROUNDED_MOST: Final = 100_000  # coordinates remembered at most


def _rounded(x: float) -> float:
    """``round(x, 4)``, remembered: the index's places come up again and again."""
    if x == 0.0:
        return round(x, 4)  # (0.0 and -0.0 are one key)
    r = _ROUNDED.get(x)
    if r is None:
        if len(_ROUNDED) >= ROUNDED_MOST:
            _ROUNDED.clear()
        r = round(x, 4)
        _ROUNDED[x] = r
    return r


def _put_in(text: str, m: Match, regions: Regions, lex: PlaceLexicon) -> bool:
    """Whether a locative right after ``m`` puts it in a place the text names ("at X in Syria")."""
    put = regions.apposed(m)
    return put is not None and any(w.lower() in lex.locative for w in text[m.end:put.start].split())


def _with_last_dot(text: str, start: int, end: int) -> int:
    """The end of a name written with initials ("U.S.", "U.A.E."): its last initial's
    full stop is part of it, also where that stop ends the sentence."""
    span = text[start:end]
    if "." in span and text[end:end + 1] == "." and span[-2:-1] == "." and span[-1].isalpha():
        return end + 1
    return end
