"""What the whole story says about where its sources are: the one country it is about (for an army or
a minister it gives no country) and the countries of namesakes misread abroad (whose places say
nothing of where a source is)."""

from __future__ import annotations

from collections import Counter
from typing import Final

from warta.model import PlaceMention
from warta.pipeline.claim_datelines import dateline_country
from warta.pipeline.lexicon import PhraseLexicon, lowered_parts
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_counts import added, most_common, tally
from warta.pipeline.side_mentions import misread_countries
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

STORY_MIN: Final = 3  # mentions of a country that can make it the one a story is about
STORY_RATIO: Final = 5  # ... when no other country is named a fifth as often


def story_facts(text: str, places: SpanIndex[PlaceMention], sides: PhraseLexicon[str],
                spans: list[tuple[int, int]] | None = None) -> tuple[str, set[str]]:
    """The story's country and its misread countries, from one reading of its side words (``spans``:
    the sentences', see ``side_values``)."""
    named_sides = tally(side_values(text, sides, spans or []))
    return story_country(text, places, named_sides), misread_places(places, named_sides)


def side_values(text: str, sides: PhraseLexicon[str], spans: list[tuple[int, int]]) -> list[str]:
    """The values of the side names found among all the text's tokens, in order: read sentence by
    sentence (``spans``, whose tokens the other steps read too) when the sentences' tokens are the text's,
    one after the other, and no name could run from one sentence into the next."""
    whole = tokenize(text)
    parts = [tokenize(text, start, end) for start, end in spans]
    k = 0
    bounds: list[int] = []  # where each sentence after the first begins among the text's tokens
    for part in parts:
        if part and (k + len(part) > len(whole) or part[0] is not whole[k]
                     or part[-1] is not whole[k + len(part) - 1]):
            return [m.value for m in sides.find(whole, text)]  # (a slice of the text's tokens, or not)
        k += len(part)
        bounds.append(k)
    if k != len(whole):
        return [m.value for m in sides.find(whole, text)]
    found = [sides.find(part, text) for part in parts]  # (each part's words lowered once, for both)
    reach = sides.max_len - 1
    if reach > 0 and len(bounds) > 1:
        lowered_parts(whole, parts)  # the whole's words are the parts'
        if any(_crosses(sides, whole, b, reach, text) for b in bounds[:-1]):
            return [m.value for m in sides.find(whole, text)]
    return [m.value for hits in found for m in hits]


def _crosses(sides: PhraseLexicon[str], whole: list[Token], at: int, reach: int, text: str) -> bool:
    """Whether a name of ``sides`` (at most ``reach`` + 1 tokens) runs across token ``at`` of ``whole``."""
    if reach <= 0:
        return False
    hi = min(len(whole), at + reach)
    for i in range(max(0, at - reach), at):
        m = sides.at(whole, i, text, hi)
        if m is not None and m.last_token >= at:
            return True
    return False


def story_country(text: str, places: SpanIndex[PlaceMention], named_sides: Counter[str]) -> str:
    """The one country a story is about, when it names no other nearly as often (its places and sides,
    counted once per article), or, filed from where it happens, its dateline's country named most even
    when another is named nearly as often ("ABIDJAN (Reuters) - Gunmen from Burkina Faso ...": "the
    army" is Ivory Coast's); "" when none."""
    counts = added(tally(p.country for p in places.items if p.country), named_sides)
    ranked = most_common(counts, 2)
    top, second = ranked[0][1] if ranked else 0, ranked[1][1] if len(ranked) > 1 else 0
    lead = ranked[0][0] if ranked else ""
    filed = top >= STORY_MIN and top > second and dateline_country(text, places) == lead
    return lead if top >= STORY_MIN and (top >= STORY_RATIO * second or filed) else ""


def misread_places(places: SpanIndex[PlaceMention], named_sides: Counter[str]) -> set[str]:
    """Countries the story never names whose few places are namesakes misread abroad (a neighbourhood
    read as a town of a neighbouring country): such a place says nothing of where a source is."""
    where = tally(p.country for p in places.items if p.country and not p.actor_use)
    named = set(named_sides) | {p.country for p in places.items if p.country and p.precision == "country"}
    return misread_countries(where, named, max(added(named_sides, where).values(), default=0))
