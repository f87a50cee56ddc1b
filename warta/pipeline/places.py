"""Place mentions: every toponym of an article, located with the gazetteer.

Candidate spans are runs of capitalised words (and names a trigger word
such as "desa"/"village" announces); each is looked up folded, filtered
(person names, common words, abbreviations) and ranked in the context of
the whole article (countries and admin units it names, nearby places,
trigger words). A settlement the gazetteer lacks but the text marks with a
trigger is kept with ``found=False`` at the region the text puts it in.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.geo.gazetteer import Candidate, Gazetteer, default_gazetteer
from warta.geo.match import Match
from warta.geo.resolve import PRECISION, candidates, resolve
from warta.lang import Lang
from warta.model import PlaceMention, Sentence
from warta.pipeline.place_address import with_addresses
from warta.pipeline.place_facilities import with_facilities
from warta.pipeline.place_fuzzy import fuzzy_matches
from warta.pipeline.place_groups import without_donors, without_firms, without_groups
from warta.pipeline.place_joined import joined_runs
from warta.pipeline.place_keep import UNIT_WANTS, keep_hit
from warta.pipeline.place_lexicon import PlaceLexicon, lexicon
from warta.pipeline.place_located import after_locative, alone, names_a_site
from warta.pipeline.place_lower import is_lower_cased, lower_matches
from warta.pipeline.place_names import Name, long_names, name_at
from warta.pipeline.place_new import new_settlements
from warta.pipeline.place_persons import after_initial, opening_verb, person_zone, surnames_after_given_names
from warta.pipeline.place_provinces import possessing_provinces, provinces_of_cities
from warta.pipeline.place_regions import (
    Regions,
    in_possessing_country,
    list_peers,
    told_countries,
    unit_lists,
)
from warta.pipeline.place_senses import adjective_countries, new_again
from warta.pipeline.place_spans import (
    STREET,
    Run,
    Tok,
    Variant,
    context_want,
    find_runs,
    headline,
    list_wants,
    tokenize,
    trigger,
    variants,
)
from warta.pipeline.place_units import head_want, in_named_unit
from warta.pipeline.place_uses import acting, actor, literal_uses


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
    lower = {t.key for t in toks if not t.cap}
    runs = joined_runs(text, toks, find_runs(text, toks, lex, lower), lex, gaz)  # "Bosnia and Herzegovina"
    keys: set[str] = set()
    for run in runs:
        variants(text, toks, run, lex)
        keys.update(v.key for vs in run.variants.values() for v in vs)
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
    for run in runs:
        matches += _match_run(text, toks, run, lex, gaz, found, lower, persons, named, names,
                              wants.get(run.toks[0]))
    persons |= _doers(toks, lex)
    matches = [m for m in matches if not (m.j - m.i == 1 and m.key in persons and not m.curated)
               and (demonyms or m.key not in lex.demonyms)]  # news: "Somali forces" names no place
    matches = without_groups(text, toks, runs, matches, lex)  # "Organisasi Papua Merdeka", "batalion Azov"
    matches = without_donors(toks, without_firms(text, matches), lex)  # "Stevens & Wilkinson", "RS Saudi"
    matches += _abbreviations(text, toks, runs, matches, lex, gaz)
    if fuzzy:
        matches += fuzzy_matches(text, toks, runs, matches, lex, gaz, found)
    surnames = surnames_after_given_names(toks, lex)
    matches += [m for m in new_settlements(text, toks, runs, matches, lex, found)
                if not (m.j - m.i == 1 and m.key in surnames)]  # "Donald Trump ... the Trump camp"
    return matches


def _doers(toks: list[Tok], lex: PlaceLexicon) -> set[str]:
    """Known given names and surnames that do what only people do ("Lincoln
    lived", "Lincoln wafat"): people at every mention of the text."""
    return {t.key for t, nxt in zip(toks, toks[1:]) if t.cap and not t.possessive and t.sent == nxt.sent
            and nxt.key in lex.person_deeds and t.key in lex.person_names}


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
        first, _, rest = k.partition(" ")
        if rest and first in lex.shortened:
            full[k] = f"{lex.shortened[first]} {rest}"
        elif k in lex.compass:  # "Northwest" (region): North-West
            full[k] = lex.compass[k]
    found = dict(gaz.lookup(keys | set(full.values())))
    for k, f in full.items():
        merged: dict[int, Candidate] = {}
        apart = [c for c in found.get(f, []) if c.country in named] if k in lex.compass else found.get(f, [])
        for c in found.get(k, []) + apart:
            if c.id not in merged or c.primary and not merged[c.id].primary:
                merged[c.id] = c
        if merged:
            found[k] = list(merged.values())
    return found


def _candidates(key: str, lex: PlaceLexicon, gaz: Gazetteer,
                found: dict[str, list[Candidate]]) -> tuple[list[Candidate], tuple[str, ...]]:
    curated = lex.curated.get(key, ())
    return candidates(gaz, key, curated, found), curated


def _usable(v: Variant, lex: PlaceLexicon, gaz: Gazetteer, found: dict[str, list[Candidate]],
            named: set[str]) -> tuple[list[Candidate], tuple[str, ...]]:
    """The candidates of one reading of a span; a feature's name read alone
    ("Sunda" of "Selat Sunda") only in a country the text names."""
    cands, curated = _candidates(v.key, lex, gaz, found)
    if v.want == "feature":
        cands = [c for c in cands if c.country in named]
    if v.joined:  # "Petion-Ville" is Pétionville, "Tri-State" no other name of Laughlin
        cands = [c for c in cands if c.primary]
    return cands, curated


def _abroad_after_country(first: str, cands: list[Candidate], lex: PlaceLexicon, gaz: Gazetteer,
                          found: dict[str, list[Candidate]]) -> bool:
    """A country's name plus a direction that names a place outside that country."""
    countries = {c.country for c in _candidates(first, lex, gaz, found)[0] if c.kind == "country"}
    return bool(countries) and not any(c.country in countries for c in cands)


def _match_run(text: str, toks: list[Tok], run: Run, lex: PlaceLexicon, gaz: Gazetteer,
               found: dict[str, list[Candidate]], lower: set[str],
               persons: set[str], named: set[str], names: set[Name],
               listed: str | None = None) -> list[Match]:
    """Place matches of one run; ``named`` holds the countries the text names
    and the language's home countries, ``names`` the article's long names,
    ``listed`` what a trigger word around the run's list asks for."""
    ids = run.toks
    n = len(ids)
    zone = person_zone(text, toks, run, lex, found)
    loose = _loose(text, toks, run, zone, lex, found)
    ahead = [0]  # loose words before each position of the run
    for x in loose:
        ahead.append(ahead[-1] + x)
    taken = 0  # loose words that earlier matches took
    out: list[Match] = []
    i = 0
    while i < n:
        long = _long_name(toks, ids, i, lex, names)
        if long:  # "Polsek Astana Anyar": one place the index lacks, not Astana
            end, key = long
            out.append(Match(toks[ids[i]].start, toks[ids[end - 1]].end, key, ids[i], ids[end - 1] + 1,
                             run.toks[0], run.dateline, "new", [], (), new=True))
            taken += ahead[end] - ahead[i]
            i = end
            continue
        hit = None
        unnamed = 0  # a name that is no place, though the index lacks it: "Native American"
        for j in range(min(n, i + 6), i, -1):
            if j == i + 1 and toks[ids[i]].key in lex.heads_before and toks[ids[i]].key not in lex.curated:
                continue  # a head alone names no place: "Desa X", "Ibu Kota"
            vs: Sequence[Variant] = run.variants.get((i, j), ())
            if j > i + 1 and vs and vs[0].key in lex.not_places:
                unnamed = j
                break
            for v in vs:
                cands, curated = _usable(v, lex, gaz, found, named)
                if not cands:
                    continue
                if v.want == "direction" and any(c.kind == "country" for c in _candidates(
                        vs[0].key, lex, gaz, found)[0]):
                    continue
                if j - i > 1 and all(toks[g].key in lex.directions for g in ids[i + 1:j]) and not curated \
                        and _abroad_after_country(toks[ids[i]].key, cands, lex, gaz, found):
                    continue  # "Lebanon Selatan" in a headline is south Lebanon, not a town in Ohio
                heads = [w for w in vs if w.want and w.want != "direction"]
                want = head_want(heads[0].want if heads else None, v.key, cands, False)
                key = heads[0].key if heads and v is vs[0] else v.key
                hit = Match(v.start, v.end, key, ids[i], ids[j - 1] + 1, run.toks[0], run.dateline,
                             want, cands, curated)
                break
            if hit:
                break
        if unnamed:
            i = unnamed
            continue
        if hit is None:
            span = _headed(toks, ids, i, lex, headline(text, toks, run))
            if span:
                start, end, name = span
                hit = Match(toks[ids[start]].start, toks[ids[end - 1]].end, name, ids[start],
                            ids[end - 1] + 1, run.toks[0], run.dateline, "new", [], (), new=True)
                out.append(hit)
                taken += ahead[end] - ahead[i]
                i = end
                continue
            if toks[ids[i]].key in lex.seat_connectors:  # "Edward Lee of Southlake": the
                taken = max(taken, ahead[i])  # names before are a person's or a body's, not this place's
            i += 1
            continue
        if hit.key in lex.not_places:
            i = hit.j - ids[0]
            continue
        if hit.i == ids[0] and hit.j - hit.i == 1 and not hit.curated and after_initial(text, toks, hit.i):
            persons.add(hit.key)  # "Judge Thomas B. Hoover": a surname, here and at its other mentions
            i = hit.j - ids[0]
            continue
        if hit.want is None:
            kind, at = trigger(toks, hit.i, hit.j, lex)
            settles = at == hit.j and not toks[at].cap and toks[at].key in lex.province_settlements
            hit.want = head_want(kind, hit.key, hit.cands, settles) \
                or (listed if hit.i == ids[0] else None) or context_want(text, toks, hit.i, hit.j, lex)
        if hit.j - hit.i == 1 and toks[hit.i].key in lex.stoplist and hit.want in UNIT_WANTS:
            # "Haiti's Centre department", "the East region of Cameroon": a unit of a country the text
            # names, not "the Police district" of a Polish county
            hit.cands = [c for c in hit.cands if c.country in named and c.kind in ("admin1", "admin2")]
            if not hit.cands:
                i = hit.j - ids[0]
                continue
        if lex.river_words and _river(toks, hit, lex):
            hit.cands = [c for c in hit.cands if c.kind == "region"]
            hit.want, hit.new = hit.want or "new", not hit.cands
        if _directed(toks, hit, run, lex):  # "Distrik Aifat Selatan": a district of its own, not Aifat
            hit = Match(hit.start, toks[hit.j].end, f"{hit.key} {toks[hit.j].key}", hit.i, hit.j + 1,
                        run.toks[0], run.dateline, hit.want or "new", [], (), new=True)
        if keep_hit(text, toks, hit, run, zone, lex, lower, loose,
                 ahead[hit.i - ids[0]] - taken > 0):
            out.append(hit)
            taken += ahead[hit.j - ids[0]] - ahead[hit.i - ids[0]]
        i = hit.j - ids[0]
    if zone:
        persons.add(toks[max(zone)].key)
    elif 2 <= n <= 3 and toks[ids[-1]].key in found and not any(
            m.i <= ids[-1] < m.j for m in out) and not toks[ids[-1]].text.isupper() \
            and all(toks[g].cap for g in ids) and not any(toks[ids[0]].key in words for words in (
                lower, lex.stoplist, lex.common_words, lex.not_before, lex.facility_heads_before,
                lex.body_words)) \
            and not opening_verb(toks, ids[0], lex, found):
        # "Bob Jones": later "Jones" is the person; not "After Paris" (a word the text also
        # writes in lower case), "Baseball Toronto", "Downtown Greer", "Observer of Raleigh"
        # or "Visiting Mosul", nor "Trans Papua" (a road)
        persons.add(toks[ids[-1]].key)
    return out


def _directed(toks: list[Tok], hit: Match, run: Run, lex: PlaceLexicon) -> bool:
    """Whether a unit's head opens ``hit`` and a compass word the index did not take with
    the name follows it in the run: a unit named after another ("Distrik Aifat Selatan")."""
    return hit.j <= run.toks[-1] and toks[hit.i].key in lex.heads_before \
        and lex.heads_before[toks[hit.i].key] not in ("feature", "street") \
        and toks[hit.j].key in lex.directions and toks[hit.j].cap and not hit.curated


def _river(toks: list[Tok], hit: Match, lex: PlaceLexicon) -> bool:
    """Whether a river word announces ``hit`` ("the Dnipro river", "sungai Dnipro", "Sungai
    Efrat", "the River Moy"): then the name is the river's, and a town or unit of that name
    no reading of it. Not a name that ends in the word ("St. Marys River Celebration")."""
    s = toks[hit.i].sent

    def said(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].sent == s and toks[k].key in lex.river_words

    head = toks[hit.i].key
    return said(hit.j) or said(hit.i - 1) and (not toks[hit.i - 1].cap or hit.i - 1 == hit.first) \
        or said(hit.i) and hit.j - hit.i > 1 and not hit.key.startswith(head)


def _long_name(toks: list[Tok], ids: list[int], i: int, lex: PlaceLexicon,
               names: set[Name]) -> tuple[int, str] | None:
    """A long name (:func:`long_names`) at run position ``i``, with a head
    before or after it ("Kecamatan Astana Anyar"): the run position past it
    and its key."""
    head = int(toks[ids[i]].key in lex.heads_before)
    width = name_at(toks, ids, i + head, names) if head else name_at(toks, ids, i, names)
    if not width:
        return None
    end = i + head + width
    if end < len(ids) and toks[ids[end]].key in lex.heads_after:
        end += 1
    return end, " ".join(toks[g].key for g in ids[i + head:i + head + width])


HEADED_NAME = 3  # words of a name after its head ("Desa Sido Mulyo Asri")


def _headed(toks: list[Tok], ids: list[int], i: int, lex: PlaceLexicon,
            titled: bool = False) -> tuple[int, int, str] | None:
    """A name that a generic head before it marks as a place though the index
    lacks it ("Desa Kaligunting", "Jalan Merdeka"): run positions of the span
    and the key of the name. In a line written In Title Case (``titled``) the
    capitals tell no name's end: one word, and no street ("Bom Pinggir Jalan
    Tewaskan ...": a roadside bomb kills)."""
    n = len(ids)
    if titled and lex.heads_before.get(toks[ids[i]].key) == STREET:
        return None

    def plain(g: int) -> bool:
        k = toks[ids[g]].key
        return k not in lex.stoplist and k not in lex.heads_before and k not in lex.titles

    if i + 1 < n and toks[ids[i + 1]].key in lex.body_words:
        return None  # "Kantor Wilayah Departemen Sosial": a body's office, no place

    nxt = toks[ids[i + 1]].key if i + 1 < n else ""
    if toks[ids[i]].key not in lex.heads_before or not nxt or nxt in lex.stoplist or nxt in lex.titles:
        return None
    if i > 0 and toks[ids[i - 1]].key + toks[ids[i]].key in lex.titles:
        return None  # the head ends a title ("Wali Kota" = "walikota"): a person follows
    end = i + 2  # the name may begin with a head word: "Kecamatan Pulau Banyak"
    while end < min(n, i + 1 + (1 if titled else HEADED_NAME)) and plain(end):
        end += 1
    return i, end, " ".join(toks[g].key for g in ids[i + 1:end])


def _abbreviations(text: str, toks: list[Tok], runs: list[Run], matches: list[Match],
                   lex: PlaceLexicon, gaz: Gazetteer) -> list[Match]:
    """State abbreviations in "City, Abbr." ("Gainesville, Ga.") and before
    a lower-case word, as a modifier ("a Missing Ill. man")."""
    taken = {g for m in matches for g in range(m.i, m.j)}
    out: list[Match] = []
    for run in runs:
        g = run.toks[-1]
        t = first = toks[g]
        after = text[t.end:t.end + 3]
        modifier = after[:2] == ". " and after[2:].islower()  # "Missing Ill. man", "Western Mass. stargazers"
        if len(run.toks) != 1 and not modifier or g in taken:
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


def _loose(text: str, toks: list[Tok], run: Run, zone: set[int], lex: PlaceLexicon,
           found: dict[str, list[Candidate]]) -> list[bool]:
    """For each token of ``run``: a word that may be part of a person's
    name around a place (not a title, head, connector, context word, stop
    word such as a day's name ("Alexandria Friday night") or acronym, nor
    already in the person zone, nor a place hyphened to another:
    "Amsterdam-London" is a route), nor a word of a body's name after the body's word
    ("Komite Perlawanan El-Fasher", "RS Bhayangkara Palu")."""
    out = []
    first, last = run.toks[0], run.toks[-1]  # a run's tokens are consecutive
    body = next((g for g in run.toks if toks[g].key in lex.body_words
                 or toks[g].key in lex.facility_heads_before), last + 1)
    for g in run.toks:
        t = toks[g]
        if g >= body:
            out.append(False)
            continue
        hyphened = t.key in found and (
            text[t.end:t.end + 1] == "-" and g < last and toks[g + 1].key in found
            or text[t.start - 1:t.start] == "-" and g > first and toks[g - 1].key in found)
        out.append(not (g in zone or hyphened or t.key in lex.context_words
                        or t.key in lex.titles or t.key in lex.connectors
                        or t.key in lex.heads_after or t.key in lex.heads_before
                        or t.key in lex.stoplist or t.text.isupper() or opening_verb(toks, g, lex, found)))
    return out


def _mention(text: str, toks: list[Tok], m: Match, regions: Regions,
             lex: PlaceLexicon, told: Candidate | None = None) -> PlaceMention:
    """``m`` as a place mention; a name the index lacks lies where :class:`Regions`
    puts it, unless that is outside the country ``told`` by its phrase ("the
    Malian town of X")."""
    end = _with_last_dot(text, m.start, m.end)
    span = text[m.start:end]
    if m.best is None:
        region = regions.sense_of(m)
        b = region.best if region else None
        if told is not None and (b is None or b.country != told.country):
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
        m.start, end, span, b.name, round(b.lat, 4), round(b.lon, 4), b.country,
        PRECISION.get(b.kind, "settlement"), found=True, geonameid=b.gid,
        admin1=b.code if b.kind == "admin1" else b.admin1,
        actor_use=actor(text, toks, m, lex))


def _with_last_dot(text: str, start: int, end: int) -> int:
    """The end of a name written with initials ("U.S.", "U.A.E."): its last initial's
    full stop is part of it, also where that stop ends the sentence."""
    span = text[start:end]
    if "." in span and text[end:end + 1] == "." and span[-2:-1] == "." and span[-1].isalpha():
        return end + 1
    return end
