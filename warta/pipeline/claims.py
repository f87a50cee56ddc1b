"""Claims: who asserts the figures of a sentence, with which reporting cue.

Each attributed statement is a claim: a sentence with figures becomes one
claim, or one per source when two sources share it. The cue is a reporting
verb or phrase from the language's ``claims.toml``; the claimant is read by
:mod:`warta.pipeline.claimant`, or is the reporter when the sentence names no
source (an attribution in the next sentence does not carry over). Beyond one
sentence:

- a quotation that runs over several sentences belongs to the speaker named
  where it opens or closes ("“... . ... ,” ujar Argo");
- a headline names its source after a colon ("...: governor") or before a
  capitalised verb ("Tentara Israel Sebut ...");
- a denial ("membantah", "denied", "tidak benar", "could not be verified")
  leaves the denied figures with the source that gave them and marks their
  claim ``disputed_by`` the denier's claim, in the same sentence or in the
  two sentences before; so does a source that characterises the claim with a
  denial word ("a claim the government called propaganda",
  :mod:`warta.pipeline.claim_rejections`).
"""

from __future__ import annotations

from typing import Final

from warta.lang import Lang
from warta.model import Claim, Claimant, Figure, PlaceMention, Sentence, Span, TimeMention
from warta.pipeline.claim_frames import framed_cues
from warta.pipeline.claim_headlines import headline_source, is_headline, told_after_semicolon
from warta.pipeline.claim_lexicon import PUNCT_BOUNDARY, REPORTER, Source
from warta.pipeline.claim_quotes import quote_spans
from warta.pipeline.claim_rejections import Rejections
from warta.pipeline.claim_scope import clause_before
from warta.pipeline.claimant import SourceReader
from warta.pipeline.lexicon import Match
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

MAX_CUES: Final = 3
# a named source beats an outlet, an outlet beats an anonymous one or the reporter
SOURCE_RANK: Final = {"government": 0, "military": 0, "official": 0, "organization": 0, "person": 0,
               "media": 2, "unknown": 3, "reporter": 3}
DENIAL_REACH: Final = 2  # sentences back that a denial without figures of its own can refer to
METONYM_RANK: Final = 0.5  # a country's bare name as a source yields to a named speaker in its sentence
HEDGE_RANK: Final = 3.5  # an unauthored report after "according to": below any speaker, above none
BELLIGERENT_KINDS: Final = frozenset({"government", "military", "official"})  # who fights or governs

Attribution = tuple[Match[str] | None, Source | None]


