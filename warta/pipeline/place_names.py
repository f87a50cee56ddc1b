"""Longer names that begin with a known place: in "Polsek Astana Anyar",
"desa Astana Anyar" or "Astana Anyar village" a place word marks the whole
capitalised name as one place, so "Astana" (Kazakhstan's capital) is only
the first word of a name the gazetteer lacks. Such a name is a place of
its own (found in no index, located by the places the text puts it in), and
stays so at every mention of the article ("one sense per article").

Language-neutral: the place words (heads, triggers, local-unit prefixes)
come from the :class:`PlaceLexicon`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from warta.geo.gazetteer import Candidate
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Run, Tok, headline, readings, trigger

NAME_WORDS: Final = 3  # words of an unknown name after its marker ("Desa Sido Mulyo Asri")
NOTABLE: Final = 50_000  # a settlement this big, or any admin unit, is a place of its own, not a name's word
_UNITS: Final = ("country", "region", "admin1", "admin2")

Name = tuple[str, ...]


def _word(t: Tok, lex: PlaceLexicon) -> bool:
    """A capitalised word that may stand in a place's name (no grammar word,
    title, head, person's name, body's word or acronym)."""
    k = t.key
    return t.cap and not (t.text.isupper() and len(t.text) > 1) and not (
        k in lex.stoplist or k in lex.titles or k in lex.heads_before or k in lex.heads_after
        or k in lex.unit_prefixes or k in lex.context_words or k in lex.directions
        or k in lex.person_names or k in lex.not_after or k in lex.body_words)


def _link(t: Tok, lex: PlaceLexicon) -> bool:
    """A lower-case connector, which a name may hold ("Bab al-Tabbaneh", "Dar es Salaam")."""
    return not t.cap and t.key in lex.connectors


def _within(toks: list[Tok], ids: list[int], x: int, lex: PlaceLexicon, found: dict[str, list[Candidate]],
            named: AbstractSet[str]) -> bool:
    """Whether run position ``x`` may stand inside a name: a name word, or a
    connector before one ("Bab al-Tabbaneh")."""
    return _inner(toks[ids[x]], lex, found, named) or _link(toks[ids[x]], lex) \
        and x + 1 < len(ids) and _inner(toks[ids[x + 1]], lex, found, named)


def _inner(t: Tok, lex: PlaceLexicon, found: dict[str, list[Candidate]], named: AbstractSet[str]) -> bool:
    """A word that continues a name: a name word that is no notable place
    itself ("Anyar" of "Astana Anyar", not "Rusia" of "wilayah Kursk Rusia"),
    or only a city of a country the text does not name (``named``): "Sari" of
    "Desa Taman Sari" is no Iranian city."""
    if t.cap and t.key in lex.name_ends:  # "Kampung Sugapa Lama", though "lama" is a common word
        return True
    return _word(t, lex) and t.key not in lex.curated and not any(
        c.kind in _UNITS or c.population >= NOTABLE and c.country in named for c in found.get(t.key, ()))


def _known(run: Run, a: int, b: int, found: dict[str, list[Candidate]], lex: PlaceLexicon) -> bool:
    """Whether run positions ``a..b`` (with a head before or after) are a
    name the index or the language data holds."""
    spans = ((a, b), (a - 1, b), (a, b + 1), (a - 1, b + 1))
    return any(found.get(v.key) or v.key in lex.curated
               for x, y in spans for v in readings(run, x, y))


def _part_known(run: Run, a: int, b: int, found: dict[str, list[Candidate]]) -> bool:
    """Whether a shorter part of run positions ``a..b`` is in the index, but
    not together with the head before it ("Mount Pleasant" of "Mount
    Pleasant High" is a known place, the rest another name)."""
    if any(found.get(vs[0].key) for y in range(a + 1, b) if (vs := readings(run, a - 1, y))):
        return False
    return any(found.get(v.key) for x in range(a, b) for y in range(x + 1, b + 1)
               if (x, y) != (a, b) for v in readings(run, x, y))


def long_names(text: str, toks: list[Tok], runs: list[Run], lex: PlaceLexicon,
               found: dict[str, list[Candidate]], named: AbstractSet[str]) -> set[Name]:
    """The names of the article that a place word marks as one place the
    index lacks, though a shorter part of them is in it: as tuples of
    folded words. ``named``: the countries the text names. Not in a line written
    In Title Case, whose capitals tell no name's end ("Jalan Parachinar Ditutup")."""
    out: set[Name] = set()
    for run in runs:
        ids = run.toks
        n = len(ids)
        if n < 2 or headline(text, toks, run):
            continue  # (a long name has two words at least)
        spans: list[tuple[int, int]] = []
        starts = [p + 1 for p in range(n - 1)
                  if toks[ids[p]].key in lex.heads_before or toks[ids[p]].key in lex.unit_prefixes]
        kind, at = trigger(toks, ids[0], ids[-1] + 1, lex)
        if at not in (-1, ids[-1] + 1):
            starts.append(0)  # "desa Astana Anyar": a trigger before the run
        for a in starts:
            b = a + 1
            while b < n and b - a < NAME_WORDS and _within(toks, ids, b, lex, found, named):
                b += 1
            spans.append((a, b - (b > a + 1 and _link(toks[ids[b - 1]], lex))))
        if at == ids[-1] + 1 and kind in ("new", "admin2") and not toks[at].cap:  # "Astana Anyar village"
            a = n - 1
            while a > 0 and n - a < NAME_WORDS and _within(toks, ids, a, lex, found, named) and (
                    _word(toks[ids[a - 1]], lex) or _link(toks[ids[a - 1]], lex) and a > 1):
                a -= 1
            while a < n - 1 and _link(toks[ids[a]], lex):
                a += 1
            spans.append((a, n))
        for a, b in spans:
            if b - a < 2 or not _word(toks[ids[a]], lex) or not all(
                    _within(toks, ids, x, lex, found, named) for x in range(a + 1, b)):
                continue
            name = tuple(toks[ids[x]].key for x in range(a, b))
            if not _known(run, a, b, found, lex) and _part_known(run, a, b, found) \
                    and " ".join(name) not in lex.not_places:  # "an al-Shabaab camp": a group's
                out.add(name)
    return out


def name_at(toks: list[Tok], ids: list[int], i: int, names: set[Name]) -> int:
    """The length (in words) of a long name that starts at run position
    ``i``, or 0."""
    if not names:
        return 0
    for width in range(NAME_WORDS, 1, -1):
        if i + width <= len(ids) and tuple(toks[g].key for g in ids[i:i + width]) in names:
            return width
    return 0
