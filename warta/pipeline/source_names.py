"""Where a bare name was introduced: "Aidi said" takes its kind and side from "rebel
spokesman Aidi" earlier in the article, and an acronym from the capitalised name it
spells ("KIA" after "the Kachin Independence Army"). Both look-ups are built once per
article on first use, so their cost stays linear in its length."""

from __future__ import annotations

from operator import attrgetter
from typing import Final

from mypy_extensions import trait

from warta.model import PlaceMention
from warta.pipeline.claim_lexicon import (
    LOCAL_KINDS,
    MAX_CLAIMANT_TOKENS,
    PUNCT_BOUNDARY,
    ClaimLexicons,
    acronym,
)
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.segment import token_index, tokens as tokenize
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

_TEXT, _START = attrgetter("text"), attrgetter("start")
MAX_INITIALS: Final = 6  # letters of an acronym looked up among the article's capitalised names
# characters either side of a name's first occurrence read for its introduction
INTRODUCTION_CHARS: Final = 200


@trait
class NameIntroductions:
    """What the article says of a name where it first occurs (a mixin of the source book)."""

    text: str
    lex: ClaimLexicons
    sides: PhraseLexicon[str]
    places: SpanIndex[PlaceMention]
    first_seen: dict[str, int]
    initials: dict[str, tuple[int, int]]

    def _kind(self, toks: list[Token]) -> str:
        raise NotImplementedError

    def _is_boundary(self, tok: Token) -> bool:
        raise NotImplementedError

    def _first_seen(self, word: str) -> int:
        """Where a word first occurs in the article (one pass over the text, built on first use)."""
        if not self.first_seen:
            toks = tokenize(self.text)
            # from the last token back: a word's first occurrence is written last (built in C)
            self.first_seen.update(zip(map(_TEXT, reversed(toks)), map(_START, reversed(toks))))
            self.first_seen.setdefault("", -1)
        return self.first_seen.get(word, -1)

    def _from_earlier_mention(self, names: list[str], country: str | None, sentence: list[Token],
                              unnamed: str = "person") -> tuple[str, str | None]:
        """A bare name ("Aidi said") takes its title from where it was first introduced
        ("rebel spokesman Aidi", "Aidi, a rebel spokesman,", "the ... Association (AAPP)");
        with none, one that claims an attack is an armed group and an acronym a body."""
        if not names:
            return "unknown", country
        first = self._first_seen(names[-1])
        if first >= 0:
            ctx_toks = self._introduction(first, len(names[-1]))
            kind = self._kind(ctx_toks)
            if kind:
                sides = self.sides.find(ctx_toks, self.text)
                country = country or (sides[-1].value if sides else None)
                if country is None and kind in LOCAL_KINDS and ctx_toks:  # "... the Central Papua police"
                    placed = self.places.between(ctx_toks[0].start, ctx_toks[-1].end)
                    country = next((p.country for p in placed if p.country), None)
                return kind, country
        spelled = self._spelled_out(names[-1])
        if spelled:
            return spelled, country
        if self.lex.armed_acts.find(sentence, self.text):
            return "military", country  # "JNIM claimed responsibility ..."
        if any(acronym(t) and t.text == names[-1] for t in sentence):
            return "organization", country  # "according to AAPP": no person's name
        return unnamed, country

    def _spelled_out(self, name: str) -> str:
        """The kind of the name an acronym abbreviates where the article spells it out:
        "KIA" after "the Kachin Independence Army" is military."""
        if not (2 <= len(name) <= MAX_INITIALS and name.isalpha() and name.isupper()):
            return ""
        if not self.initials:
            self.initials.update(self._index_initials())
        hit = self.initials.get(name)
        return self._kind(tokenize(self.text, *hit)) if hit else ""

    def _index_initials(self) -> dict[str, tuple[int, int]]:
        """Initials of every run of capitalised words in the article ("Kachin Independence
        Army" -> KIA; words such as "of" and "for" may join them), first occurrence first.
        One pass over the tokens, built on first use."""
        links = {w for w in self.lex.function_words | self.lex.boundaries if w.isalpha()}
        out: dict[str, tuple[int, int]] = {"": (0, 0)}
        run: list[Token] = []
        for tok in tokenize(self.text):
            if tok.text[:1].isupper() and tok.text[:1].isalpha() and not tok.text.isupper():
                run = [*run[-(MAX_INITIALS - 1):], tok]
                for k in range(2, len(run) + 1):
                    out.setdefault("".join(t.text[0] for t in run[-k:]), (run[-k].start, tok.end))
            elif not (run and tok.text.lower() in links and tok.text.islower()):
                run = []
        return out

    def _introduction(self, at: int, size: int) -> list[Token]:
        """The words that introduce a name where it first occurs: the phrase before it
        (across one comma or parenthesis) and an apposition after it, read among the tokens of the
        INTRODUCTION_CHARS either side."""
        lo, hi = max(0, at - INTRODUCTION_CHARS), at + size + INTRODUCTION_CHARS
        article = tokenize(self.text)
        first, last = token_index(article, lo), token_index(article, hi)
        # the article's tokens inside the window, as those of the window are but for a word its edge cuts
        # (which is read as parts): read past such an edge, the window's own tokens are read
        cut_before = first > 0 and article[first - 1].end > lo
        cut_after = last > first and article[last - 1].end > hi
        got = self._introduced(article[first:last - 1 if cut_after else last], at, cut_before, cut_after)
        if got is None:
            got = self._introduced(tokenize(self.text, lo, hi), at)
        return got if got is not None else []

    def _introduced(self, toks: list[Token], at: int, cut_before: bool = False,
                    cut_after: bool = False) -> list[Token] | None:
        """:meth:`_introduction` among ``toks``; None when it would read past a cut edge."""
        n = next((k for k, t in enumerate(toks) if t.start >= at), len(toks))
        longest = max(lex.max_len for lex in (self.lex.cues, self.lex.kinds, self.lex.weak_kinds,
                                              self.lex.human_titles))
        if cut_after and n + MAX_CLAIMANT_TOKENS + 3 + longest >= len(toks):
            return None
        lo = n - 1
        for _ in range(2):
            if lo >= 0 and toks[lo].text in ",(":
                lo -= 1
            while lo >= 0 and n - lo <= 2 * MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[lo]) \
                    and self.lex.cues.at(toks, lo, self.text) is None:  # "menurut KHRM": no title
                lo -= 1
            if lo < 0 or toks[lo].text not in ",(":
                break
        if cut_before and lo < 0:
            return None
        hi = n + 1
        if hi < len(toks) and toks[hi].text in ",(" and hi + 1 < len(toks) and (
                toks[hi + 1].text.lower() in self.lex.function_words  # "Aidi, a rebel spokesman,"
                or any(lex.at(toks, hi + 1, self.text) for lex in (  # "Aidi, juru bicara TPNPB,"
                    self.lex.kinds, self.lex.weak_kinds, self.lex.human_titles))):
            hi += 1
            while hi < len(toks) and hi - n <= MAX_CLAIMANT_TOKENS and toks[hi].text not in PUNCT_BOUNDARY:
                hi += 1
        return toks[lo + 1:hi]
