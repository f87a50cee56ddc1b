"""Place matches of one run of capitalised words: at each position the longest
span the index (or the language's curated names) knows, read with the head
words, triggers and person names around it; a name a generic head announces
("Desa X") where the index lacks it."""

from __future__ import annotations

from typing import Final

from warta.geo.gazetteer import Candidate, Gazetteer
from warta.geo.match import Match
from warta.geo.resolve import candidates
from warta.pipeline.place_keep import UNIT_WANTS, keep_hit
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_names import Name, name_at
from warta.pipeline.place_persons import after_initial, opening_verb, person_zone
from warta.pipeline.place_spans import (
    MAX_TOKENS,
    STREET,
    Run,
    Tok,
    Variant,
    context_want,
    headline,
    trigger,
)
from warta.pipeline.place_units import head_want


def _candidates(key: str, lex: PlaceLexicon, gaz: Gazetteer,
                found: dict[str, list[Candidate]]) -> tuple[list[Candidate], tuple[str, ...]]:
    curated = lex.curated.get(key, ())
    return candidates(gaz, key, curated, found), curated


def _usable(v: Variant, lex: PlaceLexicon, gaz: Gazetteer, found: dict[str, list[Candidate]],
            named: set[str], known: dict[str, list[Candidate]]) -> tuple[list[Candidate], tuple[str, ...]]:
    """The candidates of one reading of a span; a feature's name read alone
    ("Sunda" of "Selat Sunda") only in a country the text names. ``known`` holds the
    article's candidates of each key asked so far (no list is changed in place)."""
    curated = lex.curated.get(v.key, ())
    cands = known.get(v.key)
    if cands is None:
        cands = candidates(gaz, v.key, curated, found)
        known[v.key] = cands
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


def match_run(text: str, toks: list[Tok], run: Run, lex: PlaceLexicon, gaz: Gazetteer,
               found: dict[str, list[Candidate]], lower: set[str],
               persons: set[str], named: set[str], names: set[Name], known: dict[str, list[Candidate]],
               listed: str | None = None) -> list[Match]:
    """Place matches of one run; ``named`` holds the countries the text names
    and the language's home countries, ``names`` the article's long names, ``known``
    the article's candidates of each key asked so far (:func:`_usable`),
    ``listed`` what a trigger word around the run's list asks for."""
    ids = run.toks
    n = len(ids)
    zone = person_zone(text, toks, run, lex, found)
    out = _matches(text, toks, run, lex, gaz, found, lower, persons, named, names, known, listed, zone) \
        if _may_match(toks, run, lex, found, names) else []
    if zone:
        persons.add(toks[max(zone)].key)
    elif 2 <= n <= 3 and toks[ids[-1]].key in found and not any(
            m.i <= ids[-1] < m.j for m in out) and not toks[ids[-1]].text.isupper() \
            and all(toks[g].cap for g in ids) and toks[ids[0]].key not in lower \
            and toks[ids[0]].key not in _word_sets(lex)[1] \
            and not opening_verb(toks, ids[0], lex, found):
        # "Bob Jones": later "Jones" is the person; not "After Paris" (a word the text also
        # writes in lower case), "Baseball Toronto", "Downtown Greer", "Observer of Raleigh"
        # or "Visiting Mosul", nor "Trans Papua" (a road)
        persons.add(toks[ids[-1]].key)
    return out


def _may_match(toks: list[Tok], run: Run, lex: PlaceLexicon, found: dict[str, list[Candidate]],
               names: set[Name]) -> bool:
    """Whether any span of ``run`` may be a match: a reading of it that the index or the
    language data holds, a head word or the first word of a long name."""
    ids = run.toks
    if any(toks[g].key in lex.heads_before for g in ids):
        return True
    if names and any(toks[g].key == name[0] for g in ids for name in names):
        return True
    curated = lex.curated
    for vs in run.variants:
        for v in vs:
            if v.key in found or v.key in curated:
                return True
    return False


def _matches(text: str, toks: list[Tok], run: Run, lex: PlaceLexicon, gaz: Gazetteer,
             found: dict[str, list[Candidate]], lower: set[str], persons: set[str], named: set[str],
             names: set[Name], known: dict[str, list[Candidate]], listed: str | None,
             zone: set[int]) -> list[Match]:
    """The matches of :func:`match_run` (which see), ``zone`` being the run's person zone."""
    ids = run.toks
    n = len(ids)
    # (a run of one word has no loose word before a hit, nor the one after it keep_hit asks of two)
    loose = _loose(text, toks, run, zone, lex, found) if n > 1 else [False]
    ahead = [0]  # loose words before each position of the run
    for x in loose:
        ahead.append(ahead[-1] + x)
    taken = 0  # loose words that earlier matches took
    links = linked_positions(text, toks, ids, lex)
    out: list[Match] = []
    i = 0
    while i < n:
        long = _long_name(toks, ids, i, lex, names) if names else None
        if long:  # "Polsek Astana Anyar": one place the index lacks, not Astana
            end, key = long
            out.append(Match(toks[ids[i]].start, toks[ids[end - 1]].end, key, ids[i], ids[end - 1] + 1,
                             run.toks[0], run.dateline, "new", [], (), new=True))
            taken += ahead[end] - ahead[i]
            i = end
            continue
        hit, unnamed = _longest_hit(toks, ids, i, run, lex, gaz, found, named, links, known)
        if unnamed:
            i = unnamed
            continue
        if hit is None:
            span = _headed(toks, ids, i, lex, headline(text, toks, run)) \
                if toks[ids[i]].key in lex.heads_before else None  # only a head opens one
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
            told = kind is not None and (at < hit.i or not toks[at].cap)
            hit.told = hit.want is not None and (told or listed is not None and hit.i == ids[0])
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
    return out


