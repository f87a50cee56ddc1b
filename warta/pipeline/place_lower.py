"""Places in text written all in lower case (chat logs, some corpora, SMS):
with no capitals to mark names, every run of up to MAX_TOKENS words is
looked up, and what the index finds is kept only when the evidence is
strong enough for how likely the name is a place:

- a name the language's data fixes (countries, curated places) is kept;
- after a trigger word ("kota", "kabupaten", "village of") any populated place;
- after a preposition of place ("di", "in") a place of PLACE_AFTER_LOCATIVE people;
- otherwise only a country or a main-name place of LONE_PLACE people.

Function words, the stoplist and people's names are never places here.
"""

from __future__ import annotations

from typing import Final

from warta.geo.gazetteer import Candidate, Gazetteer
from warta.geo.match import Match
from warta.geo.resolve import candidates
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Tok, doubled

MAX_TOKENS: Final = 3
MIN_LETTERS: Final = 4
LOWER_SHARE: Final = 0.02  # below this share of capitalised words, a text is lower-cased
PLACE_AFTER_LOCATIVE: Final = 20_000
LONE_PLACE: Final = 200_000


def is_lower_cased(toks: list[Tok]) -> bool:
    """Whether a text is written without capitals (a few acronyms aside). A
    text whose sentences all open with a capital is cased, names or none."""
    opened = cased = False  # any sentence opens with a word; all that do, with a capital
    sent = -1  # (sentences count from 0)
    for t in toks:  # a sentence's first token: the one whose sentence differs from the token's before
        if t.sent != sent:
            sent = t.sent
            if t.text[:1].isalpha():
                opened, cased = True, t.cap
                if not cased:
                    break
    if opened and cased:
        return False
    words = [t for t in toks if t.text[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) < LOWER_SHARE * len(words) + 1


def lower_matches(text: str, toks: list[Tok], lex: PlaceLexicon, gaz: Gazetteer) -> list[Match]:
    """Place matches of a lower-cased text, longest first, left to right."""
    def usable(t: Tok) -> bool:
        k = t.key
        return t.text.isalpha() and not (
            k in lex.stoplist or k in lex.person_names or k in lex.triggers_before
            or k in lex.heads_before or k in lex.heads_after or k in lex.titles
            or k in lex.context_words or k in lex.locative or k in lex.connectors)

    spans: list[tuple[int, int, str]] = []
    for i, t in enumerate(toks):
        if not usable(t):
            continue
        for j in range(i + 1, min(len(toks), i + MAX_TOKENS) + 1):
            last = toks[j - 1]
            if last.sent != t.sent or (j > i + 1 and (toks[j - 2].end + 1 != last.start
                                                      or last.key in lex.connectors)):
                break
            spans.append((i, j, " ".join(x.key for x in toks[i:j])))
    found = gaz.lookup(k for _, _, k in spans)
    longest: dict[int, list[tuple[int, str]]] = {}
    for i, j, key in spans:
        longest.setdefault(i, []).append((j, key))
    out: list[Match] = []
    i = 0
    while i < len(toks):
        hit = None
        for j, key in sorted(longest.get(i, ()), reverse=True):
            if not usable(toks[j - 1]):
                continue
            hit = _match(text, toks, i, j, key, lex, gaz, found)
            if hit:
                break
        if hit:
            out.append(hit)
            i = hit.j
        else:
            i += 1
    return out


def _match(text: str, toks: list[Tok], i: int, j: int, key: str, lex: PlaceLexicon, gaz: Gazetteer,
           found: dict[str, list[Candidate]]) -> Match | None:
    curated = lex.curated.get(key, ())
    cands = candidates(gaz, key, curated, found)
    if not cands or key in lex.not_places:
        return None
    if not curated and j - i == 1 and (len(key) < MIN_LETTERS or doubled(text, toks[i].start, toks[i].end)):
        return None
    prev = toks[i - 1] if i and toks[i - 1].sent == toks[i].sent else None
    two = f"{toks[i - 2].key} {prev.key}" if prev and i > 1 else ""
    want = (lex.triggers_before.get(two) or lex.triggers_before.get(prev.key)) if prev else None
    if not curated:
        if want:
            cands = [c for c in cands if c.kind != "country" and (c.population > 0 or c.kind != "settlement")]
        elif prev and prev.key in lex.locative:
            cands = [c for c in cands if c.primary and (c.kind in ("country", "admin1", "region")
                                                        or c.population >= PLACE_AFTER_LOCATIVE)]
        else:
            cands = [c for c in cands if c.primary and (c.kind in ("country", "region")
                                                        or c.population >= LONE_PLACE)]
    if not cands:
        return None
    a, b = toks[i], toks[j - 1]
    return Match(a.start, b.end, key, i, j, i, False, want, cands, curated)
