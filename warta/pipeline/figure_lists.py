"""Figures that belong together: enumerations and part-of-whole pairs.

An enumeration is a run of figures joined by commas and "and"-words
("236 aircraft, 206 helicopters ... and 156 air-defence systems were
destroyed", "kehilangan 2.100 tank, 4.300 kendaraan tempur lapis baja, ...
dan 18 kapal"): all its items share the one outcome verb that stands right
before its first item or right after its last, however long the list is.

A part-of-whole pair is "22 of the 27 drones" or "568 drone dan 43 rudal
ditembak jatuh dari 595 drone dan 48 rudal": when the part was shot down,
the whole is what was launched.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from typing import TYPE_CHECKING, Final

from warta.model import Figure, Span
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.segment import token_index
from warta.pipeline.spans import linked_runs
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

LINK_GAP: Final = 6  # tokens that may stand between two items of one list
PEOPLE: Final = ("personnel", "civilians")
SOLO_UNITS: Final = ("settlements", "area_km2", "other")  # listed with other kinds only by chance


def _linked(toks: list[Token], text: str, a: Figure, b: Figure, lex: FigureLexicons) -> bool:
    """Whether figure ``b`` continues the list that ``a`` is in. Things (unit ``other``) join
    equipment ("three howitzers, two buildings and a tank were destroyed"), not people;
    settlements and areas join only their own kind."""
    if not a.unit or not b.unit:
        return False
    if (a.unit in SOLO_UNITS or b.unit in SOLO_UNITS) and a.unit != b.unit:
        things = {a.unit, b.unit} - {"other"}
        if not things or things & {*SOLO_UNITS, *PEOPLE}:
            return False
    after = token_index(toks, b.quantity.end)
    if after < len(toks) and lex.anaphoric.at(toks, after, text) is not None:
        return False  # "800 tanks, 500 of which were destroyed": a part, with its own verb
    lo, hi = token_index(toks, a.end), token_index(toks, b.start)
    if hi - lo > LINK_GAP or hi <= lo:
        return False
    joined, words, unit_word = False, False, False
    for j in range(lo, hi):
        if lex.outcomes.at(toks, j, text, hi) is not None or lex.breaks.at(toks, j, text, hi) is not None:
            return False
        if toks[j].text == "," or lex.joiners.at(toks, j, text, hi) is not None:
            joined = True
        elif toks[j].text not in "()" and toks[j].text.lower() not in lex.fillers:
            words = True
            unit_word = unit_word or lex.units.at(toks, j, text) is not None
    # other words may end an item ("5.100 truk dan tangki bahan bakar, 2.900 ...")
    # only when a comma closes it, or, where the head comes first, when they hold a unit word of the
    # item's noun ("dua meriam artileri medan dan sebuah ..."); "... dan membawa 251 sandera" is another
    # clause
    rest = not lex.head_last and unit_word and lex.joiners.at(toks, hi - 1, text, hi) is not None
    return joined and (not words or toks[hi - 1].text == "," or rest)


def relative_verb(toks: list[Token], i: int, relatives: frozenset[str], after: int = -1) -> bool:
    """The word at token ``i`` follows right after a relative marker that stands
    after token ``after`` ("yang dikerahkan", "that were deployed"; not the
    "which" of a figure "600 of which")."""
    return any(after < i - back and toks[i - back].text.lower() in relatives for back in (1, 2))


def list_chains(toks: list[Token], text: str, found: list[Figure], lex: FigureLexicons) -> list[list[Figure]]:
    """Runs of two or more figures that form one enumeration."""
    return linked_runs(found, lambda a, b: _linked(toks, text, a, b, lex))


PREDICATE_TOKENS: Final = 5  # tokens from a count to its own predicate, no comma between ("two were killed")
# a verb before a list that another count's clause owns yields to the list's own after it
OWNED_PENALTY: Final = 6


def chain_outcome(toks: list[Token], chain: list[Figure], fig_tokens: list[int],
                  outcomes: list[Match[str]], firsts: list[int], breaks: list[int],
                  relatives: frozenset[str] = frozenset(), reach: int = 15) -> tuple[int, Match[str]] | None:
    """The outcome verb that governs a whole list, with its distance: the
    nearest right before the first item or right after the last, with no
    other figure and no clause break between; a verb before the list that
    follows another count closely is that count's predicate, and the list's own
    verb after it comes first. ``firsts`` are the outcomes' first tokens (they
    are in text order)."""
    first = token_index(toks, chain[0].start)
    last = max(first, token_index(toks, chain[-1].end) - 1)
    best: tuple[int, Match[str]] | None = None
    near = outcomes[bisect_left(firsts, first - reach - 8):bisect_left(firsts, last + reach + 2)]
    for m in near:
        if m.last_token < first:
            lo, hi, dist = m.last_token, first, first - m.last_token - 1
            k = bisect_left(fig_tokens, m.first_token)
            if k and m.first_token - fig_tokens[k - 1] <= PREDICATE_TOKENS \
                    and all(t.text[:1].isalnum() for t in toks[fig_tokens[k - 1]:m.first_token]):
                dist += OWNED_PENALTY  # "dua warga tewas, tujuh warga dan ... terluka": the one before's
        elif m.first_token > last:
            lo, hi, dist = last, m.first_token, m.first_token - last - 1
            if relative_verb(toks, m.first_token, relatives, last):
                dist += 8  # a relative clause's verb describes the last item; the main verb follows
        else:
            continue
        if dist > reach or bisect_left(breaks, hi) > bisect_left(breaks, lo + 1):
            continue
        if bisect_left(fig_tokens, hi) > bisect_left(fig_tokens, lo + 1):
            continue  # another figure stands between: its verb, not the list's
        if best is None or dist < best[0]:
            best = (dist, m)
    return best


def partitive_link(toks: list[Token], text: str, part: Figure, whole: Figure, lex: FigureLexicons,
                   sides: PhraseLexicon[str]) -> bool:
    """Whether ``part`` is followed by "of"/"dari" and ``whole`` with at most
    side words and articles between ("22 of Russia's 27 drones")."""
    i = token_index(toks, part.end)
    m = lex.partitive.at(toks, i, text) if i < len(toks) else None
    if m is None:
        return False
    j, stop = m.last_token + 1, token_index(toks, whole.start)
    while j < stop:
        side = sides.at(toks, j, text)
        if side is not None:
            j = side.last_token + 1
        elif toks[j].text.lower() in lex.fillers or toks[j].text.lower() in ("s", "'", "’"):
            j += 1
        else:
            return False
    return j == stop


def launched_wholes(toks: list[Token], text: str, found: list[Figure], lex: FigureLexicons,
                    sides: PhraseLexicon[str]) -> None:
    """The whole of an intercepted part was launched: "shot down 41 of 47
    drones", "568 drone dan 43 rudal ditembak jatuh dari 595 drone dan 48 rudal"."""
    chains = {id(f): chain for chain in list_chains(toks, text, found, lex) for f in chain}
    position = {id(f): k for k, f in enumerate(found)}
    pairs = [(p, w) for p, w in zip(found, found[1:]) if _whole_after(toks, text, p, w, lex, sides)]
    parts = {id(p) for p, _ in pairs}
    _share_partitive_outcomes(text, pairs, lex)
    for part, whole in zip(found, found[1:]):
        if not part.outcome or whole.outcome == "used":
            continue
        if not _whole_after(toks, text, part, whole, lex, sides):
            continue
        if _own_participle(toks, text, part, whole, lex):
            continue  # "two of the five hostages kidnapped last week were freed": five were kidnapped
        # the whole of anything else ("enam awak, dari total 22 awak") is a total, not an outcome
        outcome = "used" if part.outcome == "intercepted" else ""
        for fig in chains.get(id(whole), [whole]):
            if position[id(fig)] >= position[id(whole)] and id(fig) not in parts:
                fig.outcome, fig.outcome_span = outcome, None  # not the part of the next pair


