"""Places the gazetteer lacks (or knows only far away) that the text measures off a town
it knows: a name in apposition to a bearing, a distance or nearness from that town
("Mabasele, north of Beni", "Kufana and Gora, about 20 km south of Kajuru", "Bilogai,
sekitar 5 km di sebelah utara Sugapa", "Sokoura, near the town of Bankass"). Each is a
new place; the pipeline puts it by the town it is measured from. Language-neutral: the
bearings, their links, the locatives and the units of distance come from the
:class:`PlaceLexicon`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from warta.geo.grid import km
from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_regions import MEASURED_GAP, bearing
from warta.pipeline.place_spans import Run, Tok

NAME_WORDS: Final = 3  # words of a name measured off another place


def site_word(key: str, lex: PlaceLexicon) -> bool:
    """Whether a word names a site, a road or a body rather than a settlement ("Street")."""
    return key in lex.facility_heads_after or key in lex.facility_heads_before or key in lex.road_words \
        or key in lex.body_words


def _measure(gap: list[str], lex: PlaceLexicon) -> bool:
    """Whether the words between two names measure the first off the second: a bearing
    ("just north of", "di sebelah utara"), a distance ("about 20 km from") or nearness
    ("near the town of", "di dekat kota")."""
    measured = any(w in lex.distance_units for w in gap) and any(w[:1].isdigit() for w in gap)
    return measured or bearing(gap, lex) or _near(gap, lex)


def _near(gap: list[str], lex: PlaceLexicon) -> bool:
    """Whether ``gap`` is a locative that only places take, then at most a trigger phrase."""
    for width in (2, 1):
        if " ".join(gap[:width]) in lex.bare_name_locatives:
            return all(w in lex.bearing_links or w in lex.trigger_words for w in gap[width:])
    return False


def _known(m: Match | None, g: int) -> bool:
    """Whether a name of the index below country level, and no country's, starts at token
    ``g`` (not "near the Bangladesh border")."""
    return m is not None and m.i == g and bool(m.cands) and all(c.kind != "country" for c in m.cands)


def _far_reading(m: Match | None, first: int, last: int, ref: Match) -> bool:
    """Whether ``m`` reads exactly the tokens ``first..last`` as a place of the index
    none of whose readings lies within MEASURED_KM of any reading of the place ``ref``
    it is measured off ("Tawila, 60 km west of El Fasher": no Yemeni Tawilah)."""
    towns = [r for r in ref.cands if r.kind == "settlement"]  # a province is too wide to measure off
    return m is not None and m.i == first and m.j == last + 1 and not m.curated and bool(m.cands) \
        and bool(towns) and all(km((c.lat, c.lon), (r.lat, r.lon)) > MEASURED_KM
                                for c in m.cands for r in towns)


# a reading of a measured name this far from the place it is measured off is not it
MEASURED_KM: Final = 300.0


def measured_off(text: str, toks: list[Tok], runs: list[Run], owner: dict[int, Match], lex: PlaceLexicon,
                 grab: Callable[[int], Match | None],
                 listed_before: Callable[[int], list[int]],
                 drop: Callable[[Match], None]) -> list[Match]:
    """New places for the names the index lacks (or knows only far away) that the text
    measures off a place it knows, and for the names listed with them ("A and B, north of
    Y"); not a title's or a street's ("High Street, south of Y")."""
    out = []
    for run in runs:
        first, last = run.toks[0], run.toks[-1]
        # the comma after the name first: most runs have none, and the word tests need no asking
        if len(run.toks) > NAME_WORDS or last + 2 >= len(toks) or toks[last + 1].start - toks[last].end != 2 \
                or text[toks[last].end:toks[last + 1].start] != ", " \
                or any(site_word(toks[g].key, lex) for g in run.toks) \
                or any(toks[g].key in lex.not_after for g in run.toks[1:]) \
                or toks[first].text.isupper():
            continue
        s, g = toks[last].sent, last + 1
        while g < len(toks) and toks[g].sent == s and not toks[g].cap and g - last <= MEASURED_GAP:
            g += 1
        ref = owner.get(g)
        if g >= len(toks) or toks[g].sent != s or ref is None or not _known(ref, g) \
                or not _measure([toks[x].key for x in range(last + 1, g)], lex):
            continue
        held = owner.get(first)
        if any(x in owner for x in run.toks):
            if held is None or not _far_reading(held, first, last, ref):
                continue
            drop(held)
        out += [hit for x in (first, *listed_before(first)) if (hit := grab(x)) is not None]
    return out
