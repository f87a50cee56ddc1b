"""Who says it: the source phrase on a reporting cue's side.

A claimant phrase is read away from the cue up to a boundary; adverbs, dates
and parenthetical acronyms between the source and its cue are skipped
("Staf Umum ... pada hari Senin menyatakan", "the Observatory (SOHR) said"),
a phrase that is only a date, place or number is never a source, and a source
joined to its place is kept whole ("petugas medis di Jalur Gaza"). The name
after a cue follows a claim ("..., said Aidi"), except after "told"; an
apposition gives the person's name ("..., its governor, Filip Pronin, said")
and its title describes it; a passive verb or a report names its author
("disebutkan Kemenkes", "a report by the UN"). What the phrase is (kind, side,
key) and whom a pronoun stands for is :mod:`warta.pipeline.sources`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from typing import Final

from warta.model import Figure, Span
from warta.pipeline.claim_appositions import Appositions
from warta.pipeline.claim_channels import ChannelsBack
from warta.pipeline.claim_datelines import dateline_end
from warta.pipeline.claim_lexicon import (
    MAX_CLAIMANT_TOKENS,
    PUNCT_BOUNDARY,
    QUOTES,
    REPORTER,
    Source,
    acronym,
)
from warta.pipeline.claim_scope import own_phrase
from warta.pipeline.lexicon import Match
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sources import SourceBook
from warta.pipeline.token import Token

# commas of an opening phrase before a clause's subject ("In a statement on Monday, ...")
OPENING_COMMAS: Final = 2


@dataclass(slots=True)
class SourceReader(SourceBook, ChannelsBack, Appositions):
    """Reads the claimant phrase of a reporting cue."""

    def claimant(self, toks: list[Token], cue: Match[str], figs: list[Figure]) -> Source | None:
        """The source a cue attributes to, or None when the cue has none."""
        if cue.value == "passive":
            nxt = toks[cue.last_token + 1].text.lower() if cue.last_token + 1 < len(toks) else ""
            if cue.first_token > 0 and cue.text[:1].isupper() and nxt not in self.lex.agent_links:
                return REPORTER  # a title's "27 Tentara Burundi Dilaporkan Tewas": its capitals name no agent
            agent = self._clean(self._agent_after(toks, cue.last_token + 1), figs)
            return self.describe(agent, toks, agent.end) if agent is not None else REPORTER
        if cue.value == "pronoun":
            return self.definite(self.pronoun_span(cue), toks)
        span: Span | None = None
        last = self._addressee_back(toks, self._skip_adverbs_back(toks, cue.first_token - 1))
        if last == self._skip_adverbs_back(toks, cue.first_token - 1):
            last = cue.first_token - 1  # no "kepada wartawan" between the speaker and the cue
        prev = self._skip_adverbs_back(toks, last)
        after_punct = cue.first_token == 0 or (prev >= 0 and toks[prev].text in PUNCT_BOUNDARY)
        if prev >= 0 and cue.text.lower() in self.lex.participles and (
                toks[prev].text == "," or self.lex.report_nouns.at(toks, prev, self.text) is not None):
            # "Iraq's Foreign Ministry, which ..., condemned the strikes, saying", "The ministry issued
            # a statement saying": the clause's subject
            subject = self._clean(self._subject(toks, cue.first_token), figs)
            if subject is not None:
                return self.describe(subject, toks, subject.end)
        if cue.value == "inverted":
            if after_punct:  # ('"...," kata seorang penggembala': the speaker, whatever its noun)
                span = self._clean(self._phrase_after(toks, cue.last_token + 1, figs), figs,
                                   loose=prev >= 0 and toks[prev].text in QUOTES)
            else:  # the verb after its subject: "Tentara Israel Sebut ...", "Militer Israel sebut ..."
                span = self._clean(self._phrase_before(toks, cue.first_token - 1, figs), figs)
            if span is None:
                return None
            span = self._name_after(toks, span) if after_punct else span  # "..., kata perusahaannya, Bazan."
            source = self.describe(span, toks, max(self._apposition_after(toks, span), cue.start))
            return _spoke(source) if after_punct and prev >= 0 and toks[prev].text in QUOTES else source
        if cue.value == "after":  # "according to X": any phrase that is not a date, place or number
            span = self._clean(self._phrase_after(toks, cue.last_token + 1, figs), figs, loose=True)
            if span is None:
                return None
            return self._report_or_source(span, toks, cue)
        if cue.value == "adverbial":  # "Ukraine has reportedly knocked out ...": its subject, if named
            span = self._clean(self._phrase_before(toks, cue.first_token - 1, figs), figs)
            inner = tokenize(self.text, span.start, span.end) if span is not None else []
            if span is None or not (self.lex.kinds.find(inner, self.text)
                                    or self.sides.find(inner, self.text)):
                return REPORTER
            return self.describe(span, toks, cue.start)
        # "before": the source precedes the cue, except in "..., said Aidi" after the claim
        claim_before = any(f.end <= cue.start for f in figs) or (
            prev >= 0 and toks[prev].text in QUOTES)
        ctx_end = cue.start if last == cue.first_token - 1 else toks[last].end
        if after_punct and claim_before and cue.text.lower() not in self.lex.addressed \
                and self.lex.denials.lookup(cue.text) is None:  # "..., denies backing the rebels": its object
            span = self._relative_subject(toks, prev, figs)  # "Rwanda, which has 4,000 troops there, said"
            if span is None:
                # '"...," said a herder': after a closing quote the phrase after the cue is the speaker,
                # whatever its noun
                span = self._clean(self._phrase_after(toks, cue.last_token + 1, figs), figs,
                                   loose=toks[prev].text in QUOTES)
                # "said its operator, Bazan.": the name the description closes the sentence with
                span = self._name_after(toks, span) if span is not None else None
                ctx_end = self._apposition_after(toks, span) if span is not None else ctx_end
            else:
                ctx_end = span.end
        if span is None:
            span = self._clean(self._phrase_before(toks, last, figs), figs)
            span = self._quoted_speaker(toks, span, figs)
        ctx_start = self._title_before(toks, span, figs) if span is not None else None
        comma = self._skip_channel_back(toks, prev) if prev >= 0 else prev  # "..., Hyacinth Alia, dalam
        if span is None and comma >= 0 and toks[comma].text == ",":  # kunjungannya ke lokasi mengatakan"
            span, ctx_start = self._apposition(toks, comma, figs) or (None, None)
        if span is None and (not own_phrase(toks, cue.first_token)  # not the sentence's subject,
                             or toks[cue.first_token - 1].text.lower() in self.lex.coordinators):
            # unless the cue is a verb conjoined to the clause's ("Presiden ..., yang ..., memerintahkan
            # operasi pembalasan dan menyatakan", "..., ordered a counter-offensive and said")
            span = self._clean(self._subject(toks, cue.first_token), figs)
            commas = list(islice((k for k in range(cue.first_token) if toks[k].text == ","
                                  and (span is None or toks[k].start >= span.end)), OPENING_COMMAS))
            if span is None or (commas and not self.lex.kinds.find(tokenize(self.text, span.start, span.end),
                                                                   self.text)):
                # "In a broadcast on Sunday, the army command gave no figure ... but said", "Late on Friday,
                # the rebels ...": an opening phrase that names no source; the subject follows its comma
                for comma in commas[:OPENING_COMMAS]:
                    found = self._clean(self._subject(toks, cue.first_token, comma + 1), figs)
                    if found is not None:
                        span = found
                        break
        if span is None and not claim_before:
            span = self._opening_phrase(toks, last, figs)
        if span is None:
            return None
        k = next((n for n, t in enumerate(toks) if t.start >= span.end), len(toks))
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in self.lex.relatives:
            ctx_end = span.end  # "Rwanda, which UN experts say ..., denies": the clause describes no source
        ctx_end = self._before_channel(toks, k, ctx_end)
        source = self.describe(span, toks, max(span.end, ctx_end), ctx_start)
        if after_punct and prev >= 0 and toks[prev].text in QUOTES and span.start > cue.start:
            return _spoke(source)
        return source

    def _addressee_back(self, toks: list[Token], i: int) -> int:
        """Back past the one spoken to between a speaker and its cue ("Kapolres kepada wartawan
        mengatakan", "Juru bicara Fano, Solomon Atanaw, kepada kantor berita itu mengklaim"): the
        token before its preposition (the comma, when one opens it); ``i`` when none stands there."""
        j = i
        for _ in range(2):  # past a comma and a date between commas: "kepada wartawan di Ilaga, Senin,"
            if j > 0 and toks[j].text == ",":
                j = self._skip_adverbs_back(toks, j - 1)
        while j >= 0 and i - j < MAX_CLAIMANT_TOKENS and self.lex.addressees.at(toks, j, self.text) is None \
                and toks[j].text not in PUNCT_BOUNDARY:
            j -= 1
        to = self.lex.addressees.at(toks, j, self.text) if j >= 1 else None
        if to is None or to.last_token >= i:
            return i
        return j - 1

    def hedge(self, cue: Match[str], found: Source) -> bool:
        """Whether an "after" cue's source is a report no one is named for ("according to
        initial reports", "menurut laporan awal"): it hedges the figures, and any other speaker
        of the sentence is their source."""
        if cue.value != "after" or found.kind != "unknown" or found.span.start < 0:
            return False
        inner = tokenize(self.text, found.span.start, found.span.end)
        return bool(self.lex.report_nouns.find(inner, self.text)) and not any(self._is_name(t) for t in inner)

    def anaphoric(self, span: Span) -> bool:
        """A pronoun or definite description ("he", "the group", "kelompok itu")."""
        return self.lex.pronouns.lookup(span.text) is not None or self._is_definite(span)

    def pronoun_span(self, cue: Match[str]) -> Span:
        """"ujarnya": the suffix ``nya`` is the claimant, the stem the cue."""
        for suffix in self.lex.suffixes:
            if cue.text.lower().endswith(suffix) and len(cue.text) > len(suffix):
                return Span(cue.end - len(suffix), cue.end, self.text[cue.end - len(suffix):cue.end])
        return Span(cue.start, cue.end, cue.text)

    def cue_stem(self, cue: Match[str]) -> Span:
        own = self.pronoun_span(cue)
        return Span(cue.start, own.start, self.text[cue.start:own.start]) if own.start > cue.start \
            else Span(cue.start, cue.end, cue.text)

    # -- phrases ------------------------------------------------------------
    def _stops(self, toks: list[Token], i: int) -> bool:
        """Where a claimant phrase read backwards ends: a boundary or another cue."""
        return self._is_boundary(toks[i]) or self.lex.cues.at(toks, i, self.text) is not None

    def _quoted_speaker(self, toks: list[Token], span: Span | None, figs: list[Figure]) -> Span | None:
        """"Araghchi dikutip IRNA mengatakan", "Terekhov was quoted by Suspilne as saying": the
        outlet between a quoting cue and the verb only carries the words; the speaker stands
        before the quoting cue."""
        if span is None:
            return None
        i = next((n for n, t in enumerate(toks) if t.start >= span.start), 0) - 1
        quoting = None  # the cue ending right before the phrase, or reaching into it ("quoted | by X")
        for j in range(i + 1, max(-1, i - 4), -1):
            m = self.lex.cues.at(toks, j, self.text)
            if m is not None and m.first_token <= i <= m.last_token + 1 <= i + 2:
                quoting = m
        if quoting is None or quoting.text.lower() not in self.lex.outlet_cues:
            return span
        speaker = self._clean(self._phrase_before(toks, quoting.first_token - 1, figs), figs)
        return speaker if speaker is not None else span

    def _clean(self, span: Span | None, figs: list[Figure], loose: bool = False) -> Span | None:
        """A phrase that runs into a figure is the claim, not its source; one that is only
        a date, place or number is no source either. ``loose``: after "according to" any
        other words name a source ("open-source analysts")."""
        if span is None or any(f.start < span.end and span.start < f.end for f in figs):
            return None
        if loose:
            words = [t for t in tokenize(self.text, span.start, span.end) if t.text[:1].isalpha()]
            if any(not self._covered(t) and t.text.lower() not in self.lex.function_words for t in words):
                return span
        return span if self.sourcey(span) else None

    def _phrase_before(self, toks: list[Token], i: int, figs: list[Figure] | None = None) -> Span | None:
        i = self._skip_channel_back(toks, self._skip_adverbs_back(toks, i))
        end = i
        if i > 0 and toks[i].text.lower() in self.lex.definite_after:
            i -= 1  # "Misi itu mengatakan"
        while i >= 0 and end - i < MAX_CLAIMANT_TOKENS and not self._stops(toks, i):
            i -= 1
        if i >= 0 and i == end and toks[i].text.lower() in self.lex.relatives and not acronym(toks[i]):
            # "Sebby yang mengklaim", "the ministry, which said": the head before the relative
            end = i = i - 1
            if i >= 0 and toks[i].text == ",":
                end = i = i - 1
            while i >= 0 and end - i < MAX_CLAIMANT_TOKENS and not self._stops(toks, i):
                i -= 1
        elif i >= 0 and toks[i].text.lower() in self.lex.relatives and i < end and not acronym(toks[i]) \
                and i > 0 and not self._is_boundary(toks[i - 1]):
            # "Gubernur wilayah Donetsk yang dikuasai Ukraina mengatakan": keep the head; after a
            # pause the relative has none, its subject follows ("..., which Rwanda denies")
            i -= 1
            while i >= 0 and end - i < 2 * MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]):
                i -= 1
        if i == end:
            return None
        if i >= 0 and toks[i].text.lower() in self.lex.locatives \
                and all(self._covered(t) for t in toks[i + 1:end + 1]):
            # "Petugas medis di Jalur Gaza mengatakan": the source with its place
            j = i - 1
            while j >= 0 and end - j < MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[j]):
                j -= 1
            if j < i - 1:
                i = j
            if i > 0 and toks[i].text.lower() in self.lex.noun_links:
                i = self._head_before_link(toks, i, end, figs or [])  # "a nurse at the hospital in Djibo"
        elif i > 0 and toks[i].text.lower() in self.lex.noun_links:
            i = self._head_before_link(toks, i, end, figs or [])
        elif i > 0 and toks[i].text.lower() in self.lex.coordinators:
            i = self._conjunct_before(toks, i, figs or [])
        if i > 0 and toks[i].text.lower() in self.lex.relatives and i < end and not acronym(toks[i]):
            # "SOHR yang berbasis di Inggris melaporkan": the relative's place was walked past; its
            # head, past a parenthesis ("Observatorium ... (SOHR) yang berbasis di Inggris")
            k = i - 1
            if toks[k].text == ")":
                while k >= 0 and toks[k].text != "(" and i - k < MAX_CLAIMANT_TOKENS:
                    k -= 1
                k = k - 1 if k > 0 and toks[k].text == "(" else -1
            if k >= 0 and not self._is_boundary(toks[k]):
                i = k
                while i >= 0 and end - i < 2 * MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]):
                    i -= 1
        return self._span(toks, self._after_claim_noun(toks, self._after_time(toks, i + 1, end), end), end)

    def _after_claim_noun(self, toks: list[Token], i: int, end: int) -> int:
        """Past the claim a source denies, named before it with no relative word ("..., a charge
        Kigali denies", "an allegation the army rejects"): the source follows the noun."""
        k = i + 1 if i < end and toks[i].text.lower() in self.lex.function_words else i
        m = self.lex.claim_nouns.at(toks, k, self.text) if k < end else None
        if m is None or m.last_token >= end \
                or toks[m.last_token + 1].text.lower() in self.lex.joins:
            return i  # "the claims of the army": the claims' author
        return m.last_token + 1

    def past_time(self, toks: list[Token], i: int) -> int:
        """The token after a date at ``i`` ("on Friday", "pada Jumat"), or ``i``."""
        return self._after_time(toks, i, len(toks))

    def _after_time(self, toks: list[Token], i: int, end: int) -> int:
        """Past a date that opens the phrase ("Today the ministry said", "Kemarin militer
        menyebut"), with the word that led into it ("On Monday the army said")."""
        k = i
        if k + 1 < end and toks[k].text.lower() in self.lex.minor \
                and self._in_time(toks[k + 1]) is not None:
            k += 1
        t = self._in_time(toks[k]) if k < end else None
        if t is None:
            return i
        while k < end and toks[k].start < t.end:
            k += 1
        return k + (k < end and toks[k].text == ",")  # (a date may end the sentence)

    def _source_words(self, words: list[Token]) -> bool:
        """Whether a short phrase names a source by its words alone ("Police", "a local
        resistance group", "warga setempat"): a source word at its head (first or last) and
        besides it at most two modifiers that are neither names nor function words (no verb
        phrase: "Kyiv was hit" has no source word)."""
        found = [m for lex in (self.lex.kinds, self.lex.weak_kinds, self.lex.human_titles)
                 for m in lex.find(words, self.text)]
        if not words or not any(m.first_token == 0 or m.last_token == len(words) - 1 for m in found):
            return False
        inside = {i for m in found for i in range(m.first_token, m.last_token + 1)}
        loose = [t for n, t in enumerate(words) if n not in inside and not self._is_name(t)
                 and t.text.lower() not in self.lex.function_words]
        return len(loose) <= 2 and not any(t.text[:1].isdigit() or t.text in PUNCT_BOUNDARY for t in loose)

    def _conjunct_before(self, toks: list[Token], coord: int, figs: list[Figure]) -> int:
        """"Police and residents said", "Polisi dan warga setempat mengatakan": two sources
        joined by a coordinator at the start of a clause speak together; the phrase runs back
        over the first one (where it stops otherwise)."""
        j = coord - 1
        while j >= 0 and coord - j <= MAX_CLAIMANT_TOKENS // 2 and not self._stops(toks, j):
            j -= 1
        left = toks[j + 1:coord]
        if self._in_name(toks, coord) and left and left[0].text[:1].isupper():
            return j  # "the Ministry of Foreign Affairs and Trade": one name
        if j >= 0 and toks[j].text not in PUNCT_BOUNDARY:
            return coord  # "... killed two and residents said": no clause start before it
        if not self._source_words(left) or self.lex.cues.find(left, self.text) \
                or any(f.start < left[-1].end and left[0].start < f.end for f in figs):
            return coord
        return j

    def _head_before_link(self, toks: list[Token], link: int, end: int, figs: list[Figure]) -> int:
        """"officials on both sides said", "a source close to Hezbollah said": a preposition
        after a source word joins the source to its complement; the phrase runs back from it
        (where it stops otherwise)."""
        j = link - 1
        while j >= 0 and end - j < MAX_CLAIMANT_TOKENS and not self._stops(toks, j):
            j -= 1
        head = toks[j + 1:link]
        stop = toks[j].text.lower() if j >= 0 else ""
        if stop in self.lex.relatives:  # "yang timnya membantu warga di ...": a clause, no head
            return link
        ends = stop not in self.lex.boundaries  # from the sentence's start or a comma: "A source close to"
        return j if self._joins(head, toks[link + 1:end + 1], figs, ends) else link

    def _joins(self, head: list[Token], rest: list[Token], figs: list[Figure], anywhere: bool) -> bool:
        """Whether a preposition joins a source word (ending ``head`` unless ``anywhere``) to
        the complement ``rest``, which names no channel ("in a statement", "di Telegram")
        and no figure."""
        found = [m for lex in (self.lex.kinds, self.lex.weak_kinds, self.lex.human_titles)
                 for m in lex.find(head, self.text)]
        if not head or not rest or not found or self.lex.channels.find(rest, self.text):
            return False
        ends_in_word = any(m.last_token == len(head) - 1 for m in found)
        if not anywhere and not ends_in_word:
            return False
        if not ends_in_word and self._is_name(head[-1]):
            return False  # "kata ... Ignatius Prabowo di Nabire": where the person spoke
        a, b = head[0].start, rest[-1].end
        return not any(f.start < b and a < f.end for f in figs)

    def _phrase_after(self, toks: list[Token], i: int, figs: list[Figure] | None = None) -> Span | None:
        start = i
        i = self._run_after(toks, i, start)
        if i == start:
            return None
        if i + 1 < len(toks) and toks[i].text.lower() in self.lex.noun_links:
            # "..., kata pejabat di kedua belah pihak": the source with its complement
            k = self._run_after(toks, i + 1, start)
            if k > i + 1 and self._joins(toks[start:i], toks[i + 1:k], figs or [], True):
                i = k
        if i < len(toks) and toks[i].text.lower() in self.lex.definite_after:
            i += 1  # "menurut kementerian itu"
        if i + 2 < len(toks) and toks[i].text.lower() in self.lex.relatives \
                and self.lex.run_by.at(toks, i + 1, self.text) is not None:
            # "menurut Kementerian Kesehatan yang dikelola Houthi": the body with who runs it
            m = self.lex.run_by.at(toks, i + 1, self.text)
            k = self._run_after(toks, m.last_token + 1, m.last_token + 1) if m is not None else i
            if k > i + 2:
                i = k
        if i + 1 < len(toks) and toks[i].text.lower() in self.lex.coordinators \
                and self._source_words(toks[start:i]):
            # "according to police and residents", "kata polisi dan warga setempat"
            k = self._run_after(toks, i + 1, i + 1)
            if k > i + 1 and k - i <= MAX_CLAIMANT_TOKENS // 2 and self._source_words(toks[i + 1:k]) \
                    and not any(f.start < toks[k - 1].end and toks[i + 1].start < f.end for f in figs or []):
                i = k
        return self._span(toks, start, i - 1)

    def _run_after(self, toks: list[Token], i: int, start: int) -> int:
        """Where a phrase read forwards from ``i`` stops: a boundary, a number, a date or an adverb of
        the verb after it ("yang menurut kantor berita WAFA telah menewaskan"); a
        long title runs on to the end of the name it ends with ("kata Kepala Bidang Humas
        Polda ... Komisaris Besar Polisi Ignatius Benny Adi Prabowo")."""
        while i < len(toks) and (i - start < MAX_CLAIMANT_TOKENS or (
                i - start < 2 * MAX_CLAIMANT_TOKENS and toks[i].text[:1].isupper())) \
                and not self._is_boundary(toks[i]) \
                and not toks[i].text[:1].isdigit() and self._untimed(toks, i) \
                and (i == start or toks[i].text[:1].isupper()  # "yang menurut WAFA telah menewaskan"
                     or self.lex.adverbs.at(toks, i, self.text) is None) \
                and (i == start or self.lex.cues.at(toks, i, self.text) is None
                     or self.lex.report_nouns.at(toks, i, self.text) is not None):
            i += 1  # another cue ends it ("kata Yusuf seperti dikutip dari Antara"), a report noun no
            # ("according to initial reports")
        return i

    def _agent_after(self, toks: list[Token], i: int) -> Span | None:
        """The author after a passive verb or a report noun: "disebutkan Kemenkes",
        "was reported by the UN", "laporan yang disampaikan Reuters"."""
        while i < len(toks) and toks[i].text.lower() in self.lex.agent_links:
            i += 1
        if i < len(toks) and self.lex.adverbs.at(toks, i, self.text) is not None:
            return None  # "dilaporkan telah mengungsi ke pangkalan Rusia": what was reported, no author
        span = self._phrase_after(toks, i) if i < len(toks) else None
        if span is None:
            return None
        inner = tokenize(self.text, span.start, span.end)
        cut = next((k for k in range(1, len(inner) - 1) if inner[k].text.lower() in self.lex.agent_ends
                    and inner[k + 1].text[:1].islower()
                    and inner[k + 1].text.lower() not in self.lex.function_words), None)
        if cut is not None:  # "accused by the ombudsman's office of executing ...": the agent ends at "of"
            inner = inner[:cut]
            span = Span(inner[0].start, inner[-1].end, self.text[inner[0].start:inner[-1].end])
        named = self.lex.kinds.find(inner, self.text) or self.lex.weak_kinds.find(inner, self.text) \
            or any(self._is_name(t) for t in inner) \
            or self.sides.find(inner, self.text)  # "dilaporkan oleh kelompok HAM setempat", "dibantah Rwanda"
        return span if named else None

    def _report_or_source(self, span: Span, toks: list[Token], cue: Match[str]) -> Source:
        """"menurut laporan yang disampaikan Reuters": the report's author; "menurut
        laporan itu": the source the report stands for."""
        inner = tokenize(self.text, span.start, span.end)
        head = self.lex.report_nouns.at(inner, 0, self.text) if inner else None
        if head is None and len(inner) > 1 and inner[0].text.lower() in ("the", "a", "an"):
            head = self.lex.report_nouns.at(inner, 1, self.text)
        if head is not None:
            k = next(n for n, t in enumerate(toks) if t.start == head.start) + (
                head.last_token - head.first_token + 1)
            agent = self._agent_after(toks, k)
            if agent is not None:
                return self.describe(agent, toks, agent.end)
            if head.last_token + 1 == len(inner) or self.lex.pronouns.lookup(span.text) is not None:
                return self.definite(span, toks)
        outlet = cue.text.lower() in self.lex.outlet_cues  # "dilansir Kyodo": an outlet
        return self.describe(span, toks, max(span.end, cue.start), unnamed="media" if outlet else "person")

    def _subject(self, toks: list[Token], cue_index: int, start: int | None = None) -> Span | None:
        """The sentence's subject ("Seorang anggota kelompok penyelamat yang ... mengatakan",
        "Staf Umum ... membantah angka itu dan mengklaim"), or the subject of the clause from ``start``."""
        # past a dateline and an opening connective: "Sementara itu, ..."
        a = dateline_end(toks, self.text) if start is None else start
        while a < cue_index and self._is_boundary(toks[a]):
            a += 1
        k = a
        while k < min(cue_index, a + MAX_CLAIMANT_TOKENS):
            kind = self.lex.kinds.at(toks, k, self.text)
            if kind is not None:
                k = kind.last_token + 1
            elif toks[k].text[:1].isupper() or (k > a and toks[k].text in "-/"):
                k += 1
            elif k > a and self._possessive(toks[k]):  # "Chad's interior ministry"
                k += 2 if k + 1 < cue_index and toks[k + 1].text.lower() == "s" else 1
            elif self._is_boundary(toks[k]) or self.lex.cues.at(toks, k, self.text) is not None:
                break
            elif not any(self.lex.kinds.at(toks, j, self.text) or toks[j].text[:1].isupper()
                         for j in range(k, min(cue_index, k + 3))):
                break
            else:
                k += 1
        k = min(k, cue_index)
        return self._span(toks, a, k - 1) if k > a else None

    def _opening_phrase(self, toks: list[Token], last: int, figs: list[Figure]) -> Span | None:
        """"The provincial security secretariat said 12 ...": the phrase that opens a sentence, right
        before its cue, is the source whatever its head word (any words that are no date, place,
        number or function word)."""
        raw = self._phrase_before(toks, last, figs)
        first = dateline_end(toks, self.text)
        while first < len(toks) and self._is_boundary(toks[first]):
            first += 1
        if raw is None or first >= len(toks) or toks[first].start != raw.start:
            return None
        return self._clean(raw, figs, loose=True)

    def _span(self, toks: list[Token], a: int, b: int) -> Span:
        s, e = toks[a].start, toks[b].end
        return Span(s, e, self.text[s:e])

    # -- what a source is ---------------------------------------------------


def _spoke(source: Source) -> Source:
    """The speaker after a closing quote and its cue ('"...," said a herder'): someone who spoke,
    when its noun says nothing of what it is."""
    return replace(source, kind="person", human=True) if source.kind == "unknown" else source