def linked_positions(text: str, toks: list[Tok], ids: list[int], lex: PlaceLexicon) -> set[int]:
    """Run positions of linking particles between hyphens ("Dand-e-Patan"): no span of the run
    may end before one or begin after one, so a name's halves are never places of their own."""
    return {p for p in range(1, len(ids) - 1) if toks[ids[p]].key in lex.name_links
            and not toks[ids[p]].cap and text[toks[ids[p - 1]].end:toks[ids[p]].start] == "-"
            and text[toks[ids[p]].end:toks[ids[p + 1]].start] == "-"}


def _longest_hit(toks: list[Tok], ids: list[int], i: int, run: Run, lex: PlaceLexicon, gaz: Gazetteer,
                 found: dict[str, list[Candidate]], named: set[str],
                 links: set[int], known: dict[str, list[Candidate]]) -> tuple[Match | None, int]:
    """The longest span from run position ``i`` that the index knows, read with its head word;
    else the end of a longer span that is no place, or 0. No span cuts a name at a linking
    particle (``links``)."""
    n = len(ids)
    if links and (i - 1 in links or i in links):
        return None, 0
    first = toks[ids[i]].key
    curated_names = lex.curated
    head_alone = first in lex.heads_before and first not in curated_names
    for j in range(min(n, i + MAX_TOKENS), i, -1):
        if links and (j in links or j - 1 in links):
            continue
        if j == i + 1 and head_alone:
            continue  # a head alone names no place: "Desa X", "Ibu Kota"
        vs = run.variants[i * MAX_TOKENS + j - i - 1]  # readings(run, i, j) of a span inside the run
        if j > i + 1 and vs and vs[0].key in lex.not_places:
            return None, j  # a name that is no place, though the index lacks it: "Native American"
        for v in vs:
            if v.key not in found and v.key not in curated_names:
                continue  # no candidates
            cands, curated = _usable(v, lex, gaz, found, named, known)
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
            return Match(v.start, v.end, key, ids[i], ids[j - 1] + 1, run.toks[0], run.dateline,
                         want, cands, curated), 0
    return None, 0


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
    head = toks[hit.i].key
    return _river_word(toks, hit.j, s, lex) \
        or _river_word(toks, hit.i - 1, s, lex) and (not toks[hit.i - 1].cap or hit.i - 1 == hit.first) \
        or _river_word(toks, hit.i, s, lex) and hit.j - hit.i > 1 and not hit.key.startswith(head)


def _river_word(toks: list[Tok], k: int, s: int, lex: PlaceLexicon) -> bool:
    """Whether token ``k`` is a river word of sentence ``s``."""
    return 0 <= k < len(toks) and toks[k].sent == s and toks[k].key in lex.river_words


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


HEADED_NAME: Final = 3  # words of a name after its head ("Desa Sido Mulyo Asri")


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
    fixed = _word_sets(lex)[2]
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
        out.append(not (g in zone or hyphened or t.key in fixed
                        or t.text.isupper() or opening_verb(toks, g, lex, found)))
    return out


_WORD_SETS: Final[dict[int, tuple[PlaceLexicon, frozenset[str], frozenset[str]]]] = {}  # by the lexicon's id


def _word_sets(lex: PlaceLexicon) -> tuple[PlaceLexicon, frozenset[str], frozenset[str]]:
    """The lexicon; the words that open no person's name before a surname in :func:`match_run`
    (stop words, common words, words before no place, facility heads, body words); and the words
    that are never a person's name around a place in :func:`_loose` (context words, titles,
    connectors, heads and stop words), each in one set."""
    held = _WORD_SETS.get(id(lex))
    if held is not None and held[0] is lex:
        return held
    no_first = lex.stoplist | lex.common_words | lex.not_before | lex.facility_heads_before | lex.body_words
    not_loose = lex.context_words | lex.titles | lex.connectors | frozenset(lex.heads_after) \
        | frozenset(lex.heads_before) | lex.stoplist
    held = (lex, no_first, not_loose)
    _WORD_SETS[id(lex)] = held
    return held

