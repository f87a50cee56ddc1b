"""Where a story's armed men come from, when the text says so: "gunmen who crossed from Burkina
Faso", "Mexican cartel gunmen", "pria bersenjata dari Sulu", "kelompok pemberontak Uganda". Men of
a group the text gives no origin ("Boko Haram fighters" in a story set in Chad) are not counted as
foreign here: the group's name alone does not say they came from abroad."""

from __future__ import annotations

from collections import Counter
from typing import Final

from warta.lang import Lang
from warta.model import PlaceMention, Sentence
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_counts import tally
from warta.pipeline.sides import beside
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

NATIONALITY_GAP: Final = 2  # lower-case words between a nationality and the men ("Mexican cartel gunmen")
ORIGIN_GAP: Final = 3  # words between the men and the origin word ("gunmen who crossed from")
ORIGIN_HEADS: Final = 3  # words between the origin word and the place ("from the southern Philippines")


def _plain(toks: list[Token], lo: int, hi: int, lower: bool) -> bool:
    """Tokens ``lo:hi`` are words (no punctuation), all in lower case when ``lower``."""
    return all(t.text[:1].isalpha() and (not lower or t.text.islower()) for t in toks[lo:hi])


def _country_at(toks: list[Token], i: int, text: str, sides: PhraseLexicon[str],
                places: SpanIndex[PlaceMention], groups: PhraseLexicon[str],
                lang: Lang) -> tuple[str, int] | None:
    """The country a nationality or place starting at token ``i`` names, and its last token: not an
    armed group's name ("Boko Haram", "Sinaloa cartel"), which says nothing of where its men are from,
    nor a neighbour ("from the Afghan side of the border": the side they crossed from)."""
    if i >= len(toks):
        return None
    m = sides.at(toks, i, text)
    if m is not None and beside(text, m.start, lang, m.end):
        return None
    if m is not None and m.text[:1].isupper() and not groups.find(tokenize(text, m.start, m.end), text):
        return m.value, m.last_token
    p = next(iter(places.between(toks[i].start, toks[i].end)), None)
    if p is not None and p.country and not p.actor_use:
        last = max(j for j in range(i, len(toks)) if toks[j].start < p.end)
        return p.country, last
    return None


def fighter_origins(text: str, sentences: list[Sentence], men: PhraseLexicon[str], sides: PhraseLexicon[str],
                    places: SpanIndex[PlaceMention], groups: PhraseLexicon[str], origin_words: frozenset[str],
                    nationality_words: frozenset[str], head_first: bool,
                    lang: Lang) -> tuple[Counter[str], set[int]]:
    """How often the text gives each country as the origin of armed men: a nationality before them
    (after them where heads come first: "pemberontak Uganda"), or an origin word and a place after
    them ("gunmen who crossed from Burkina Faso", "pria bersenjata dari Sulu"); a nationality word and
    a place ("militan asal Iran") says what they are, like a nationality, and outweighs where they
    came from. Also where those origins are named: no scene of the story's events."""
    nationals: Counter[str] = tally(())
    came: Counter[str] = tally(())
    said: set[int] = set()
    for s in sentences:
        toks = tokenize(text, s.start, s.end)
        for m in men.find(toks, text):
            hit = _nationality(toks, m, text, sides, places, groups, head_first, lang) \
                or _from_place(toks, m, text, sides, places, groups, nationality_words, lang)
            if hit is not None:
                nationals[hit[0]] = nationals.get(hit[0], 0) + 1
            elif (hit := _from_place(toks, m, text, sides, places, groups, origin_words, lang)) is not None:
                came[hit[0]] = came.get(hit[0], 0) + 1
            if hit is not None:
                said.add(hit[1])
    # what they are ("militan asal Iran") outweighs where they came from ("datang dari wilayah Pakistan")
    return nationals or came, said


def _nationality(toks: list[Token], m: Match[str], text: str, sides: PhraseLexicon[str],
                 places: SpanIndex[PlaceMention], groups: PhraseLexicon[str], head_first: bool,
                 lang: Lang) -> tuple[str, int] | None:
    """The nationality right before the men (right after them where heads come first), past at most
    NATIONALITY_GAP lower-case words ("Mexican cartel gunmen", "kelompok pemberontak Uganda")."""
    if head_first:
        got = _country_at(toks, m.last_token + 1, text, sides, places, groups, lang)
        return (got[0], toks[m.last_token + 1].start) if got is not None else None
    for start in range(m.first_token - 1, max(-1, m.first_token - NATIONALITY_GAP - 4), -1):
        got = _country_at(toks, start, text, sides, places, groups, lang)
        if got is not None and got[1] < m.first_token:
            gap = m.first_token - got[1] - 1
            ok = gap <= NATIONALITY_GAP and _plain(toks, got[1] + 1, m.first_token, True)
            return (got[0], toks[start].start) if ok else None
        if not toks[start].text[:1].isalpha():
            return None
    return None


def _from_place(toks: list[Token], m: Match[str], text: str, sides: PhraseLexicon[str],
                places: SpanIndex[PlaceMention], groups: PhraseLexicon[str],
                origin_words: frozenset[str], lang: Lang) -> tuple[str, int] | None:
    for k in range(m.last_token + 1, min(len(toks), m.last_token + 2 + ORIGIN_GAP)):
        if toks[k].text.lower() in origin_words:
            if not _plain(toks, m.last_token + 1, k, lower=False):
                return None
            for j in range(k + 1, min(len(toks), k + 2 + ORIGIN_HEADS)):
                got = _country_at(toks, j, text, sides, places, groups, lang)
                if got is not None:
                    return (got[0], toks[j].start) if _plain(toks, k + 1, j, lower=True) else None
            return None
    return None
