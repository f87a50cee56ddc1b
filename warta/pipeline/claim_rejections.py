"""A claim characterised with a denial word by another source ("a claim the government called
propaganda", "klaim yang disebut pemerintah sebagai propaganda", "The junta called the claim
propaganda"): that source rejects it and gives no figures of its own. Verbs that are no reporting
cue elsewhere ("called", "described") count only here (``characterising_*`` in ``claims.toml``).
A mixin of :class:`warta.pipeline.claims.ClaimFinder`."""

from __future__ import annotations

from typing import Final

from warta.model import Claim, Figure, Sentence
from warta.pipeline.claim_lexicon import PUNCT_BOUNDARY, ClaimLexicons, Source
from warta.pipeline.claimant import SourceReader
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

CHARACTERISE_REACH: Final = 5  # words between a claim noun and the verb that characterises it


class Rejections:
    """Sources that reject a claim they characterise (a mixin of the claim finder)."""

    text: str
    lex: ClaimLexicons
    reader: SourceReader

    def _cues(self, toks: list[Token], figs: list[Figure]) -> list[Match[str]]:
        raise NotImplementedError

    def _claim(self, sent: Sentence, start: int, end: int, figs: list[Figure],
               cue: Match[str] | None, found: Source | None) -> Claim:
        raise NotImplementedError

    def _characterised(self, toks: list[Token], found: list[Match[str]],
                       denials: list[Match[str]]) -> list[Match[str]]:
        """Verbs no cue found that characterise a claim with a denial word in the sentence."""
        return [m for m in self.lex.characterising.find(toks, self.text) if denials
                and not any(c.start <= m.start < c.end for c in found) and self._characterises(toks, m)]

    def _characterises(self, toks: list[Token], cue: Match[str]) -> bool:
        """The cue's clause characterises a claim named right before it ("klaim yang disebut
        pemerintah", "a claim the government called"), or after a pause and a relative one named
        before in the sentence, or its object is one ("called the claim")."""
        k = cue.last_token + 1
        while k < len(toks) and k <= cue.last_token + 2 and toks[k].text.lower() in self.lex.cue_noun_markers:
            k += 1
        if cue.last_token + 1 < k < len(toks) and self.lex.claim_nouns.at(toks, k, self.text) is not None:
            return True
        for k in range(cue.first_token - 1, max(-1, cue.first_token - 1 - CHARACTERISE_REACH), -1):
            if toks[k].text == "," and toks[k + 1].text.lower() in self.lex.relatives:
                # "Klaim pemberontak bahwa ..., yang disebut pemerintah", "The claim, which the
                # government called": a relative after a pause describes a claim named before it
                return bool(self.lex.claim_nouns.find(toks[:k], self.text))
            if toks[k].text in PUNCT_BOUNDARY:
                return False
            noun = self.lex.claim_nouns.at(toks, k, self.text)
            if noun is not None and noun.last_token < cue.first_token:
                return True
        return False

    def _rejecting(self, toks: list[Token], figs: list[Figure], denial: list[Match[str]]) -> set[int]:
        """Starts of the cues whose source rejects a claim it characterises with a denial word
        after it ("klaim yang disebut pemerintah sebagai propaganda", "a claim the government
        called propaganda") in a sentence with figures: that source gives none, it disputes them."""
        return {m.start for m in self._cues(toks, figs) if self.lex.denials.lookup(m.text) is None
                and any(d.start >= m.end for d in denial) and self._characterises(toks, m)} \
            if denial and figs else set()  # with no figures of its own, the rejecting source denies

    def _rejected_after(self, sent: Sentence, toks: list[Token], claim: Claim | None,
                        rejecting: set[int]) -> Claim | None:
        """The claim of a source that rejects the sentence's claim after it ("..., sebuah klaim
        yang disebut pemerintah sebagai propaganda"), disputing it."""
        if claim is None or not claim.figures or not rejecting:
            return None
        cue = next((m for m in self._cues(toks, claim.figures) if m.start in rejecting
                    and m.start > claim.figures[-1].end), None)
        found = self.reader.claimant(toks, cue, claim.figures) if cue is not None else None
        if cue is None or found is None or found.span.start < 0:
            return None
        self.reader.remember(found)
        start, end = min(cue.start, found.span.start), max(cue.end, found.span.end)
        mine = self._claim(sent, start, end, [], cue, found)
        claim.disputed_by = mine
        return mine

