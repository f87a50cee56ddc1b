"""Claims: who asserts the figures of a sentence, with which reporting cue.

A sentence holding figures becomes one claim. Its cue is a reporting verb or
phrase from the language's ``claims.toml``; the claimant is the noun phrase on
the cue's side ("Kementerian Pertahanan Rusia mengatakan", "menurut PBB",
"..., said Aidi"), a pronoun resolved to the last named claimant, or the
reporter when the sentence names no source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.lang import Lang
from warta.model import Claim, Claimant, Figure, PlaceMention, Sentence, Span, Token
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.spans import SpanIndex

MAX_CLAIMANT_TOKENS = 10
KIND_PRIORITY = ("media", "organization", "military", "government", "official", "person")
MAX_CUES = 3
# a named source beats an outlet, an outlet beats an anonymous one or the reporter
SOURCE_RANK = {"government": 0, "military": 0, "official": 0, "organization": 0, "person": 0,
               "media": 2, "unknown": 3, "reporter": 3}
PUNCT_BOUNDARY = set(",.;:!?\"“”‘’()[]—–-")


@dataclass(slots=True)
class ClaimLexicons:
    cues: PhraseLexicon[str]  # value: before | after | pronoun | passive
    kinds: PhraseLexicon[str]
    boundaries: frozenset[str]
    adverbs: PhraseLexicon[str]
    pronouns: PhraseLexicon[str]
    relatives: frozenset[str]


@cache
def lexicons(lang: Lang) -> ClaimLexicons:
    data = lang.data("claims")
    cues = from_table({
        "before": data.get("cues_before", []), "after": data.get("cues_after", []),
        "pronoun": data.get("cues_pronoun", []), "passive": data.get("cues_passive", []),
    })
    return ClaimLexicons(
        cues=cues,
        kinds=from_table(data.get("kinds", {})),
        boundaries=frozenset(w.lower() for w in data.get("boundaries", [])),
        adverbs=from_table({"adv": data.get("adverbs", [])}),
        pronouns=from_table({"pron": data.get("pronouns", [])}),
        relatives=frozenset(w.lower() for w in data.get("relatives", [])),
    )


@dataclass(slots=True)
class _Found:
    span: Span
    kind: str
    country: str | None


class ClaimFinder:
    """Attributes each sentence's figures to a claimant, remembering speakers."""

    def __init__(self, text: str, lang: Lang, places: list[PlaceMention]) -> None:
        self.text = text
        self.lex = lexicons(lang)
        self.sides = side_lexicon(lang)
        self.places = SpanIndex(places)
        self.last: _Found | None = None
        self.history: list[_Found] = []  # named claimants so far, for definite descriptions
        self.names: dict[str, tuple[str, str | None]] = {}

    def claims(self, sentences: list[Sentence], figures: list[Figure]) -> list[Claim]:
        by_sentence: dict[int, list[Figure]] = {}
        for fig in figures:
            by_sentence.setdefault(fig.sentence, []).append(fig)
        out: list[Claim] = []
        for sent in sentences:
            toks = tokenize(self.text, sent.start, sent.end)
            figs = by_sentence.get(sent.index, [])
            named = self._named_sources(toks, figs) if len(figs) > 1 else []
            if len({f.span.text for _, f in named}) > 1:
                out += self._split(sent, figs, named)  # two sources share the sentence
                self.last = named[-1][1]
                self.history += [f for _, f in named]
                continue
            cue, found = self._attribution(toks, figs)
            if found is not None and found.kind != "reporter":
                self.last = found
                self.history.append(found)
            if figs:
                out.append(self._claim(sent, sent.start, sent.end, figs, cue, found))
        return out

    def _claim(self, sent: Sentence, start: int, end: int, figs: list[Figure],
               cue: Match[str] | None, found: _Found | None) -> Claim:
        if found is None:
            found = _Found(Span(-1, -1, ""), "reporter", None)
        claimant = Claimant(found.span.text, found.span.start if found.span.start >= 0 else None,
                            found.span.end if found.span.start >= 0 else None,
                            found.country, found.kind)
        cue_span = Span(cue.start, cue.end, cue.text) if cue is not None else None
        return Claim(claimant, cue_span, start, end, figs, sentence=sent.index)

    def _named_sources(self, toks: list[Token], figs: list[Figure]) -> list[tuple[Match[str], _Found]]:
        """Every cue of the sentence whose claimant is a named source, in text order."""
        out = []
        for cue in sorted(self._cues(toks, figs)[:MAX_CUES], key=lambda m: m.start):
            found = self._claimant(toks, cue, figs)
            if found is not None and SOURCE_RANK.get(found.kind, 1) == 0:
                out.append((cue, found))
        return out

    def _split(self, sent: Sentence, figs: list[Figure],
               named: list[tuple[Match[str], _Found]]) -> list[Claim]:
        """Each figure goes to the nearest source; each source's claim spans its clause."""
        groups: dict[int, list[Figure]] = {}
        for fig in figs:
            k = min(range(len(named)), key=lambda i: abs(named[i][0].start - fig.start))
            groups.setdefault(k, []).append(fig)
        claims = []
        for k in sorted(groups):
            cue, found = named[k]
            members = groups[k]
            start = min([members[0].start, cue.start, found.span.start])
            end = max([members[-1].end, cue.end, found.span.end])
            claims.append(self._claim(sent, start, end, members, cue, found))
        return claims

    def _attribution(self, toks: list[Token], figs: list[Figure]) -> tuple[Match[str] | None, _Found | None]:
        """The sentence's cue and claimant: a named source beats an outlet, an outlet the reporter."""
        best: tuple[int, Match[str] | None, _Found | None] = (99, None, None)
        for cue in self._cues(toks, figs)[:MAX_CUES]:
            found = self._claimant(toks, cue, figs)
            rank = SOURCE_RANK.get(found.kind, 1) if found is not None else 4
            if rank < best[0]:
                best = (rank, cue, found)
        return best[1], best[2]

    def _cues(self, toks: list[Token], figs: list[Figure]) -> list[Match[str]]:
        """Reporting cues outside the figures, the one nearest before the first figure first."""
        index = SpanIndex(figs)

        def in_figure(offset: int) -> bool:
            fig = index.last_before(offset + 1)
            return fig is not None and offset < fig.end

        cues = [m for m in self.lex.cues.find(toks, self.text) if not in_figure(m.start)]
        if figs:
            before = [m for m in cues if m.end <= figs[0].start]
            after = [m for m in cues if m.end > figs[0].start]
            return before[::-1] + after
        return cues

    def _claimant(self, toks: list[Token], cue: Match[str], figs: list[Figure]) -> _Found | None:
        if cue.value == "passive":
            return _Found(Span(-1, -1, ""), "reporter", None)
        if cue.value == "pronoun":
            return self._resolve_pronoun(Span(cue.start, cue.end, cue.text))

        def clean(span: Span | None) -> Span | None:
            """A phrase that runs into a figure is the claim, not the claimant."""
            if span is None or any(f.start < span.end and span.start < f.end for f in figs):
                return None
            return span

        span = None
        if cue.value == "after" or (cue.value == "before" and cue.first_token > 0
                                    and toks[cue.first_token - 1].text in {",", "”", '"', "’"}):
            span = clean(self._phrase_after(toks, cue.last_token + 1))  # "..., said Aidi"
        if span is None and cue.value == "before":
            span = clean(self._phrase_before(toks, cue.first_token - 1)) \
                or self._apposition(toks, cue.first_token) \
                or clean(self._leading_subject(toks, cue.first_token))
        if span is None:
            return None
        return self._describe(span, toks, cue)

    def _is_boundary(self, tok: Token) -> bool:
        return tok.text in PUNCT_BOUNDARY or tok.text.lower() in self.lex.boundaries

    def _phrase_before(self, toks: list[Token], i: int) -> Span | None:
        while i >= 0 and self.lex.adverbs.at(toks, i, self.text) is not None:
            i -= 1
        end = i
        while i >= 0 and end - i < MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]):
            i -= 1
        if i >= 0 and toks[i].text.lower() in self.lex.relatives and i < end:
            # "Gubernur wilayah Donetsk yang dikuasai Ukraina mengatakan": keep the head
            i -= 1
            while i >= 0 and end - i < 2 * MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]):
                i -= 1
        if i == end:
            return None
        return self._span(toks, i + 1, end)

    def _phrase_after(self, toks: list[Token], i: int) -> Span | None:
        start = i
        while i < len(toks) and i - start < MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]):
            i += 1
        if i == start:
            return None
        return self._span(toks, start, i - 1)

    def _apposition(self, toks: list[Token], cue_index: int) -> Span | None:
        """"Andrei Kovalenko, pejabat senior ..., mengonfirmasi": the name before the first comma."""
        if cue_index == 0 or toks[cue_index - 1].text != ",":
            return None
        k = 0
        while k < cue_index and toks[k].text != ",":
            k += 1
        if k == 0 or k >= cue_index - 1 or k > MAX_CLAIMANT_TOKENS:
            return None
        return self._span(toks, 0, k - 1)

    def _leading_subject(self, toks: list[Token], cue_index: int) -> Span | None:
        """"Staf Umum ... membantah angka itu dan mengklaim": the sentence's named subject."""
        a = 0  # past an opening connective: "Sementara itu, juru bicara ..."
        while a < cue_index and (self._is_boundary(toks[a]) or toks[a].text.lower() in self.lex.boundaries):
            a += 1
        k = a
        while k < min(cue_index, a + MAX_CLAIMANT_TOKENS):
            kind = self.lex.kinds.at(toks, k, self.text)
            if kind is not None:
                k = kind.last_token + 1
            elif toks[k].text[:1].isupper() or (k > a and toks[k].text in "-/"):
                k += 1
            else:
                break
        k = min(k, cue_index)
        return self._span(toks, a, k - 1) if k > a else None

    def _span(self, toks: list[Token], a: int, b: int) -> Span:
        s, e = toks[a].start, toks[b].end
        return Span(s, e, self.text[s:e])

    def _describe(self, span: Span, toks: list[Token], cue: Match[str]) -> _Found:
        """Kind and country of a claimant phrase."""
        if self.lex.pronouns.lookup(span.text) is not None:
            own = {m.value for m in self.lex.kinds.find(tokenize(span.text), span.text)}
            kind = next((k for k in KIND_PRIORITY if k in own), None)
            if kind is None:
                return self._resolve_pronoun(span)  # "he", "it"
            # "the ministry": the last ministry named, even if someone spoke since
            earlier = next((f for f in reversed(self.history) if f.kind == kind), None)
            return _Found(span, kind, earlier.country if earlier else None)
        # the context reaches from the claimant to the cue (appositions included)
        ctx_start, ctx_end = min(span.start, cue.start), max(span.end, cue.start)
        ctx = [t for t in toks if ctx_start <= t.start < ctx_end]
        kinds = {m.value for m in self.lex.kinds.find(ctx, self.text)}
        kind = next((k for k in KIND_PRIORITY if k in kinds), "")
        side_hits = self.sides.find(ctx, self.text)
        country = side_hits[0].value if side_hits else None
        if country is None:
            country = next((p.country for p in self.places.between(ctx_start, ctx_end)
                            if p.country), None)
        span_toks = [t for t in toks if span.start <= t.start < span.end]
        names = [t.text for t in span_toks if t.text[:1].isupper() and t.text.isalpha()]
        if not kind:
            only_side = side_hits and all(span.start <= m.start and m.end <= span.end for m in side_hits) \
                and len(span_toks) == sum(m.last_token - m.first_token + 1 for m in side_hits)
            if only_side:
                kind = "government"
            elif names and names[-1] in self.names:
                kind, country = self.names[names[-1]][0], country or self.names[names[-1]][1]
            else:
                kind, country = self._from_earlier_mention(names, country)
        if country is None:
            # "Kementerian mengatakan" after "Kementerian Pertahanan Rusia", even if others spoke since
            earlier = next((f for f in reversed(self.history) if f.kind == kind and f.country), None)
            country = earlier.country if earlier else None
        for name in names:
            if kind in ("person", "official", "military", "government") and name not in self.names:
                self.names[name] = (kind, country)
        return _Found(span, kind, country)

    def _from_earlier_mention(self, names: list[str], country: str | None) -> tuple[str, str | None]:
        """A bare name ("Aidi said") takes its title from where it was first introduced."""
        if not names:
            return "unknown", country
        first = self.text.find(names[-1])
        if first > 0:
            ctx_toks = tokenize(self.text, max(0, first - 80), first)
            kinds = {m.value for m in self.lex.kinds.find(ctx_toks, self.text)}
            kind = next((k for k in KIND_PRIORITY if k in kinds), None)
            if kind:
                sides = self.sides.find(ctx_toks, self.text)
                return kind, country or (sides[-1].value if sides else None)
        return "person", country

    def _resolve_pronoun(self, span: Span) -> _Found:
        if self.last is None:
            return _Found(span, "unknown", None)
        return _Found(span, self.last.kind, self.last.country)


def find_claims(text: str, lang: Lang, sentences: list[Sentence], figures: list[Figure],
                places: list[PlaceMention]) -> list[Claim]:
    """One claim per sentence that holds figures, attributed to its source."""
    return ClaimFinder(text, lang, places).claims(sentences, figures)