def _own_participle(toks: list[Token], text: str, part: Figure, whole: Figure, lex: FigureLexicons) -> bool:
    """The whole has its own outcome word right after it, other than the part's ("two of the
    five hostages kidnapped ... were freed", "dua dari lima sandera yang diculik ... dibebaskan");
    a part that took that word takes the next outcome word of the clause instead."""
    at = token_index(toks, whole.end)
    if at < len(toks) and toks[at].text.lower() in lex.relatives:
        at += 1
    verb = lex.outcomes.at(toks, at, text) if at < len(toks) else None
    if verb is None:
        return False
    if part.outcome_span is not None and part.outcome_span.start == verb.start:
        for m in lex.outcomes.find(toks, text, verb.last_token + 1, len(toks)):
            if m.value != verb.value:
                part.outcome, part.outcome_span = m.value, Span(m.start, m.end, m.text)
                break
        else:
            return False
    if part.outcome == verb.value:
        return False
    whole.outcome, whole.outcome_span = verb.value, Span(verb.start, verb.end, verb.text)
    return True


def _whole_after(toks: list[Token], text: str, part: Figure, whole: Figure, lex: FigureLexicons,
                 sides: PhraseLexicon[str]) -> bool:
    """A partitive word right before ``whole``, and between the two figures
    only it, the part's own outcome words, fillers and side words."""
    lo, hi = token_index(toks, part.end), token_index(toks, whole.start)
    j, partitive = lo, False
    while j < hi:
        m = lex.partitive.at(toks, j, text, hi)
        if m is not None:
            partitive, j = True, m.last_token + 1
            continue
        out = lex.outcomes.at(toks, j, text, hi)
        if out is not None and out.value == part.outcome:
            j = out.last_token + 1
            continue
        side = sides.at(toks, j, text, hi)
        if side is not None:
            j = side.last_token + 1
            continue
        if toks[j].text.lower() in lex.fillers or toks[j].text.lower() in ("s", "'", "’", ","):
            j += 1
            continue
        return False
    return partitive


