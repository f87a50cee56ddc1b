"""Articles as counts: "a"/"an", "sebuah", "seorang" count one only where a
reader counts them. An article in a list of equipment ("two tanks, a
barrier vehicle and 12 armoured vehicles") is one; a person named with one
counts when that person's fate follows ("a woman was killed", "seorang anak
tewas", "seorang penggembala ditahan"), when the fate verb stands right before ("menewaskan seorang
warga"), or among the items a subset word opens ("termasuk seorang
komandan"); a source named with one ("..., a military commander said", "menurut seorang
warga") and
an article in apposition to a count of one ("one of them, a small child")
are no counts of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from warta.model import Figure
from warta.pipeline.figure_lists import list_gap
from warta.pipeline.figure_outcomes import NO_LIST_SHARING, PEOPLE, PEOPLE_OUTCOMES
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

_ASIDE_RE: Final = re.compile(r"\([^()]{0,60}\)")  # an aside in brackets between two items of a list
FATES: Final = ("killed", "wounded", "missing", "casualties")  # what befalls a person, not what one does
APPOSITION_GAP: Final = 2  # characters (a space, a comma) between a count of one and the article naming it
PERSON_ARTICLE_REACH: Final = 40  # characters between "seorang ..." and its outcome word
RELATIVE_REACH: Final = 100  # ... when a relative clause describes the person between them
SUBSET_REACH: Final = 12  # tokens a subset word ("including", "termasuk") reaches over the items it opens


def _in_subset(toks: list[Token], i: int, text: str, lex: FigureLexicons) -> bool:
    """Token ``i`` stands among the items a subset word opens ("termasuk seorang komandan ...
    dan seorang komandan lain"), in the same clause."""
    lo = max(0, i - SUBSET_REACH)
    opened = lex.subset.find(toks, text, lo, i)
    return bool(opened) and not any(t.text in ".;:" for t in toks[opened[-1].last_token + 1:i])


class _Lone:
    """The figures of a text and the tests of :func:`drop_lone_articles` on each (methods, not
    closures: the compiled build keeps closures that call each other in a reference cycle)."""

    def __init__(self, text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
        self.text, self.toks, self.found, self.lex = text, toks, found, lex
        self.counted = {(f.outcome_span.start if f.outcome_span else -1) for f in found
                        if f.unit in PEOPLE and f.quantity.text.lower() not in lex.articles}
        self.starts = {f.start: f for f in found}
        self.ends = {f.end: f for f in found}

    def apposed(self, f: Figure) -> bool:
        """"one of them, a small child": the article names the one just counted."""
        for gap in range(APPOSITION_GAP + 1):
            prev = self.ends.get(f.start - gap)
            if prev is not None and prev.quantity.value == 1 and prev is not self.starts.get(f.start):
                return True
        return False

    def sourced(self, f: Figure) -> bool:
        """"Menurut seorang warga Passo, dua orang tewas", "according to a resident": a source."""
        i = token_index(self.toks, f.start)
        openers = self.lex.source_openers
        return openers is not None and any(
            (m := openers.at(self.toks, i - back, self.text)) is not None and m.last_token == i - 1
            for back in (1, 2, 3) if i - back >= 0)

    def listed_after(self, f: Figure) -> bool:
        """The figure right before ends where a list goes on to this one ("three children
        and a woman"), not before another phrase ("three children, on Monday, a local
        group said")."""
        i = token_index(self.toks, f.start)
        opened = self.lex.subset.find(self.toks, self.text, max(0, i - SUBSET_REACH), i)
        if opened and opened[-1].last_token == i - 1:
            return True  # the list's first item: "including a commander"
        before = [g for g in self.found if g.end <= f.start]
        if not before:
            return False
        gap = _ASIDE_RE.sub(" ", self.text[before[-1].end:f.start]).strip(" ,").lower()
        # the rest of the item before may stand in between: "seorang komandan kompi Nukhba (komando) dan"
        return gap == "" or any(gap == j or gap.endswith(" " + j) for j in self.lex.list_joiners)

    def joined_after(self, f: Figure) -> bool:
        """A joiner word, not a bare comma, ends the list right before this item ("nine
        soldiers and a civilian", "sembilan tentara dan seorang warga sipil")."""
        before = [g for g in self.found if g.end <= f.start]
        gap = self.text[before[-1].end:f.start].strip(" ,").lower() if before else ""
        return gap in self.lex.list_joiners

    def described(self, f: Figure, fate: int) -> bool:
        """A relative clause stands between the person and the fate of the main clause ("Seorang warga
        sipil yang mengendarai sepeda motor di belakang konvoi juga terluka", "A civilian who was riding
        behind the convoy was also wounded")."""
        gap = self.text[f.end:fate]
        words = gap.split()
        named = next((n for n, w in enumerate(words) if not w[:1].isupper()), len(words))
        # past the name of the person's unit: "Seorang prajurit Kontingen Garuda yang bertugas ... terluka"
        return f.end <= fate <= f.end + RELATIVE_REACH and named < len(words) \
            and words[named].lower() in self.lex.relatives and not any(ch in gap for ch in ",.;:")

    def in_subset(self, f: Figure) -> bool:
        return _in_subset(self.toks, token_index(self.toks, f.start), self.text, self.lex)

    def article(self, f: Figure) -> bool:
        lex, word = self.lex, f.quantity.text.lower()
        if word in lex.person_articles and (self.apposed(f) or self.sourced(f)):
            return True
        fate = f.outcome_span
        if word in lex.person_articles and f.unit in PEOPLE \
                and f.outcome in PEOPLE_OUTCOMES and fate is not None and fate.start in self.counted \
                and self.listed_after(f) and self.in_subset(f) and word in lex.numeral_articles:
            return False  # "menangkap 250 tentara, termasuk seorang brigadir jenderal": one of them
        if word in lex.person_articles and f.unit in PEOPLE \
                and f.outcome in FATES and fate is not None and (
                    f.end <= fate.start <= f.end + PERSON_ARTICLE_REACH  # "seorang anak tewas"
                    or self.described(f, fate.start)  # "seorang warga yang mengendarai ... terluka"
                    or 0 <= f.start - fate.end <= 1  # "menewaskan seorang warga", "killed a woman"
                    or (fate.start in self.counted and self.joined_after(f)  # "nine soldiers and a civilian"
                        and (word in lex.numeral_articles or not self.in_subset(f)))
                    or (fate.start in self.counted and self.listed_after(f) and self.in_subset(f)
                        and word in lex.numeral_articles)):
            # one person's fate is the point; "lima militan, termasuk seorang komandan": one of the
            # people counted ("seorang" is a numeral; "including a young boy" names an example, no
            # count). Not "killing 30 fighters, a military commander said": the source
            return False
        if word in lex.person_articles and f.unit in PEOPLE and f.outcome == "captured" \
                and fate is not None and f.end <= fate.start <= f.end + PERSON_ARTICLE_REACH \
                and self.text[f.end:fate.end].lower().endswith(tuple(lex.captive_fates)):
            return False  # "seorang penggembala ditahan", "a shepherd was detained": taken, not taking
        return word in lex.articles

    def enumerated(self, f: Figure) -> bool:
        """Another figure ends right before this one, or starts right after it, with only
        commas and list joiners between, or the rest of an item closed by a comma or joiner
        ("a bulldozer, a grenade launcher and two trucks", "two arms depots and a base")."""
        # not "Seorang warga, sebuah jet ...": a source
        things = [g for g in self.found if g.unit not in PEOPLE]
        before = [g for g in things if g.end <= f.start]
        after = [g for g in things if g.start >= f.end]
        return (bool(before) and list_gap(self.text[before[-1].end:f.start], self.lex)) \
            or (bool(after) and list_gap(self.text[f.end:after[0].start], self.lex))

    def aimed_at(self, f: Figure) -> bool:
        """"fired two missiles and 11 drones at a US aircraft carrier": the target of the weapons."""
        i = token_index(self.toks, f.start)
        return i > 0 and self.toks[i - 1].text.lower() in self.lex.targets


def _article_word(word: str, lex: FigureLexicons) -> bool:
    return word in lex.articles or word in lex.person_articles


def drop_lone_articles(text: str, toks: list[Token], found: list[Figure],
                       lex: FigureLexicons) -> list[Figure]:
    """"a"/"sebuah" is a count of one only in a list of equipment figures."""
    if not any(_article_word(f.quantity.text.lower(), lex) for f in found):
        return found  # no article among them (what the tests below ask of each figure)
    lone = _Lone(text, toks, found, lex)
    # things ("other": a building, a grenade launcher) count only as items of a list
    equipment = {id(f) for f in found if f.unit and f.unit not in PEOPLE
                 and (f.unit not in NO_LIST_SHARING or (f.unit == "other" and lone.enumerated(f)))}
    # a list of equipment with a number ("two trucks and a tank"), or of things with articles only
    # ("a bulldozer, a tunnel and a mortar team")
    listed = any(not lone.article(f) for f in found if id(f) in equipment) \
        or sum(1 for f in found if id(f) in equipment and lone.enumerated(f)) > 1
    # an article counts as an item of the list only ("two bombs" after "a fighter jet dropped" lists none)
    return [f for f in found if not lone.article(f)
            or (listed and id(f) in equipment and not lone.aimed_at(f) and lone.enumerated(f))]
