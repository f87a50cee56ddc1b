"""Settlements put in a unit or by a town the text names after them: "Novoukrainka
in the Donetsk region", "desa A dan B di wilayah Y", "Baga village, Borno state",
"the village of X, west of Y". A namesake there is the one meant; with none, the
name is a place the index lacks, placed there by :class:`Regions`."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from warta.geo.fold import fold
from warta.geo.gazetteer import Candidate
from warta.geo.grid import km
from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_regions import BEARING_KM, BEARING_TOWN, apposed_by, bearing, possessed
from warta.pipeline.place_spans import word_key
from warta.pipeline.spans import few_words

UNIT_GAP: Final = 3  # words between a settlement and the admin unit the text puts it in


def head_want(want: str | None, key: str, cands: list[Candidate], after: bool) -> str | None:
    """What a head word asks of the name (folded ``key``) it goes with: a feature's a place
    the index lacks; a word of ``province_settlements`` in lower case ``after`` a province's
    name (its main name, or that name and a unit word; ``after`` is False for other head words
    and capitalised ones, part of the name: "Dublin Village"), that province, in which the
    settlement lies ("Moscow claims Donetsk village": a village of the Donetsk region)."""
    if want == "feature":
        return "new"
    if after and want == "new" and any(
            c.kind == "admin1" and (c.primary or fold(c.name).startswith(f"{key} ")) for c in cands):
        return "admin1"
    return want


def _carved(c: Candidate, unit: Candidate, lex: PlaceLexicon) -> bool:
    """Whether ``c`` lies in a province carved out of ``unit`` since ("Timika, Papua":
    Central Papua), by ``[successors]`` of the place data."""
    return c.admin1 in lex.successors.get(unit.code, ())


_UNIT_WORDS: Final[dict[int, tuple[PlaceLexicon, frozenset[str], frozenset[str]]]] = {}  # by the lexicon's id


def _unit_words(lex: PlaceLexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words between a settlement and its unit (links and triggers), and those with every
    trigger's word: made once per language."""
    got = _UNIT_WORDS.get(id(lex))
    if got is None or got[0] is not lex:
        links = lex.unit_links | frozenset(lex.triggers_before)
        got = _UNIT_WORDS[id(lex)] = (lex, links, lex.trigger_words | links)
    return got[1], got[2]


def in_named_unit(text: str, matches: list[Match], lex: PlaceLexicon) -> None:
    """A settlement the text puts in an admin unit named right after it ("Novoukrainka
    in the Donetsk region", "desa X di wilayah Y", and after a head that makes it a
    settlement, with a comma: "Baga village, Borno state", "Arbin town, Syria") is a
    namesake inside that unit or country when the index has one there, else one the
    index lacks (placed there by :class:`Regions`), not a namesake elsewhere or abroad."""
    placed = [x for x in matches if x.best]
    heads = lex.trigger_words
    links, either = _unit_words(lex)
    for k, m in enumerate(placed[:-1]):
        j = _past_peers(text, placed, k, lex)  # "desa A dan B di wilayah Y": both in Y
        unit = placed[j]
        if j + 1 < len(placed) and (owned := possessed(text, unit, placed[j + 1])) is not None:
            unit = owned  # "X in Ukraine's Donetsk region": in the region
        b, u = m.best, unit.best
        if b is None or u is None or m.curated:
            continue
        if (apposed := _apposed_unit(text, placed, k, either)) is not None and apposed.best:
            # "Motu village, Orissa state, India", "Guzman district, Norte de Santander department":
            # a settlement or district so named, then the country or province it lies in
            u = apposed.best
            kinds = ("admin2", "settlement") if m.want == "admin2" else ("admin1", "admin2") \
                if m.want in ("admin1", "admin") else ("settlement",)
            where = "country" if u.kind == "country" else "admin1"
            inside = [c for c in m.cands if c.kind in kinds and (
                km((c.lat, c.lon), (u.lat, u.lon)) <= DISTRICT_REACH if u.kind == "admin2"
                else getattr(c, where) == u.code or where == "admin1" and _carved(c, u, lex))]
            _within(m, inside)
            continue
        between = text[placed[j - 1].end:placed[j].start]
        spaced = between.replace(",", " ")
        words = spaced.split(None, UNIT_GAP)  # (all of them only where more may tell something)
        if len(words) > UNIT_GAP:
            if not _may_measure(words[0], lex):
                continue  # too far for a unit, and no bearing or apposition opens the words between
            words = spaced.split()
        gap = [word_key(w) for w in words]
        measured = bearing(gap, lex) or apposed_by(gap, lex)  # "X, west of Y", "X, a village near Y"
        if b.kind == "settlement" and u.kind == "settlement" and measured \
                and (m.want in ("new", "settlement") or m.want is None and b.population < BEARING_TOWN):
            # "the village of Stepove, west of Orikhiv": a namesake by that town, else one the index lacks
            inside = [c for c in m.cands
                      if c.kind == "settlement" and km((c.lat, c.lon), (u.lat, u.lon)) <= BEARING_KM]
            _within(m, inside)
            m.want = m.want or "new"  # the apposition or bearing calls it a settlement
            continue
        if len(gap) > UNIT_GAP:
            continue
        if m.want in ("new", "settlement") and (gap or "," in between) \
                and all(w in heads or w in links for w in gap):
            # "Baga village, Borno state", "desa Baga, negara bagian Borno", "Arbin town, Syria",
            # "Desa Canas, Kota Sumisip": a settlement so named, then where it lies
            # "Kota Sumisip", or any town a village or quarter is put in ("desa X di Culiacan",
            # "the Tierra Blanca neighborhood of Culiacan")
            town = u.kind == "settlement" and (unit.want in ("settlement", "new")
                                               or m.want == "new" and unit.want is None)
            home = u.code if u.kind == "country" else u.country
            if b.kind == "settlement" and (u.kind == "country" or town) and (
                    b.country != home or town and km((b.lat, b.lon), (u.lat, u.lon)) > DISTRICT_REACH):
                # "Desa Canas, Kota Sumisip": no Costa Rican Cañas beside a Philippine town
                inside = [c for c in m.cands if c.country == home and c.kind == "settlement" and (
                    u.kind == "country" or km((c.lat, c.lon), (u.lat, u.lon)) <= DISTRICT_REACH)]
                _within(m, inside)
                continue
        elif not gap or not all(w in links for w in gap):
            continue  # "Novoukrainka, Donetsk" is a list as well as a place and its unit
        if m.key == unit.key and b.kind != "settlement":
            # "Kharkiv in the Kharkiv region": the city in the unit named after it
            city = [c for c in m.cands if c.kind == "settlement" and c.primary]
            if city:
                m.best = max(city, key=lambda c: c.population)
                held = [c for c in unit.cands if c.kind == "admin1" and c.code == m.best.admin1]
                if held and unit.want in ("admin", "admin1"):
                    unit.best = held[0]  # "the Kharkiv region": the oblast around the city
            continue
        if b.kind != "settlement" or u.kind != "admin1" or b.admin1 == u.code:
            continue
        _within(m, [c for c in m.cands
                    if c.kind == "settlement" and (c.admin1 == u.code or _carved(c, u, lex))])