def _share_partitive_outcomes(text: str, pairs: list[tuple[Figure, Figure]], lex: FigureLexicons) -> None:
    """"shot down 41 of 47 drones and two of four missiles launched overnight": the second
    part shares the first part's verb, not the "launched" that follows its whole."""
    for (first, whole), (part, whole2) in zip(pairs, pairs[1:]):
        joiner = text[whole.end:part.start].strip(" ,").lower()
        if not first.outcome or (joiner and lex.joiners.lookup(joiner) is None):
            continue
        told_after = part.outcome_span is not None and part.outcome_span.start >= whole2.end
        if not part.outcome or told_after:
            part.outcome, part.outcome_span = first.outcome, first.outcome_span


LIST_GAP_CHARS: Final = 30  # characters between two items of a list, the rest of the first item included
ITEM_WORDS: Final = 4  # words of an enumerated item's noun phrase when the lexicon lacks its noun
ITEM_ENDS: Final = (",", ";", ".")


def item_noun_end(toks: list[Token], k: int, text: str, lex: FigureLexicons) -> int | None:
    """The last token of a plain noun phrase from token ``k`` that a comma, a list joiner,
    a semicolon or the sentence's end closes ("three excavators,", "two water cisterns
    and"), or a word that says whose or where the item is ("two watchtowers belonging to",
    "dua menara pengawas milik"), with no outcome word, clause word, time unit or measure
    in it; None when there is none."""
    for j in range(k, min(k + ITEM_WORDS, len(toks))):
        word = toks[j].text
        if j > k and word.lower() in lex.item_closers:
            return j - 1
        if not word.replace("-", "").isalpha() or lex.outcomes.at(toks, j, text) is not None \
                or (j > k and word.lower() in lex.bare_followers) or word.lower() in lex.relatives \
                or word.lower() in lex.time_units or word.lower() in lex.measures:
            return None  # "satu hari terakhir, 3 desa", "122 mm": a time or a size, no item
        nxt = j + 1
        if nxt == len(toks) or toks[nxt].text in ITEM_ENDS or lex.joiners.at(toks, nxt, text) is not None:
            return j
    return None


