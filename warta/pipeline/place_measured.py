"""Places the gazetteer lacks that the text measures off a place it knows: a name in
apposition to a bearing or a distance from that place ("Mabasele, north of Beni",
"Kufana and Gora, about 20 km south of Kajuru", "Bilogai, sekitar 5 km di sebelah
utara Sugapa"). Each is a new place; the pipeline puts it by the place it is measured
from. Language-neutral: the bearings, their links and the units of distance come
from the :class:`PlaceLexicon`.
"""

from __future__ import annotations

from collections.abc import Callable

from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_regions import MEASURED_GAP, bearing
from warta.pipeline.place_spans import Run, Tok

NAME_WORDS = 3  # words of a name measured off another place


def site_word(key: str, lex: PlaceLexicon) -> bool:
    """Whether a word names a site, a road or a body rather than a settlement ("Street")."""
    return key in lex.facility_heads_after or key in lex.facility_heads_before or key in lex.road_words \
        or key in lex.body_words


def _measure(gap: list[str], lex: PlaceLexicon) -> bool:
    """Whether the words between two names measure the first off the second: a bearing
    ("just north of", "di sebelah utara") or a distance ("about 20 km from")."""
    measured = any(w in lex.distance_units for w in gap) and any(w[:1].isdigit() for w in gap)
    return measured or bearing(gap, lex)


def _known(m: Match | None, g: int) -> bool:
    """Whether a name of the index below country level starts at token ``g``."""
    return m is not None and m.i == g and any(c.kind != "country" for c in m.cands)


def measured_off(text: str, toks: list[Tok], runs: list[Run], owner: dict[int, Match], lex: PlaceLexicon,
                 grab: Callable[[int], Match | None],
                 listed_before: Callable[[int], list[int]]) -> list[Match]:
    """New places for the names the index lacks that the text measures off a place it
    knows, and for the names listed with them ("A and B, north of Y"); not a title's or a
    street's ("High Street, south of Y")."""
    out = []
    for run in runs:
        first, last = run.toks[0], run.toks[-1]
        if len(run.toks) > NAME_WORDS or any(g in owner or site_word(toks[g].key, lex) for g in run.toks) \
                or any(toks[g].key in lex.not_after for g in run.toks[1:]) \
                or toks[first].text.isupper() \
                or last + 2 >= len(toks) or text[toks[last].end:toks[last + 1].start] != ", ":
            continue
        s, g = toks[last].sent, last + 1
        while g < len(toks) and toks[g].sent == s and not toks[g].cap and g - last <= MEASURED_GAP:
            g += 1
        if g >= len(toks) or toks[g].sent != s or not _known(owner.get(g), g) \
                or not _measure([toks[x].key for x in range(last + 1, g)], lex):
            continue
        out += [hit for x in (first, *listed_before(first)) if (hit := grab(x)) is not None]
    return out
