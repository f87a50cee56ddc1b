"""Near matches for names the gazetteer does not hold as written
("Pokrovs'k", "Zaporizhia", "Donetzk"): only for a capitalised name that the
text marks as a place (a trigger word or a preposition of place right before
it), only when no exact candidate exists, and only for places in a country
the article names and near the places it names, so that a misspelt name (or a
village the index lacks, "Berdin") cannot turn up a town abroad."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from warta.geo.fold import fold
from warta.geo.fuzzy import near_in_context
from warta.geo.gazetteer import Candidate, Gazetteer
from warta.geo.grid import Grid
from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Run, Tok, readings

MAX_TOKENS: Final = 3
MIN_LENGTH: Final = 5
MAX_LOOKUPS: Final = 200  # near-match searches per article: a huge article gets no more


STEM: Final = 4  # letters at least of a country's name that a people's adjective may begin with


@lru_cache(maxsize=8)
def _country_stems(countries: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The countries' names of STEM letters or more, by their first STEM letters."""
    out: dict[str, list[str]] = {}
    for k in countries:
        if len(k) >= STEM:
            out.setdefault(k[:STEM], []).append(k)
    return {head: tuple(names) for head, names in out.items()}


def fuzzy_matches(text: str, toks: list[Tok], runs: list[Run], matches: list[Match],
                  lex: PlaceLexicon, gaz: Gazetteer,
                  found: dict[str, list[Candidate]]) -> list[Match]:
    """Matches for runs no exact match covers, after a place word ("in",
    "di", "village of"), from near matches inside the article's countries."""
    countries = {c.country for m in matches for c in m.cands[:1]
                 if c.country and (m.curated or c.kind == "country")}
    if not countries:
        return []
    anchors: Grid | None = None  # made once a near match is searched for (few articles search)
    stems = _country_stems(lex.countries)
    owned = {g for m in matches for g in range(m.i, m.j)}
    out: list[Match] = []
    looked: dict[str, list[Candidate]] = {}
    unmarked: list[tuple[Run, str]] = []
    for run in runs:
        ids = run.toks
        g0, last = ids[0], toks[ids[-1]]
        if len(ids) > MAX_TOKENS or g0 == 0 or any(g in owned for g in ids):
            continue
        first = toks[g0]
        if first.key in lex.stoplist or first.key in lex.titles or first.key in lex.first_names:
            continue
        span = text[first.start:last.end]
        whole = readings(run, 0, len(ids))  # its first reading's key is the span's fold
        key = whole[0].key if whole else fold(span)
        if len(key) < MIN_LENGTH or key in found or span.isupper():
            continue
        if key in lex.demonyms or key.startswith(stems.get(key[:STEM], ())):
            continue  # "Russian", "Australian" (a country's name begins it): a people, not a misspelt place
        want = _marked(toks, g0, ids[-1] + 1, lex)
        if want is None:
            unmarked.append((run, key))
            continue
        if key not in looked:
            if len(looked) >= MAX_LOOKUPS:
                continue
            if anchors is None:
                anchors = _anchors(matches)
            looked[key] = near_in_context(gaz, key, countries, anchors)
        cands = looked[key]
        if cands:
            out.append(Match(first.start, last.end, key, g0, ids[-1] + 1, g0, run.dateline, want or None,
                             list(cands), ()))
    for run, key in unmarked:  # the name again where nothing marks it: the same place
        if looked.get(key):
            g0, last = run.toks[0], toks[run.toks[-1]]
            out.append(Match(toks[g0].start, last.end, key, g0, run.toks[-1] + 1, g0, run.dateline, None,
                             list(looked[key]), ()))
    return out


def _anchors(matches: list[Match]) -> Grid:
    """The places the text names that a near match must lie near: units, and towns with one reading."""
    return Grid((c.lat, c.lon) for m in matches for c in m.cands[:3]
                if c.kind in ("admin1", "admin2") or (c.kind == "settlement" and len(m.cands) == 1))


def _marked(toks: list[Tok], g0: int, end: int, lex: PlaceLexicon) -> str | None:
    """What marks tokens ``g0..end-1`` as a place: a trigger word before it (what it asks for),
    a preposition of place before it or a trigger word right after it ("the X region") ("" for
    these); None when nothing does."""
    first, prev = toks[g0], toks[g0 - 1]
    opens = g0 == 1 or toks[g0 - 2].sent != prev.sent  # "Near Dayr Az Zayr, ...": capitalised
    if prev.sent == first.sent and not (prev.cap and not opens):
        two = f"{toks[g0 - 2].key} {prev.key}" if g0 > 1 and toks[g0 - 2].key in lex.trigger_heads else ""
        want = lex.triggers_before.get(two) or lex.triggers_before.get(prev.key)
        if want is not None:
            return want
        if prev.key in lex.locative or prev.key in lex.seat_connectors:
            return ""
    if end < len(toks) and toks[end].sent == first.sent and not toks[end].cap \
            and toks[end].key in lex.triggers_after and toks[end].start - toks[end - 1].end <= 1:
        return ""
    return None