def _may_measure(word: str, lex: PlaceLexicon) -> bool:
    """Whether ``word`` may open the words that tell where a settlement lies from the town
    after them (:func:`bearing`, :func:`apposed_by`): a bearing's word or an article."""
    key = word_key(word)
    return key in lex.bearings or key in lex.bearing_links or key in lex.indefinite_articles


def _past_peers(text: str, placed: list[Match], k: int, lex: PlaceLexicon) -> int:
    """The index of the first name after ``placed[k]`` that is not its peer in a
    list of settlements ("A, B dan C di wilayah Y": Y's); ``k + 1`` when a list
    word does not join the next name to it."""
    j = k + 1
    if not _peers(text, placed[k], placed[j], True, lex) and not (
            j + 1 < len(placed) and _peers(text, placed[k], placed[j], False, lex)
            and _peers(text, placed[j], placed[j + 1], True, lex)):
        return j
    while j + 1 < len(placed) and _peers(text, placed[j], placed[j + 1], False, lex):
        j += 1
    return j + 1 if j + 1 < len(placed) else k + 1


def _peers(text: str, a: Match, b: Match, word: bool, lex: PlaceLexicon) -> bool:
    """Whether a list word (with ``word``; else also a comma alone) joins ``a`` to the settlement ``b``."""
    words = few_words(text, a.end, b.start, 1)
    return words is not None and all(word_key(w) in lex.list_joiners for w in words) and (
        bool(words) or not word) and b.best is not None and b.best.kind == "settlement"


APPOSED_GAP: Final = 6  # words between a name and the unit after it, commas apart ("town, Federally ...")


def _apposed_unit(text: str, placed: list[Match], k: int, heads: AbstractSet[str]) -> Match | None:
    """The unit that ``placed[k]`` lies in by the names after it, commas apart, when
    the index places it elsewhere: a settlement or district word after the name, then
    heads, names of units the index lacks and units found ("village, Orissa state,
    India", "village, Northern Samar province, Philippines") up to the first country
    or province; that one, when it is another country, a province of another country
    or (after a district word) another province than the index's. After a province
    word only a country counts ("Dali governorate, Yemen" is none of China's Dalis). A
    name with no head word that the text puts something in is so placed by a headed
    unit of another country right after it ("in Jani Khel, Bannu district": not the
    Afghan one)."""
    m = placed[k]
    b = m.best
    bare = m.want is None and m.located and m.alone  # "in Jani Khel, Bannu district": put in a unit
    if b is None or not bare and m.want not in ("new", "settlement", "admin2", "admin1", "admin"):
        return None
    unit_word = m.want in ("admin1", "admin")  # "Dali governorate, Yemen": only a country rules it
    end, words = m.end, 0
    for n in placed[k + 1:]:
        gap = text[end:n.start]
        if "," not in gap or n.best is None:
            return None
        between = gap.replace(",", " ").split(None, APPOSED_GAP - words)  # (no more words than may come)
        words += len(between)
        if words > APPOSED_GAP or not all(word_key(w) in heads or w[:1].isupper() for w in between):
            return None
        u = n.best
        if bare:  # only a unit word makes the next name its unit: "in Kabul, Iran and ..." is a list
            headed = n.want in ("admin", "admin1", "admin2") and u.kind in ("admin1", "admin2")
            return n if headed and b.country != u.country else None
        if u.kind == "country":
            return n if b.country != u.code else None
        if u.kind == "admin1" and not unit_word:
            return n if (m.want == "admin2" and b.admin1 != u.code or b.country != u.country) else None
        if u.kind == "admin2" and m.want in ("new", "settlement") and n.want == "admin2" \
                and km((b.lat, b.lon), (u.lat, u.lon)) > DISTRICT_REACH:
            return n  # "Desa Sumberejo, Kecamatan Wonoasri, Kabupaten Madiun": not a namesake 110 km off
        end = n.end
    return None


DISTRICT_REACH: Final = 60.0  # km from a district's centre that a village the text puts in it may lie


def _within(m: Match, inside: list[Candidate]) -> None:
    """``m`` is the biggest of its candidates ``inside`` the unit or reach the text
    puts it in, else a place the index lacks."""
    m.best = max(inside, key=lambda c: c.population) if inside else None
    m.cands, m.new = (m.cands, False) if inside else ([], True)