STRUCK_FATES: Final = ("destroyed", "damaged")


def struck_object(toks: list[Token], first: int, nxt: int, text: str, lex: FigureLexicons) -> bool:
    """Whether the figure whose tokens run from ``first`` is the object of a verb of destruction right
    before it ("set fire to more than 30 granaries", "membakar sedikitnya 45 lumbung padi") and the
    unknown word at ``nxt`` after its number a plain lower-case noun: a counted thing."""
    word = toks[nxt].text
    if not word.replace("-", "").isalpha() or not word[:1].islower() or word.lower() in lex.time_units \
            or word.lower() in lex.measures or word.lower() in lex.relatives:
        return False
    verb = next((m for m in lex.outcomes.find(toks, text, max(0, first - 4), first)
                 if m.last_token == first - 1), None) if first else None
    return verb is not None and verb.value in STRUCK_FATES


def list_gap(gap: str, lex: FigureLexicons) -> bool:
    """The text between two items of one list: commas and a joiner, after at most the rest of
    the first item's words ("senjata api rakitan, ", " amunisi dan ")."""
    if len(gap) > LIST_GAP_CHARS or any(ch in gap for ch in ".;:"):
        return False
    words = gap.strip(" ,").lower()
    return words == "" or gap.rstrip().endswith(",") or any(
        words == j or words.endswith(" " + j) for j in lex.list_joiners)



def _enumerated(toks: list[Token], text: str, a: Figure, b: Figure, lex: FigureLexicons) -> bool:
    """Whether figure ``b`` is the next item of the list ``a`` is in (``list_gap``), with no
    outcome word between."""
    lo, hi = token_index(toks, a.end), token_index(toks, b.start)
    if hi <= lo or any(lex.outcomes.at(toks, j, text, hi) is not None for j in range(lo, hi)):
        return False
    return list_gap(text[a.end:b.start], lex)


def listed_items(toks: list[Token], text: str, found: list[Figure], items: dict[int, int],
                 lex: FigureLexicons, people: Collection[str]) -> set[int]:
    """Of the bare numbers whose noun the lexicon lacks (``items``: id of the figure -> the
    last token of its noun phrase), those that stand in an enumeration of things with another
    counted item ("destroyed six oil stills, three excavators and two trucks"): each becomes
    a figure of that noun phrase, of the unit its head noun has or ``other``. A head noun in
    capitals names people ("342 members ... and 21 Bedouins"), a list with ``people`` units
    counts no things, and a list needs one item whose noun the lexicon knows: none of these
    is taken. Returns the ids of the figures taken."""
    for fig in found:
        if id(fig) in items:
            last = items[id(fig)]
            first = token_index(toks, fig.quantity.end)
            head = toks[last if lex.head_last else first].text
            fig.end, fig.unit, fig.confidence = toks[last].end, lex.units.lookup(head) or "other", 0.4
            fig.text = text[fig.start:fig.end]
            if not head[:1].islower():
                fig.unit = ""
    listed = [f for f in found if f.unit]
    kept: set[int] = set()
    for run in linked_runs(listed, lambda a, b: _enumerated(toks, text, a, b, lex)):
        if any(f.unit in people for f in run) or all(id(f) in items for f in run):
            continue  # people, or only nouns the lexicon lacks ("eight regions and three districts")
        kept.update(id(f) for f in run if id(f) in items)
    return kept