class ClaimFinder(Rejections):
    """Attributes each sentence's figures to a claimant, remembering speakers."""

    def __init__(self, text: str, lang: Lang, places: list[PlaceMention],
                 times: list[TimeMention] | None = None) -> None:
        self.text = text
        self.reader = SourceReader(text, lang, SpanIndex(places), SpanIndex(times or []))
        self.lex = self.reader.lex
        self.sources: dict[int, Source] = {}  # each claim's source, by the claim's id
        # the last sentence's cues, with its tokens and figures: a sentence asks for them up to three times
        self.cued: tuple[list[Token], list[Figure], list[Match[str]]] | None = None
        # the sentence's cues whose claimant was read with no name learnt meanwhile, by the cue's id
        self.heard: dict[int, tuple[Match[str], list[Figure], int, Source | None]] = {}
        self.denied: tuple[list[Token], list[Match[str]]] | None = None  # the last sentence's denials

    def claims(self, sentences: list[Sentence], figures: list[Figure]) -> list[Claim]:
        by_sentence: dict[int, list[Figure]] = {}
        for fig in figures:
            by_sentence.setdefault(fig.sentence, []).append(fig)
        out: list[Claim] = []
        said: dict[int, Attribution] = {}
        last = self._last_read(sentences, by_sentence)
        self.reader.spans = [(s.start, s.end) for s in sentences]  # where the story's side names are read
        for sent in sentences[:last + 1]:
            toks = tokenize(self.text, sent.start, sent.end)
            figs = by_sentence.get(sent.index, [])
            denial = self.lex.denials.find(toks, self.text)
            self.denied = (toks, denial)
            self.heard.clear()
            named = self._named_sources(toks, figs) if len(figs) > 1 or denial else []
            rejecting = self._rejecting(toks, figs, denial)
            if len({f.key or f.span.text for _, f in named}) > 1:
                claims = self._split(sent, figs, named, rejecting)  # two sources share the sentence
                for _, f in named:
                    self.reader.remember(f)
                said[sent.index] = named[-1]
                if denial:
                    claims = self._deny_within(sent, claims, named, denial, rejecting)
                out += claims
                continue
            cue, found = self._attribution(toks, figs, rejecting)
            if found is None and is_headline(self.text, sent):
                found = headline_source(self.reader, self.text, toks)  # "...: governor"
            one = bool(denial and self.lex.singular_claims.find(toks, self.text))  # "Klaim itu", "the claim"
            other = ""
            if one and not figs and found is not None:  # "The group denied the claim": not the army's own
                found, other = self._other_party(sent, found, out)
            said[sent.index] = (cue, found)
            self.reader.remember(found)
            before = clause_before(self.text, figs, cue, found)
            if before:
                # "Serangan Rusia ke Sumy Tewaskan 4 Orang, Moskow Klaim Rebut Dua Desa": a source whose
                # own figures follow its cue does not also tell the clause before its name
                out.append(self._claim(sent, sent.start, before[-1].end, before, None, None))
                figs = [f for f in figs if f not in before]
            start = sent.start if not before else min(figs[0].start, found.span.start if found else sent.end)
            told = told_after_semicolon(toks, figs, cue.start, cue.end) if cue is not None and is_headline(
                self.text, sent) else []  # "Russia says it downed 64 drones; bomb kills 3 in Zaporizhzhia"
            figs = [f for f in figs if f not in told]
            claim = self._claim(sent, start, sent.end, figs, cue, found) if figs else None
            if claim is not None:
                out.append(claim)
            if told and cue is not None:
                after = told[0].start >= cue.end
                out.append(self._claim(sent, told[0].start if after else sent.start,
                                       sent.end if after else told[-1].end, told, None, None))
            doubt = self._doubt_after(sent, toks, claim, cue) \
                or self._rejected_after(sent, toks, claim, rejecting)  # "..., a claim X called propaganda"
            if doubt is not None:  # "Officials put the toll at 115, but that figure could not be confirmed"
                out.append(doubt)
            elif denial and not (claim is not None and self._denies_own(toks, denial[0], claim.figures)):
                out += self._deny_before(sent, claim, cue, found, out, one, other)
        self._quotes(sentences, said, out)
        return out

    def _last_read(self, sentences: list[Sentence], by_sentence: dict[int, list[Figure]]) -> int:
        """The last sentence that can change the claims: the last with figures or a denial, or the one
        where a quotation open there closes (:meth:`_quotes` reads its speaker). A sentence after it
        gives no claim and the sources it names are read by none: it is not read at all."""
        last = next((s.index for s in reversed(sentences) if s.index in by_sentence
                     or self.lex.denials.find(tokenize(self.text, s.start, s.end), self.text)), -1)
        if last < 0 or last == len(sentences) - 1:
            return last
        end = sentences[last].end
        for open_at, close_at in quote_spans(self.text, self.lex.quote_open, self.lex.quote_close):
            if open_at < end and close_at >= sentences[last].start:  # read to the sentence it closes in
                last = max(last, max(s.index for s in sentences if s.start <= close_at))
                end = sentences[last].end
        return last

    # -- one claim ------------------------------------------------------------
    def _claim(self, sent: Sentence, start: int, end: int, figs: list[Figure],
               cue: Match[str] | None, found: Source | None) -> Claim:
        if found is None:
            found = REPORTER
        has_span = found.span.start >= 0
        claimant = Claimant(found.span.text, found.span.start if has_span else None,
                            found.span.end if has_span else None, found.country, found.kind,
                            key=found.key)
        cue_span = None
        if cue is not None:
            cue_span = self.reader.cue_stem(cue) if cue.value == "pronoun" else \
                Span(cue.start, cue.end, cue.text)
        claim = Claim(claimant, cue_span, start, end, figs, sentence=sent.index)
        self.sources[id(claim)] = found
        return claim

    def _named_sources(self, toks: list[Token], figs: list[Figure]) -> list[tuple[Match[str], Source]]:
        """Every cue of the sentence whose claimant is a named source, in text order."""
        out: list[tuple[Match[str], Source]] = []
        unnamed: list[tuple[Match[str], Source]] = []
        for cue in sorted(self._cues(toks, figs)[:MAX_CUES + 1], key=lambda m: m.start):
            found = self._claimant(toks, cue, figs)
            if found is not None and SOURCE_RANK.get(found.kind, 1) == 0:
                out.append((cue, found))
            elif found is not None and found.kind == "unknown" and found.span.start >= 0 and any(
                    m.value == "unknown" for m in self.lex.kinds.find(
                        tokenize(self.text, found.span.start, found.span.end), self.text)):
                unnamed.append((cue, found))  # "security sources told AFP", "kata sumber keamanan"
        # a personal pronoun after a source named in the sentence is that source ("Congo's army said ...,
        # but it acknowledged ..."): no second source
        out = [cf for n, cf in enumerate(out)
               if n == 0 or self.lex.pronoun_class.lookup(cf[1].span.text) is None]
        # an unnamed source speaks for its own figures when a named one shares the sentence:
        # "dozens were killed, security sources said, while the army said 12 died"
        return sorted(out + unnamed, key=lambda cf: cf[0].start) if out else out

    def _split(self, sent: Sentence, figs: list[Figure], named: list[tuple[Match[str], Source]],
               rejecting: set[int]) -> list[Claim]:
        """Each figure goes to the nearest source; each source's claim spans its clause."""
        groups: dict[int, list[Figure]] = {}
        for fig in figs:
            # a denial after a figure denies it ("..., 4,000 troops, which Rwanda denies"): the
            # figure is another source's
            own = [i for i, (cue, _) in enumerate(named)
                   if not (cue.start > fig.end and (self.lex.denials.lookup(cue.text) is not None
                                                    or cue.start in rejecting))]
            k = min(own or range(len(named)), key=lambda i: abs(named[i][0].start - fig.start))
            groups.setdefault(k, []).append(fig)
        claims = []
        for k in sorted(groups):
            cue, found = named[k]
            members = groups[k]
            start = min([members[0].start, cue.start, found.span.start])
            end = max([members[-1].end, cue.end, found.span.end])
            claims.append(self._claim(sent, start, end, members, cue, found))
        return claims

    def _attribution(self, toks: list[Token], figs: list[Figure], rejecting: set[int]) -> Attribution:
        """The sentence's cue and claimant: a named source beats an outlet, an outlet the reporter;
        one that rejects a claim (``rejecting``) gives none."""
        best: tuple[float, Match[str] | None, Source | None] = (99, None, None)
        told = []
        for cue in [m for m in self._cues(toks, figs) if m.start not in rejecting][:MAX_CUES]:
            found = self._claimant(toks, cue, figs)
            if found is None or not self._elsewhere(toks, cue, found, figs):
                told.append((cue, found))
        speakers = [f.span for c, f in told if f is not None and f.span.start >= 0  # a passive: no speaker
                    and c.text.lower() not in self.lex.basis]
        # "Berdasarkan angka dari EHRC, ... lapor Human Rights Watch", "ujar militer, mengutip Reuters":
        # the data's origin is not who asserts the figure (but "menurut laporan yang dikutip Reuters":
        # the report another cue names is the quoting outlet's)
        told = [(c, f) for c, f in told if c.text.lower() not in self.lex.basis
                or not any(not (sp.start <= c.start < sp.end) for sp in speakers)]
        for cue, found in told:
            rank: float = float(SOURCE_RANK.get(found.kind, 1)) if found is not None else 4.0
            if found is not None and self.reader.hedge(cue, found):
                rank = HEDGE_RANK
            elif found is not None and found.span.start >= 0 and self.reader.sides.lookup(found.span.text):
                rank += METONYM_RANK  # "Ukraina memperkirakan ..., kata Dmytro Lubinets": who says it
            if rank < best[0]:
                best = (rank, cue, found)
        return best[1], best[2]

    def _claimant(self, toks: list[Token], cue: Match[str], figs: list[Figure]) -> Source | None:
        """The source the reader gives a cue of the sentence: read once, unless the reader learnt a
        name since (the names it knows are all of its state that a reading both uses and changes)."""
        names = len(self.reader.names)
        got = self.heard.get(id(cue))
        if got is not None and got[0] is cue and got[1] is figs and got[2] == names:
            return got[3]
        found = self.reader.claimant(toks, cue, figs)
        if len(self.reader.names) == names:  # (a reading that learnt a name may read otherwise again)
            self.heard[id(cue)] = (cue, figs, names, found)
        return found

    def _elsewhere(self, toks: list[Token], cue: Match[str], found: Source, figs: list[Figure]) -> bool:
        """A source in a clause after the figures that a subordinator opens speaks of
        something else: "..., sehari setelah Houthi mengklaim ..."."""
        if cue.value != "before" or not figs or found.span.start < 0 \
                or any(f.end > found.span.start for f in figs):
            return False
        i = next((n for n, t in enumerate(toks) if t.start >= found.span.start), 0) - 1
        return i >= 0 and toks[i].text.lower() in self.lex.subordinators

    def _cues(self, toks: list[Token], figs: list[Figure]) -> list[Match[str]]:
        """Reporting cues outside the figures and outside a statement's content (a cue after
        "that"/"bahwa" reports within the claim, one after "seraya" goes on with the cue
        before it), the one nearest before the first figure first (the same list again when
        asked again for the same tokens and figures; callers do not modify it)."""
        cued = self.cued
        if cued is not None and cued[0] is toks and len(cued[1]) == len(figs) \
                and all(a is b for a, b in zip(cued[1], figs, strict=True)):
            return cued[2]
        got = self._read_cues(toks, figs)
        self.cued = (toks, list(figs), got)
        return got

    def _read_cues(self, toks: list[Token], figs: list[Figure]) -> list[Match[str]]:
        """The cues :meth:`_cues` gives, read from the sentence."""
        nouns = self.lex.cue_noun_markers
        found = self.lex.cues.find(toks, self.text)
        framed = [m for m in framed_cues(toks, figs, self.lex)
                  if not any(c.start <= m.start < c.end for c in found)]
        found = sorted(found + framed, key=lambda m: m.start) if framed else found
        denied = self.denied
        denials = denied[1] if denied is not None and denied[0] is toks \
            else self.lex.denials.find(toks, self.text)
        if not found and not denials:
            return []  # no cue, and no denial to make a characterising verb one (most sentences)
        index = SpanIndex(figs)

        def in_figure(offset: int) -> bool:
            fig = index.last_before(offset + 1)
            return fig is not None and offset < fig.end

        # "a claim the government called propaganda": a verb characterising a claim rejects it
        called = self._characterised(toks, found, denials)
        found = sorted(found + called, key=lambda m: m.start) if called else found
        # "denied the rebel claim", "membantah klaim TPNPB": a cue word in a denial's object is a noun
        objects = {n for d in denials
                   for n in range(d.last_token + 1, min(len(toks), d.last_token + 4))
                   if toks[d.last_token + 1].text.lower() in nouns or n == d.last_token + 1}
        # "according to initial reports": a report noun in the object of an "after" cue is a noun
        objects |= {n for a in found if a.value == "after"
                    for n in range(a.last_token + 1, min(len(toks), a.last_token + 4))
                    if not any(t.text in PUNCT_BOUNDARY for t in toks[a.last_token + 1:n + 1])
                    and self.lex.report_nouns.at(toks, n, self.text) is not None}
        # "yang enggan disebut namanya", "klaim yang belum dikonfirmasi New Delhi": a cue word in a request
        anonymous = [(a.start, a.end) for lex in (self.lex.anonymity, self.lex.doubts)  # for anonymity or
                     for a in lex.find(toks, self.text)]  # a doubt reports nothing
        cues = [m for n, m in enumerate(found) if not in_figure(m.start)
                and not any(a <= m.start < b for a, b in anonymous)
                and not (m.first_token > 0 and toks[m.first_token - 1].text.lower() in nouns
                         and m.value != "passive")  # "this claim" is a noun, "This was confirmed" no
                and not self._after_possessive(toks, m.first_token)  # "Saree's claim": a noun
                and not (m.first_token in objects and m.first_token > 0
                         and self.lex.denials.lookup(m.text) is None)
                # "..., kata X, seraya menambahkan ...": X goes on speaking, no new source
                and not (n > 0 and m.first_token > 0
                         and toks[m.first_token - 1].text.lower() in self.lex.continuers)
                and not (m.last_token + 1 < len(toks)  # "klaim yang dibantah": a noun
                         and m.first_token == m.last_token  # "memberikan angka yang ...": a verb
                         and toks[m.last_token + 1].text.lower() in self.lex.relatives)
                and not (m.first_token == 0 and m.last_token + 1 < len(toks)  # "Klaim tersebut ..."
                         and toks[m.last_token + 1].text.lower() in self.lex.definite_after)]
        if cues:
            first = cues[0]
            comp = next((n for n in range(first.last_token + 1, len(toks))
                         if toks[n].text.lower() in self.lex.complementizers), None)
            if self._pronoun_subject(toks, first):
                comp = first.last_token + 1  # "said he had counted ...": no "that", the same content
            if comp is not None:  # a comma after "that" may close it: "..., where medics said"
                comma = next((toks[n].start for n in range(comp, len(toks)) if toks[n].text == ","), None)
                cues = [m for m in cues
                        if m.start < toks[comp].start or (comma is not None and m.start > comma)]
        if figs:
            before = [m for m in cues if m.end <= figs[0].start]
            after = [m for m in cues if m.end > figs[0].start]
            return before[::-1] + after
        return cues

    def _pronoun_subject(self, toks: list[Token], cue: Match[str]) -> bool:
        """A reporting verb right before a pronoun opens its content without a complementizer
        ("said he had counted", "mengatakan ia mencatat"; past a date, "said on Tuesday it had
        documented"): a cue inside that content reports no new source."""
        n = cue.last_token + 1
        if cue.value != "before" or n >= len(toks):
            return False
        if self.lex.report_nouns.lookup(cue.text) is None:  # ("its report on Sunday it said": a noun)
            n = self.reader.past_time(toks, n)
        if n >= len(toks):
            return False
        m = self.lex.pronouns.at(toks, n, self.text)
        return m is not None and m.last_token == n

    def _doubt_after(self, sent: Sentence, toks: list[Token], claim: Claim | None,
                     cue: Match[str] | None) -> Claim | None:
        """The reporter's doubt after a source's figures in the same sentence ("..., but the
        figure could not be verified", "..., namun angka itu belum dapat dikonfirmasi"): a
        claim of the reporter that disputes the source's."""
        if claim is None or not claim.figures or claim.claimant.kind == "reporter":
            return None
        last = claim.figures[-1].end
        doubt = next((d for d in self.lex.doubts.find(toks, self.text)
                      if d.start > last and (cue is None or d.start > cue.end)), None)
        if doubt is None:
            return None
        k = next(n for n, t in enumerate(toks) if t.start == doubt.start)
        while k > 0 and toks[k - 1].text not in PUNCT_BOUNDARY and toks[k - 1].end > last:
            k -= 1  # the doubting clause: back to its comma
        mine = self._claim(sent, toks[k].start, doubt.end, [], None, REPORTER)
        claim.disputed_by = mine
        return mine

    def _denies_own(self, toks: list[Token], denial: Match[str], figs: list[Figure]) -> bool:
        """The denial governs a figure of its own sentence ("Rwanda denied sending 4,000
        troops", "membantah 20 warga tewas"): it disputes no claim before it. One that names
        the claim ("denied the claim and said ...") or a pause before the figure looks back."""
        first = next((f for f in figs if f.start >= denial.end), None)
        if first is None:
            return False
        between = [t for t in toks if denial.end <= t.start < first.start]
        return not (any(t.text.lower() in self.lex.coordinators or t.text in PUNCT_BOUNDARY for t in between)
                    or any(lex.find(between, self.text) for lex in (
                        self.lex.cues, self.lex.report_nouns, self.lex.pronouns, self.lex.denials)))

    def _after_possessive(self, toks: list[Token], i: int) -> bool:
        """The token before ``i`` closes a possessive ("Saree's", "the group’s")."""
        return i >= 2 and toks[i - 1].text.lower() == "s" and toks[i - 2].text in "'’" \
            and toks[i - 2].start > 0 and self.text[toks[i - 2].start - 1].isalpha()

    # -- beyond one sentence ---------------------------------------------------
    def _quotes(self, sentences: list[Sentence], said: dict[int, Attribution], out: list[Claim]) -> None:
        """Sentences inside a quotation take the speaker named where it closes or opens."""
        spans = quote_spans(self.text, self.lex.quote_open, self.lex.quote_close)
        if not spans:
            return
        sent_index = SpanIndex(sentences)
        by_sentence: dict[int, list[Claim]] = {}
        for c in out:
            by_sentence.setdefault(c.sentence, []).append(c)
        for open_at, close_at in spans:
            opening = sent_index.last_before(open_at + 1)  # the sentence the quotation opens in
            inside = ([opening] if opening is not None and opening.end > open_at else []) + [
                s for s in sent_index.between(open_at + 1, close_at + 1)]
            if len(inside) < 2:
                continue
            speaker: Attribution = (None, None)
            last, first = inside[-1], inside[0]
            cue, found = said.get(last.index, (None, None))
            if cue is not None and found is not None and cue.start > close_at:
                speaker = (cue, found)
            else:
                cue, found = said.get(first.index, (None, None))
                if cue is not None and found is not None and cue.end <= open_at:
                    speaker = (cue, found)
            if speaker[1] is None:
                continue
            for s in inside:
                for c in by_sentence.get(s.index, []):
                    own_cue = c.cue
                    inner = own_cue is not None and open_at < own_cue.start < close_at
                    if c.claimant.kind in ("reporter", "unknown") or inner:
                        fresh = self._claim(s, c.start, c.end, c.figures, *speaker)
                        c.claimant, c.cue = fresh.claimant, fresh.cue
                        self.sources[id(c)] = speaker[1]

    def _deny_within(self, sent: Sentence, claims: list[Claim], named: list[tuple[Match[str], Source]],
                     denial: list[Match[str]], rejecting: set[int]) -> list[Claim]:
        """"Dia menyebut klaim Sebby yang menembak empat anggota TNI tidak benar": the
        figures stay Sebby's, disputed by the claim of the one who denies."""
        denier = next(((c, f) for c, f in named if self.lex.denials.lookup(c.text) is not None
                       or c.start in rejecting), named[0])
        span = denier[1].span
        mine = next((c for c in claims if (c.claimant.start, c.claimant.end) == (span.start, span.end)), None)
        if mine is None:
            cue, found = denier
            mine = self._claim(sent, min(cue.start, found.span.start),
                               max(cue.end, found.span.end, denial[-1].end), [], cue, found)
            claims = [*claims, mine]
        for c in claims:
            if c is not mine and c.figures:
                c.disputed_by = mine
        return claims

    def _recent(self, sent: Sentence, out: list[Claim]) -> list[Claim]:
        """Claims with figures of another source than the reporter in the sentences a denial
        reaches back to, in text order."""
        recent = []
        for c in reversed(out):  # claims come in text order: look back only as far as reached
            if c.sentence < sent.index - DENIAL_REACH:
                break
            if c.figures and c.sentence < sent.index and c.claimant.kind != "reporter":
                recent.append(c)
        return recent[::-1]

    def _other_party(self, sent: Sentence, found: Source, out: list[Claim]) -> tuple[Source, str]:
        """A pronoun or definite description that denies "the claim" ("The group denied the
        claim", "Kelompok itu membantah klaim tersebut") stands for another party than the one
        that made it: the source re-read past that claimant, and the key of the claimant."""
        recent = self._recent(sent, out)
        if not recent or found.key != recent[-1].claimant.key or found.span.start < 0 \
                or not self.reader.anaphoric(found.span):
            return found, ""
        key = recent[-1].claimant.key
        return self.reader.definite(found.span, other_than=key), key

    def _deny_before(self, sent: Sentence, claim: Claim | None, cue: Match[str] | None,
                     found: Source | None, out: list[Claim], one: bool = False,
                     other: str = "") -> list[Claim]:
        """A denial with no figures of its own disputes the figures another side gave in
        the sentences just before ("The RSF denied ...", "Neither figure could be verified");
        ``one``: it names one claim ("The claim could not be verified"), the last source's;
        ``other``: the key of the source a re-mention denies ("The group denied the claim")."""
        found = found or REPORTER
        if other:
            earlier = [c for c in self._recent(sent, out) if c.claimant.key == other]
        else:
            earlier = [c for c in self._recent(sent, out) if self._rivals(c, found)]
        if found.kind in BELLIGERENT_KINDS and not other:
            # "The RSF denied ...": the figures of a fighting rival, not the UN's count before
            # them; a foreign one before one of its own country ("Hizbullah membantah" what
            # Israel claimed, not the Lebanese ministry's toll)
            fighting = [c for c in earlier if c.claimant.kind in BELLIGERENT_KINDS]
            foreign = [c for c in fighting if c.claimant.country not in (None, found.country)]
            earlier = foreign or fighting or earlier
        if one and earlier:  # "the claim", "klaim itu": the last source's, not every one before
            earlier = [c for c in earlier if c.claimant.key == earlier[-1].claimant.key]
        if not earlier:
            return []
        added: list[Claim] = []
        if claim is None:
            start = min(found.span.start, cue.start) if found.span.start >= 0 and cue else sent.start
            claim = self._claim(sent, max(start, sent.start), sent.end, [], cue, found)
            added.append(claim)
        for c in earlier:
            if c.disputed_by is None:
                c.disputed_by = claim
        return added

    def _rivals(self, claim: Claim, denier: Source) -> bool:
        """Whether a denier can dispute a claim: the reporter doubts anyone; a source disputes
        another side's, or, within one country, an army an armed group's and the reverse
        ("the RSF denied" what Sudan's army claimed; not one army office another's)."""
        if denier.kind == "reporter" or claim.claimant.country != denier.country:
            return True
        source = self.sources.get(id(claim))
        return source is not None and {source.kind, denier.kind} <= BELLIGERENT_KINDS \
            and source.irregular != denier.irregular


def find_claims(text: str, lang: Lang, sentences: list[Sentence], figures: list[Figure],
                places: list[PlaceMention], times: list[TimeMention] | None = None) -> list[Claim]:
    """Each attributed statement that holds figures (and each denial of one), with its source."""
    return ClaimFinder(text, lang, places, times).claims(sentences, figures)


__all__ = ["ClaimFinder", "PUNCT_BOUNDARY", "find_claims", "quote_spans"]
