"""Whose a figure is, from the figure's own words: a side word inside it, an owner
named right after it ("tujuh drone Hermes milik Israel"), the side a loss noun names
("kerugian personel Rusia"), or the subject of a loss verb ("pihak Rusia kehilangan 900
prajurit, 12 tank ..."). What is left, the claims step infers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.model import Figure
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

SUBJECT_TOKENS: Final = 8  # tokens from a loss verb back to the side that is its subject
OWNER_TOKENS: Final = 3  # tokens after a loss word in which a side owns the loss ("kerugian personel Rusia")


def assign_side(text: str, toks: list[Token], fig: Figure, lex: FigureLexicons,
                 sides: PhraseLexicon[str]) -> None:
    first = token_index(toks, fig.quantity.end)
    last = token_index(toks, fig.end)
    for m in sides.find(toks, text, first, last):
        fig.side, fig.side_reason = m.value, "named in the figure"
        return
    demonym = _plural_demonym(toks[last - 1].text, lex, sides) if fig.unit in ("personnel", "civilians") \
        and first < last else None
    if demonym is None and fig.unit in ("personnel", "civilians") and first < last:
        demonym = lex.citizens.get(toks[last - 1].text)  # "12 WNI": Indonesia's citizens
    if demonym is not None:
        fig.side, fig.side_reason = demonym, "named in the figure"  # "eight Kenyans": Kenya's people
        return
    named_owner = _owner_after(text, toks, last, lex, sides)
    if named_owner is not None:
        fig.side, fig.side_reason = named_owner, "the owner named after the figure"  # "milik Israel"
        return
    force = _force_after(toks, last, text, sides, lex) if fig.unit in ("personnel", "civilians") else None
    if force is not None:
        fig.side, fig.side_reason = force, "the country of the force named after the figure"
        return
    stated = _nationality_after(toks, last, text, lex, sides) if fig.unit in ("personnel", "civilians") \
        else None
    if stated is not None:
        fig.side, fig.side_reason = stated, "the nationality a clause after the figure states"
        return
    if fig.outcome == "lost":
        # the subject of a loss verb owns the loss, for every item of the list the verb
        # governs: "pihak Rusia kehilangan 900 prajurit, 12 tank, ... dan 3 kapal"
        verb = fig.outcome_span
        if verb is not None and verb.end <= fig.start:
            # a side right after a loss noun owns it: "kerugian Ukraina", "kerugian personel Rusia"
            after = token_index(toks, verb.end)
            owner = sides.find(toks, text, after, min(after + OWNER_TOKENS, token_index(toks, fig.start)))
            if owner:
                fig.side, fig.side_reason = owner[0].value, "whose losses the loss word names"
                return
        start = token_index(toks, verb.start if verb is not None and verb.end <= fig.start else fig.start)
        best = None
        for m in sides.find(toks, text, max(0, start - SUBJECT_TOKENS), start):
            best = m
        # "Russia is now shown by photos to have lost ...": the subject may stand a few words
        # before the verb, but not across a comma
        if best is not None and start - best.last_token <= SUBJECT_TOKENS \
                and all(t.text != "," for t in toks[best.last_token + 1:start]):
            fig.side, fig.side_reason = best.value, "the subject of the loss verb"


# name or model tokens between a figure and its owner word ("drone MQ-9 Reaper milik AS")
OWNER_GAP: Final = 3


def _owner_after(text: str, toks: list[Token], k: int, lex: FigureLexicons,
                 sides: PhraseLexicon[str]) -> str | None:
    """The side an owner word right after the figure names, past a model name: "tujuh drone Hermes
    milik Israel", "seven Reaper drones belonging to the U.S."."""
    for _ in range(OWNER_GAP + 1):
        if k >= len(toks):
            return None
        mark = lex.owners.at(toks, k, text)
        if mark is not None:
            j = mark.last_token + 1
            if j < len(toks) and toks[j].text.lower() in lex.definites:
                j += 1  # "belonging to the U.S."
            side = sides.at(toks, j, text) if j < len(toks) else None
            return side.value if side is not None else None
        word = toks[k].text
        if not (word[:1].isupper() or any(ch.isdigit() for ch in word) or word == "-"):
            return None
        k += 1
    return None


FORCE_NAME_TOKENS: Final = 3  # capitalised words of a force's name between people and its country


def _force_after(toks: list[Token], k: int, text: str, sides: PhraseLexicon[str],
                 lex: FigureLexicons) -> str | None:
    """The country named right after the capitalised name of a force that follows a count of its
    people: "8 anggota Africa Corps Rusia", "20 tentara bayaran Wagner Rusia"; not past a fate word in
    a headline's capitals ("3 Pria Bersenjata Tewas Ditembak Aparat X": X's forces shot them)."""
    j = k
    while j < len(toks) and j - k < FORCE_NAME_TOKENS and toks[j].text[:1].isupper() \
            and sides.at(toks, j, text) is None and lex.outcomes.at(toks, j, text) is None:
        j += 1
    if j == k or j >= len(toks):
        return None
    side = sides.at(toks, j, text)
    return side.value if side is not None else None


STATED_GAP: Final = 5  # words between a relative after a figure and its copula ("who police said were")
NATIONALITY_TOKENS: Final = 3  # words after the copula in which the side stands ("warga negara Pakistan")


def _nationality_after(toks: list[Token], k: int, text: str, lex: FigureLexicons,
                       sides: PhraseLexicon[str]) -> str | None:
    """The country a relative clause right after the people says they belong to: "two gunmen,
    whom officers described as Afghan citizens", "dua pria bersenjata, yang kata aparat merupakan warga
    negara Afganistan"."""
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or toks[k].text.lower() not in lex.relatives:
        return None
    for c in range(k + 1, min(len(toks), k + 2 + STATED_GAP)):
        if toks[c].text in ",;.":
            return None
        if toks[c].text.lower() in lex.copulas:
            found = sides.find(toks, text, c + 1, min(len(toks), c + 1 + NATIONALITY_TOKENS))
            return found[0].value if found else None
    return None


def _plural_demonym(word: str, lex: FigureLexicons, sides: PhraseLexicon[str]) -> str | None:
    """The side a capitalised plural demonym names ("Kenyans": the singular "Kenyan" is Kenya's)."""
    if not word[:1].isupper():
        return None
    for suffix in lex.plurals:
        if suffix and word.endswith(suffix):
            side = sides.lookup(word[:-len(suffix)])
            if side is not None:
                return side
    return None
